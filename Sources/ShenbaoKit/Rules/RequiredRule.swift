/// A field left blank or missing. 填报说明 3: no field may be empty; write "无" where there is
/// nothing to say.
public struct RequiredRule: Rule {
  public static let code = "required"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let instruction = context.form.instruction(.noBlankFields)
    // Quote the rule's first sentence: the one about blank fields.
    let rule = instruction.map { $0.text.prefix { $0 != "。" } + "。" } ?? ""
    let arguments = ["number": instruction.map { String($0.number) } ?? "", "rule": rule]
    for entry in context.entries {
      guard entry.containerPresent, entry.required, !entry.notNeeded,
        entry.field.default == nil
      else { continue }
      switch entry.field.kind {
      case .group:
        if entry.isBlank { findings.add(self, .missingGroup, at: entry.path) }
      case .list:
        if entry.isBlank || entry.value?.items?.isEmpty == true {
          findings.add(self, .emptyList, at: entry.path)
        }
      default:
        if entry.isBlank {
          findings.add(self, entry.value == nil ? .missing : .blank, at: entry.path, arguments)
        }
      }
    }
  }
}

extension RequiredRule {
  public enum Message: String, CaseIterable {
    case blank, missing, missingGroup, emptyList
  }
}
