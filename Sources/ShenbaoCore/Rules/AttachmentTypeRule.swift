/// An attachment whose extension the form does not accept, or whose content is not what its
/// extension says (a Word .doc renamed .pdf, a DOCX without a document, an image named .pdf).
public struct AttachmentTypeRule: Rule {
  public static let code = "attachment-type"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let allowed = context.form.attachments.allowedTypes
    for file in context.attachments {
      let ext = file.fileExtension
      guard allowed.contains(ext) else {
        findings.add(self, .extensionNotAllowed, at: file.fieldPath,
          ["file": file.declaredPath, "extension": ext.isEmpty ? "—" : ext,
           "allowed": allowed.map { $0.uppercased() }.joined(separator: "、")],
          found: ext)
        continue
      }
      guard let key = file.key, let size = file.size, size > 0,
        let expectation = FileSignature.expectation(forExtension: ext)
      else { continue }
      let store = context.attachmentStore
      let found = store.head(of: key, count: 1024).map(FileSignature.kind) ?? .unknown
      if found != expectation.kind {
        findings.add(self, found == .unknown ? .contentUnknown : .contentMismatch, at: file.fieldPath,
          ["file": file.declaredPath, "extension": ext.uppercased(), "found": found.rawValue.uppercased()],
          expected: expectation.kind.rawValue, found: found.rawValue)
      } else if let entry = expectation.zipEntry, !store.archive(key, contains: entry) {
        findings.add(self, .packageIncomplete, at: file.fieldPath,
          ["file": file.declaredPath, "extension": ext.uppercased(), "entry": entry],
          expected: entry)
      }
    }
  }
}

extension AttachmentTypeRule {
  public enum Message: String, CaseIterable {
    case extensionNotAllowed, contentMismatch, contentUnknown, packageIncomplete
  }
}
