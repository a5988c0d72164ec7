/// How serious a finding is: errors stop an application from being packaged, warnings do not.
public enum Severity: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
  case error
  case warning

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .error && rhs == .warning
  }
}
