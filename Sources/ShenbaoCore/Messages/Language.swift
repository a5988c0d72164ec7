/// The languages reports and messages are written in.
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh
  case en
}
