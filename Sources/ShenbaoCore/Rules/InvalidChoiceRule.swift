/// A value outside a closed list: 性别 other than 男 or 女, an attachment category the form does
/// not have.
public struct InvalidChoiceRule: Rule {
  public static let code = "invalid-choice"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries {
      guard let text = entry.substantiveText else { continue }
      let allowed: [String]
      switch entry.field.kind {
      case .choice where !entry.field.open:
        if entry.field.option(matching: text) != nil { continue }
        allowed = (entry.field.options ?? []).map(\.value)
      case .attachmentCategory:
        if context.form.attachments.category(text) != nil { continue }
        allowed = context.form.attachments.categories.map(\.id)
      default:
        continue
      }
      findings.add(self, .notListed, at: entry.path,
        ["value": text, "allowed": allowed.joined(separator: "、")], found: text)
    }
  }
}

extension InvalidChoiceRule {
  public enum Message: String, CaseIterable {
    case notListed
  }
}
