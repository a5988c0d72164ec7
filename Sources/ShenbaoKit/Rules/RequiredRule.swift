/// A field left blank or missing (the 2021 form's 填报说明 3: no field may be empty; write "无"
/// where there is nothing to say).
public struct RequiredRule: Rule {
  public static let code = "required"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    // The filling rule's first sentence is the one about blank fields.
    let arguments = findings.instructionReference(self, .noBlankFields, in: context.form)
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
    /// The filling rule cited, composed into `blank` and `missing`.
    case rule
  }
}
