/// The project leader missing from 项目组全部成员: the roster lists every member, the leader
/// included. Matched by ID number, or by name where the leader has no ID number.
public struct LeaderNotInRosterRule: Rule {
  public static let code = "leader-not-in-roster"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let members = context.application.value(at: DraftPaths.members)?.items, !members.isEmpty
    else { return }
    let leaderID = context.substantiveText(at: DraftPaths.leader.appending(DraftPaths.idNumber))
    let leaderName = context.substantiveText(at: DraftPaths.leader.appending(DraftPaths.name))
    let key = leaderID.map { (DraftPaths.idNumber, LeaderMismatchRule.comparable($0)) }
      ?? leaderName.map { (DraftPaths.name, LeaderMismatchRule.comparable($0)) }
    guard let (field, wanted) = key else { return }
    let found = members.contains { member in
      member.record?[field]?.trimmedText.map(LeaderMismatchRule.comparable) == wanted
    }
    if !found {
      findings.add(self, .missing, at: DraftPaths.members, ["leader": leaderName ?? ""])
    }
  }
}

extension LeaderNotInRosterRule {
  public enum Message: String, CaseIterable {
    case missing
  }
}
