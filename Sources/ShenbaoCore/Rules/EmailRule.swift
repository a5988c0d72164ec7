/// An e-mail address that is not of the form `name@domain.tld`.
public struct EmailRule: ContactFormatRule {
  public static let code = "email"
  public static let severity = Severity.error
  public static let kind = FieldKind.email

  public init() {}

  public static func problem(in text: String) -> ContactFormats.Problem? {
    ContactFormats.emailProblem(text)
  }

  public static func message(for problem: ContactFormats.Problem) -> Message {
    // Only a full-width form is reported as a character of its own; see `emailProblem`.
    if case .nonASCII = problem { return .fullWidth }
    return .shape
  }
}

extension EmailRule {
  public enum Message: String, CaseIterable {
    case shape, fullWidth
  }
}
