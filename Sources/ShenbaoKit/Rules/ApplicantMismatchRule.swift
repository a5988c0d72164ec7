/// The cover's 申报单位 differing from the unit name in 申报单位基本信息. The seal must match
/// the registered name, so only white space is forgiven.
public struct ApplicantMismatchRule: Rule {
  public static let code = "applicant-mismatch"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let cover = context.substantiveText(at: DraftPaths.coverApplicant),
      let unit = context.substantiveText(at: DraftPaths.unitName),
      cover.withoutWhiteSpace != unit.withoutWhiteSpace
    else { return }
    let onlyWidth = cover.halfWidth.withoutWhiteSpace == unit.halfWidth.withoutWhiteSpace
    findings.add(self, onlyWidth ? .widthOnly : .mismatch, at: DraftPaths.coverApplicant,
      ["value": cover, "other": unit,
       "otherLabel": context.label(of: DraftPaths.unitName) ?? DraftPaths.unitName.description],
      expected: unit, found: cover)
  }
}

extension ApplicantMismatchRule {
  public enum Message: String, CaseIterable {
    case mismatch, widthOnly
  }
}
