/// A declared performance target below the guide's minimum (≥ 50 key units, ≥ 2000 supply
/// items, ≥ 500 demand items, ≥ 20 % yearly growth, ≥ 90 % satisfaction).
public struct TargetBelowMinimumRule: Rule {
  public static let code = "target-below-minimum"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .number) {
      guard let minimum = entry.field.target?.minimum, let text = entry.substantiveText,
        let value = DeclaredNumber.parse(text, unit: entry.field.unit), value < minimum
      else { continue }
      let unit = entry.field.unit ?? ""
      findings.add(self, .below, at: entry.path,
        ["value": DeclaredNumber.format(value), "minimum": DeclaredNumber.format(minimum),
         "unit": unit, "basis": entry.field.target?.basis ?? ""],
        expected: "≥ \(DeclaredNumber.format(minimum))\(unit)",
        found: "\(DeclaredNumber.format(value))\(unit)")
    }
  }
}

extension TargetBelowMinimumRule {
  public enum Message: String, CaseIterable {
    case below
  }
}
