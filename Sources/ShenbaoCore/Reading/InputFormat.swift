import FoundationEssentials
import ShenbaoSupport

/// The kinds of file a draft can be read from.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
  case yaml
  case json
  case docx

  /// The format a file's name suggests; YAML (which also reads JSON) when it suggests none.
  public init(for url: URL) {
    switch url.pathExtension.lowercased() {
    case "json": self = .json
    case "docx": self = .docx
    default: self = .yaml
    }
  }
}
