/// A number or a date outside the bounds the form sets (`minimum`, `maximum`): "申请经费不超过200万元".
public struct OutOfRangeRule: Rule {
  public static let code = "out-of-range"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries where entry.field.minimum != nil || entry.field.maximum != nil {
      guard let text = entry.substantiveText else { continue }
      let field = entry.field
      let value: FieldBound
      switch field.kind {
      case .date:
        guard let date = CalendarDate(parsing: text) else { continue }
        value = .date(date)
      default:
        guard let number = DeclaredNumber.parse(text, unit: field.unit) else { continue }
        value = .number(number)
      }
      let arguments = ["value": value.description, "unit": field.unit ?? "", "basis": field.basis ?? "",
        "minimum": field.minimum?.description ?? "", "maximum": field.maximum?.description ?? ""]
      if let minimum = field.minimum, minimum.exceeds(value) {
        findings.add(self, field.basis == nil ? .below : .belowWithBasis, at: entry.path, arguments,
          expected: "≥ \(minimum.description)", found: value.description)
      } else if let maximum = field.maximum, value.exceeds(maximum) {
        findings.add(self, field.basis == nil ? .above : .aboveWithBasis, at: entry.path, arguments,
          expected: "≤ \(maximum.description)", found: value.description)
      }
    }
  }
}

extension OutOfRangeRule {
  public enum Message: String, CaseIterable {
    case below, above, belowWithBasis, aboveWithBasis
  }
}
