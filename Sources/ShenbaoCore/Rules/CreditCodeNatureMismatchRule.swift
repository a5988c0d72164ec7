/// A 单位性质 that the credit code contradicts: the code's first two characters say what kind
/// of body registered it (12 事业单位, 91 企业 …), and the form's options say which they expect.
public struct CreditCodeNatureMismatchRule: Rule {
  public static let code = "credit-code-nature-mismatch"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .choice) {
      guard let text = entry.substantiveText,
        let prefixes = entry.field.option(matching: text)?.creditCodePrefixes, !prefixes.isEmpty
      else { continue }
      for code in context.siblings(of: entry.path, ofKind: .creditCode) {
        guard let value = code.substantiveText, CreditCode.problem(in: value) == nil,
          !prefixes.contains(where: value.hasPrefix)
        else { continue }
        findings.add(self, .mismatch, at: code.path,
          ["nature": text, "prefix": String(value.prefix(2)),
           "expected": prefixes.joined(separator: "、")],
          expected: prefixes.joined(separator: "|"), found: String(value.prefix(2)))
      }
    }
  }
}

extension CreditCodeNatureMismatchRule {
  public enum Message: String, CaseIterable {
    case mismatch
  }
}
