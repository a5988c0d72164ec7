/// The outcome of validating one draft: every finding, and how complete the draft is.
public struct ValidationReport: Sendable, Codable, Hashable {
  /// The draft file as it was named.
  public var file: String
  /// The form id the draft was checked against.
  public var form: String
  public var completeness: Completeness
  public var errors: Int
  public var warnings: Int
  /// Every finding, in form order.
  public var findings: [Finding]

  public init(file: String, form: String, completeness: Completeness, findings: [Finding]) {
    self.file = file
    self.form = form
    self.completeness = completeness
    self.findings = findings
    // A finding that stands for many counts as many.
    self.errors = findings.reduce(0) { $0 + ($1.severity == .error ? $1.weight : 0) }
    self.warnings = findings.reduce(0) { $0 + ($1.severity == .warning ? $1.weight : 0) }
  }

  /// `true` when any finding is an error.
  public var hasErrors: Bool { errors > 0 }
}
