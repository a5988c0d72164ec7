/// A value that does not match the pattern the form gives for its field; the message is the
/// form's own, saying what is expected.
public struct PatternRule: Rule {
  public static let code = "pattern"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries {
      guard let pattern = entry.field.pattern, let text = entry.substantiveText, !pattern.pattern.matches(text)
      else { continue }
      let arguments = ["value": text, "basis": entry.field.basis ?? ""]
      if let message = pattern.message {
        findings.add(code: Self.code, severity: Self.severity, template: message.text(findings.language),
          at: entry.path, arguments, found: text)
      } else {
        findings.add(self, .mismatch, at: entry.path, arguments, found: text)
      }
    }
  }
}

extension PatternRule {
  /// The message when the form gives none of its own.
  public enum Message: String, CaseIterable {
    case mismatch
  }
}
