/// An opinion that dropped the form's commitment sentence (所提交的资料真实有效，并自愿承担
/// 相应责任。). The applicant answers for its materials (填报说明 1); the sentence says so.
public struct CommitmentMissingRule: Rule {
  public static let code = "commitment-missing"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries {
      guard let commitment = entry.field.commitment, let text = entry.substantiveText,
        !text.withoutWhiteSpace.contains(commitment.withoutWhiteSpace)
      else { continue }
      findings.add(self, .missing, at: entry.path, ["commitment": commitment])
    }
  }
}

extension CommitmentMissingRule {
  public enum Message: String, CaseIterable {
    case missing
  }
}
