/// A bank account number that is not 8 to 30 digits (spaces and hyphens between groups allowed).
public struct BankAccountRule: ContactFormatRule {
  public static let code = "bank-account"
  public static let severity = Severity.error
  public static let kind = FieldKind.bankAccount

  public init() {}

  public static func problem(in text: String) -> ContactFormats.Problem? {
    ContactFormats.bankAccountProblem(text)
  }

  public static func message(for problem: ContactFormats.Problem) -> Message {
    guard case .nonASCII(let character) = problem else { return .shape }
    return character.isFullWidth ? .fullWidth : .nonASCII
  }
}

extension BankAccountRule {
  public enum Message: String, CaseIterable {
    case shape, fullWidth, nonASCII
  }
}
