/// A number field holding something that is not a number.
public struct NumberRule: Rule {
  public static let code = "number"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .number) {
      guard let text = entry.substantiveText,
        DeclaredNumber.parse(text, unit: entry.field.unit) == nil
      else { continue }
      findings.add(self, .notANumber, at: entry.path, ["value": text], found: text)
    }
  }
}

extension NumberRule {
  public enum Message: String, CaseIterable {
    case notANumber
  }
}
