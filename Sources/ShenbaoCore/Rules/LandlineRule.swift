/// A landline number without a valid area code and number ("无" is allowed).
public struct LandlineRule: ContactFormatRule {
  public static let code = "landline"
  public static let severity = Severity.error
  public static let kind = FieldKind.landline

  public init() {}

  public static func problem(in text: String) -> ContactFormats.Problem? {
    ContactFormats.landlineProblem(text)
  }

  public static func message(for problem: ContactFormats.Problem) -> Message {
    switch problem {
    case .nonASCII(let character): character.isFullWidth ? .fullWidth : .nonASCII
    case .otherKindOfNumber: .mobileGiven
    case .missingAreaCode: .missingAreaCode
    case .shape: .shape
    }
  }
}

extension LandlineRule {
  public enum Message: String, CaseIterable {
    case shape, fullWidth, nonASCII, mobileGiven, missingAreaCode
  }
}
