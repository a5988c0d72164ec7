/// A unified social credit code that is not valid under GB 32100-2015.
public struct CreditCodeRule: Rule {
  public static let code = "credit-code"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .creditCode) {
      guard let text = entry.substantiveText, let problem = CreditCode.problem(in: text) else {
        continue
      }
      switch problem {
      case .length(let count):
        findings.add(self, .length, at: entry.path, ["count": String(count)], found: text)
      case .nonASCII(let character):
        findings.add(self, character.isFullWidth ? .fullWidth : .nonASCII, at: entry.path,
          findings.arguments(for: character), found: text)
      case .lowercase:
        findings.add(self, .lowercase, at: entry.path, found: text)
      case .characters(let character):
        findings.add(self, .characters, at: entry.path, ["character": String(character)],
          found: text)
      case .checkCharacter(let expected, let found):
        findings.add(self, .checkCharacter, at: entry.path,
          ["expected": String(expected), "found": String(found)], expected: String(expected),
          found: String(found))
      }
    }
  }
}

extension CreditCodeRule {
  public enum Message: String, CaseIterable {
    case length, fullWidth, nonASCII, lowercase, characters, checkCharacter
  }
}
