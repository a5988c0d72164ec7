/// A value in a field the applicant must leave blank: the cover's 项目编号 (填报说明 2), which
/// the authority assigns.
public struct ProjectNumberFilledRule: Rule {
  public static let code = "project-number-filled"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let reference = findings.instructionReference(self, .projectNumberBlank, in: context.form)
    for entry in context.entries where entry.field.presence == .leaveBlank {
      if let text = entry.substantiveText {
        findings.add(self, .filled, at: entry.path, reference, found: text)
      }
    }
  }
}

extension ProjectNumberFilledRule {
  public enum Message: String, CaseIterable {
    case filled
    /// The filling rule cited, composed into `filled`.
    case rule
  }
}
