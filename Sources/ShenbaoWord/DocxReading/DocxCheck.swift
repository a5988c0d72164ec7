import ShenbaoCore

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

extension ReadingNote {
  /// A note of `check` on the field at `path` (empty for the document as a whole), its message
  /// the check's own unless `messageKey` names another.
  public init(_ check: DocxCheck, path: String = "", _ arguments: [String: String] = [:], messageKey: String? = nil) {
    self.init(of: check, path: path, arguments, messageKey: messageKey)
  }
}
