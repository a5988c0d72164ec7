/// An attachment over the form's size limit.
public struct AttachmentTooLargeRule: Rule {
  public static let code = "attachment-too-large"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let limit = context.form.attachments.maxFileBytes
    for file in context.attachments {
      guard let size = file.size, size > limit else { continue }
      findings.add(self, .tooLarge, at: file.fieldPath,
        ["file": file.declaredPath, "size": ByteSize.text(size), "limit": ByteSize.text(limit)],
        expected: "≤ \(limit)", found: String(size))
    }
  }

}

extension AttachmentTooLargeRule {
  public enum Message: String, CaseIterable {
    case tooLarge
  }
}
