/// The shared shape of the contact-format rules: one field kind, one format check, one message
/// per kind of problem.
public protocol ContactFormatRule: Rule {
  /// The kind of field the rule checks.
  static var kind: FieldKind { get }
  /// What is wrong with `text`, or `nil`.
  static func problem(in text: String) -> ContactFormats.Problem?
  /// The message for a problem.
  static func message(for problem: ContactFormats.Problem) -> Message
}

extension ContactFormatRule {
  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: Self.kind) {
      guard let text = entry.substantiveText, let problem = Self.problem(in: text) else { continue }
      var arguments = ["value": text]
      if case .nonASCII(let character) = problem { arguments.merge(findings.arguments(for: character)) { $1 } }
      findings.add(self, Self.message(for: problem), at: entry.path, arguments, found: text)
    }
  }
}
