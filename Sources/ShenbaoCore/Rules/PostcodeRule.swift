/// A postcode that is not six digits.
public struct PostcodeRule: ContactFormatRule {
  public static let code = "postcode"
  public static let severity = Severity.error
  public static let kind = FieldKind.postcode

  public init() {}

  public static func problem(in text: String) -> ContactFormats.Problem? {
    ContactFormats.postcodeProblem(text)
  }

  public static func message(for problem: ContactFormats.Problem) -> Message {
    guard case .nonASCII(let character) = problem else { return .shape }
    return character.isFullWidth ? .fullWidth : .nonASCII
  }
}

extension PostcodeRule {
  public enum Message: String, CaseIterable {
    case shape, fullWidth, nonASCII
  }
}
