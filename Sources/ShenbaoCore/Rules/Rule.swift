/// One check of a draft, with a stable code and severity.
///
/// A rule reads the ``ValidationContext`` and adds findings to the collector; it never throws.
/// Its message keys are listed in its `Message` enum, at the bottom of its file, and their
/// texts are in the message catalogue under `rules.<code>.<key>`.
public protocol Rule: Sendable {
  /// The rule's messages, by catalogue key.
  associatedtype Message: RawRepresentable<String>, CaseIterable

  /// The stable kebab-case code scripts match on.
  static var code: String { get }
  /// How serious the rule's findings are.
  static var severity: Severity { get }

  init()

  /// Adds a finding for every violation in `context`.
  func check(_ context: ValidationContext, into findings: inout FindingCollector)
}

extension Rule {
  /// The catalogue keys of the rule's messages.
  public static var messageKeys: [String] {
    Message.allCases.map { "rules.\(code).\($0.rawValue)" }
  }

  /// The catalogue key of the rule's one-line summary.
  public static var summaryKey: String { "rules.\(code).summary" }
}

/// A description of a rule for listings (`shenbao rules`, the README's table).
public struct RuleDescription: Sendable, Codable, Hashable {
  public var code: String
  public var severity: Severity
  public var summary: String

  package init(code: String, severity: Severity, summary: String) {
    self.code = code
    self.severity = severity
    self.summary = summary
  }
}
