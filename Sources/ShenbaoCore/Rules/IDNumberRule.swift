/// A resident identity card number that is not valid under GB 11643-1999.
public struct IDNumberRule: Rule {
  public static let code = "id-number"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .idNumber) {
      guard let text = entry.substantiveText,
        let problem = IDNumber.problem(in: text, today: context.today)
      else { continue }
      switch problem {
      case .legacy:
        findings.add(self, .legacy, at: entry.path)
      case .length(let count):
        findings.add(self, .length, at: entry.path, ["count": String(count)])
      case .nonASCII(let character):
        findings.add(self, character.isFullWidth ? .fullWidth : .nonASCII, at: entry.path,
          findings.arguments(for: character))
      case .characters:
        findings.add(self, .characters, at: entry.path)
      case .lowercaseX:
        findings.add(self, .lowercaseX, at: entry.path)
      case .region(let region):
        findings.add(self, .region, at: entry.path, ["region": region])
      case .birthDate(let digits):
        findings.add(self, .birthDate, at: entry.path, ["digits": digits])
      case .futureBirthDate(let date):
        findings.add(self, .futureBirthDate, at: entry.path, ["date": date.description])
      case .checkCharacter(let expected, let found):
        findings.add(self, .checkCharacter, at: entry.path,
          ["expected": String(expected), "found": String(found)])
      }
    }
  }
}

extension IDNumberRule {
  public enum Message: String, CaseIterable {
    case legacy, length, fullWidth, nonASCII, characters, lowercaseX, region, birthDate, futureBirthDate
    case checkCharacter
  }
}
