/// The same person twice in 项目组全部成员, by ID number.
public struct DuplicateMemberRule: Rule {
  public static let code = "duplicate-member"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let members = context.application.value(at: DraftPaths.members)?.items else { return }
    var firstIndex: [String: Int] = [:]
    for (index, member) in members.enumerated() {
      guard let id = member.record?[DraftPaths.idNumber]?.trimmedText, !id.isEmpty,
        !id.isNoneMarker
      else { continue }
      let key = LeaderMismatchRule.comparable(id)
      if let first = firstIndex[key] {
        findings.add(self, .duplicate, at: DraftPaths.members.appending(index: index)
          .appending(DraftPaths.idNumber),
          ["first": String(first + 1), "second": String(index + 1), "id": IDNumber.masked(id)])
      } else {
        firstIndex[key] = index
      }
    }
  }
}

extension DuplicateMemberRule {
  public enum Message: String, CaseIterable {
    case duplicate
  }
}
