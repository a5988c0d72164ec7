/// A mobile number that is not one: mainland 11 digits from 13-19, or a Hong Kong, Macau or
/// Taiwan number with its country code.
public struct MobileRule: ContactFormatRule {
  public static let code = "mobile"
  public static let severity = Severity.error
  public static let kind = FieldKind.mobile

  public init() {}

  public static func problem(in text: String) -> ContactFormats.Problem? {
    ContactFormats.mobileProblem(text)
  }

  public static func message(for problem: ContactFormats.Problem) -> Message {
    switch problem {
    case .nonASCII(let character): character.isFullWidth ? .fullWidth : .nonASCII
    case .otherKindOfNumber: .landlineGiven
    case .shape, .missingAreaCode: .shape
    }
  }
}

extension MobileRule {
  public enum Message: String, CaseIterable {
    case shape, fullWidth, nonASCII, landlineGiven
  }
}
