/// Part 四's 项目负责人 disagreeing with the 项目负责人 row of 申报单位基本信息 on name, ID number,
/// mobile or e-mail.
public struct LeaderMismatchRule: Rule {
  public static let code = "leader-mismatch"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for key in DraftPaths.sharedLeaderFields {
      let leaderPath = DraftPaths.leader.appending(key)
      let unitPath = DraftPaths.unitProjectLeader.appending(key)
      guard let leaderValue = context.substantiveText(at: leaderPath),
        let unitValue = context.substantiveText(at: unitPath),
        Self.comparable(leaderValue) != Self.comparable(unitValue)
      else { continue }
      let isID = key == DraftPaths.idNumber
      let show = { (text: String) in isID ? IDNumber.masked(text) : text }
      findings.add(self, .mismatch, at: leaderPath,
        ["value": show(leaderValue), "other": show(unitValue),
         "otherLabel": context.label(of: unitPath) ?? unitPath.description],
        expected: unitValue, found: leaderValue)
    }
  }

  /// Values compare without white space, full-width forms or letter case (an ID's x and X).
  static func comparable(_ text: String) -> String {
    text.halfWidth.withoutWhiteSpace.uppercased()
  }
}

extension LeaderMismatchRule {
  public enum Message: String, CaseIterable {
    case mismatch
  }
}
