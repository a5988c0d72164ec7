/// A field to fill holding what applicants write to mean "nothing yet" (暂无, /, 略 …, the form's
/// `wording.placeholders`): a reviewer reads it as left blank. Where the field takes 无 the
/// message says to write 无; where it does not, to write the real value.
public struct PlaceholderValueRule: Rule {
  public static let code = "placeholder-value"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let placeholders = Set(context.form.wording.placeholders.map { $0.trimmedForForm.lowercased() })
    guard !placeholders.isEmpty else { return }
    for entry in context.entries where entry.required && !entry.notNeeded {
      guard entry.field.kind != .group, entry.field.kind != .list, let text = entry.value?.trimmedText,
        placeholders.contains(text.halfWidth.trimmedForForm.lowercased())
      else { continue }
      findings.add(self, entry.field.none == .forbidden ? .fillIn : .noneOrFillIn, at: entry.path,
        ["value": text, "none": context.form.wording.none], found: text)
    }
  }
}

extension PlaceholderValueRule {
  public enum Message: String, CaseIterable {
    case noneOrFillIn, fillIn
  }
}
