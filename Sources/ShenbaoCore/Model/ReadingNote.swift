/// One thing noticed while reading a document (tracked changes, a label edited, a column
/// missing), rendered into a finding by the validator in the report's language.
public struct ReadingNote: Sendable, Hashable {
  /// The finding's stable code and severity, of the check that noticed it.
  public var code: String
  public var severity: Severity
  /// The field concerned, or empty for the document as a whole.
  public var path: String
  public var arguments: [String: String]
  /// The catalogue key of the message.
  public var messageKey: String

  /// A note of `check`, its message the check's own unless `messageKey` names another.
  public init<Check: CatalogueCheck>(
    of check: Check, path: String = "", _ arguments: [String: String] = [:], messageKey: String? = nil
  ) {
    code = check.code
    severity = check.severity
    self.path = path
    self.arguments = arguments
    self.messageKey = messageKey ?? check.messageKey
  }

  /// The note as a finding in `language`.
  public func finding(_ language: Language, catalogue: MessageCatalogue = .shared) -> Finding {
    Finding(severity: severity, code: code, path: path, message: catalogue.text(messageKey, language, arguments))
  }
}
