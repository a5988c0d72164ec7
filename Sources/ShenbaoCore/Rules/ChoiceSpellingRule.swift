/// A listed choice written another way (公益一类事业单位 for 公益1类事业单位). It is understood,
/// but scripts and reviewers expect the spelling the form fixes.
public struct ChoiceSpellingRule: Rule {
  public static let code = "choice-spelling"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .choice) {
      guard let text = entry.substantiveText, let option = entry.field.option(matching: text),
        option.value != text
      else { continue }
      findings.add(self, .alias, at: entry.path, ["value": text, "canonical": option.value],
        expected: option.value, found: text)
    }
  }
}

extension ChoiceSpellingRule {
  public enum Message: String, CaseIterable {
    case alias
  }
}
