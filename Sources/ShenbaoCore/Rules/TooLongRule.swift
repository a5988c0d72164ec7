/// Text over the form's limit ("1000字以内"), counted strictly: characters without white space.
/// The message also gives Word's 字数, so the applicant can compare with what Word shows.
public struct TooLongRule: Rule {
  public static let code = "too-long"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries {
      guard let limit = entry.field.maxCharacters, let text = entry.text else { continue }
      let count = CharacterCount(text)
      guard count.strict > limit else { continue }
      findings.add(self, .overLimit, at: entry.path,
        ["limit": String(limit), "strict": String(count.strict), "words": String(count.words),
         "over": String(count.strict - limit)],
        expected: "≤ \(limit)", found: String(count.strict))
    }
  }
}

extension TooLongRule {
  public enum Message: String, CaseIterable {
    case overLimit
  }
}
