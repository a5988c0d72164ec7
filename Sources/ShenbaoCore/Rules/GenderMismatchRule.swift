/// A 性别 that the ID number beside it contradicts: the 17th digit is odd for men, even for
/// women.
public struct GenderMismatchRule: Rule {
  public static let code = "gender-mismatch"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .choice) {
      guard let text = entry.substantiveText, let sex = entry.field.option(matching: text)?.sex
      else { continue }
      for idEntry in context.siblings(of: entry.path, ofKind: .idNumber) {
        guard let id = idEntry.substantiveText,
          IDNumber.problem(in: id, today: context.today) == nil,
          let isMale = IDNumber.isMale(id), isMale != (sex == .male)
        else { continue }
        let recorded = entry.field.options?.first { $0.sex == (isMale ? .male : .female) }?.value
        findings.add(self, .mismatch, at: entry.path,
          ["value": text, "recorded": recorded ?? "", "idLabel": idEntry.field.label],
          expected: recorded, found: text)
      }
    }
  }
}

extension GenderMismatchRule {
  public enum Message: String, CaseIterable {
    case mismatch
  }
}
