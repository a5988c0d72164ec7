/// What reading a filled Word form notices that a reviewer would: real mistakes that do not
/// stop the form being read. Each is a warning with a stable code; its messages are in the
/// catalogue under `docx.<code>`.
public enum DocxCheck: String, CatalogueCheck {
  case trackedChanges = "docx-tracked-changes"
  case comments = "docx-comments"
  case hiddenText = "docx-hidden-text"
  case emptyField = "docx-empty-field"
  case labelEdited = "docx-label-edited"
  case hintLeft = "docx-hint-left"
  case anchorMissing = "docx-anchor-missing"
  case columnMissing = "docx-column-missing"
  case formVersion = "docx-form-version"

  public static let catalogueSection = "docx"
  public var severity: Severity { .warning }

  public var messageKeys: [String] {
    self == .labelEdited ? [messageKey, "docx.\(code).column"] : [messageKey]
  }
}

/// One thing noticed while reading a document, rendered into a finding by the validator in the
/// report's language.
public struct ReadingNote: Sendable, Hashable {
  public var check: DocxCheck
  /// The field concerned, or empty for the document as a whole.
  public var path: String
  public var arguments: [String: String]
  /// The catalogue key of the message, when not the check's usual one.
  public var messageKey: String?

  public init(_ check: DocxCheck, path: String = "", _ arguments: [String: String] = [:], messageKey: String? = nil) {
    self.check = check
    self.path = path
    self.arguments = arguments
    self.messageKey = messageKey
  }

  /// The note as a finding in `language`.
  public func finding(_ language: Language, catalogue: MessageCatalogue = .shared) -> Finding {
    Finding(severity: check.severity, code: check.code, path: path,
      message: catalogue.text(messageKey ?? check.messageKey, language, arguments))
  }
}
