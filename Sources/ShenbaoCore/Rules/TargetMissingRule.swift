/// A performance target the guide sets but the draft does not declare. Targets are optional in
/// the form, but declaring them shows the reviewer the guide's minimums are met.
public struct TargetMissingRule: Rule {
  public static let code = "target-missing"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let targets = context.entries(ofKind: .number).filter { $0.field.target != nil }
    guard !targets.isEmpty else { return }
    if let group = targets.first?.path.parent, context.entry(at: group)?.isBlank == true {
      findings.add(self, .noTargets, at: group, ["count": String(targets.count)])
      return
    }
    for entry in targets where entry.containerPresent && entry.substantiveText == nil {
      findings.add(self, .missing, at: entry.path,
        ["minimum": DeclaredNumber.format(entry.field.target?.minimum ?? 0), "unit": entry.field.unit ?? ""])
    }
  }
}

extension TargetMissingRule {
  public enum Message: String, CaseIterable {
    case noTargets, missing
  }
}
