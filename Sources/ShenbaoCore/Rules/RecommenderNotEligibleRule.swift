/// A 推荐单位 that is not one of the competent departments the guide names (申报方式: 由所在
/// 系统的市级主管部门推荐申报).
public struct RecommenderNotEligibleRule: Rule {
  public static let code = "recommender-not-eligible"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let recommenders = context.form.recommenders
    for entry in context.entries(ofKind: .recommender) {
      guard let text = entry.substantiveText, recommenders.matching(text) == nil else { continue }
      findings.add(self, .notEligible, at: entry.path,
        ["value": text, "eligible": recommenders.map(\.name).joined(separator: "、")],
        found: text)
    }
  }
}

extension RecommenderNotEligibleRule {
  public enum Message: String, CaseIterable {
    case notEligible
  }
}
