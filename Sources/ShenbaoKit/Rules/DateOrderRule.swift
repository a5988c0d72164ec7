/// The recommending department's opinion dated before the applicant's: it cannot recommend
/// what it has not yet received.
public struct DateOrderRule: Rule {
  public static let code = "date-order"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let applicantText = context.substantiveText(at: DraftPaths.applicantOpinionDate),
      let recommenderText = context.substantiveText(at: DraftPaths.recommenderOpinionDate),
      let applicant = CalendarDate(parsing: applicantText),
      let recommender = CalendarDate(parsing: recommenderText), recommender < applicant
    else { return }
    findings.add(self, .recommenderFirst, at: DraftPaths.recommenderOpinionDate,
      ["date": recommender.description, "applicantDate": applicant.description],
      expected: "≥ \(applicant)", found: recommender.description)
  }
}

extension DateOrderRule {
  public enum Message: String, CaseIterable {
    case recommenderFirst
  }
}
