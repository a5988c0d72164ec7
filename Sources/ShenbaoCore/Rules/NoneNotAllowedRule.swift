/// "无" in a field that cannot be empty in substance: names, ID numbers, the credit code,
/// mobile numbers, and the bank fields of a unit that is not 公益1类.
public struct NoneNotAllowedRule: Rule {
  public static let code = "none-not-allowed"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries
    where entry.field.none == .forbidden && !entry.notNeeded && entry.text?.isNoneMarker == true {
      if let condition = entry.field.notNeededWhen {
        findings.add(self, .conditional, at: entry.path, ["condition": condition.valueText])
      } else {
        findings.add(self, .forbidden, at: entry.path)
      }
    }
  }
}

extension NoneNotAllowedRule {
  public enum Message: String, CaseIterable {
    case forbidden, conditional
  }
}
