/// A 单位性质 the form does not list. The form's "等" allows others, so this only warns.
public struct UnitNatureUnlistedRule: Rule {
  public static let code = "unit-nature-unlisted"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .choice) where entry.field.open {
      guard let text = entry.substantiveText, entry.field.option(matching: text) == nil else {
        continue
      }
      let listed = (entry.field.options ?? []).map(\.value).joined(separator: "、")
      findings.add(self, .unlisted, at: entry.path, ["value": text, "listed": listed], found: text)
    }
  }
}

extension UnitNatureUnlistedRule {
  public enum Message: String, CaseIterable {
    case unlisted
  }
}
