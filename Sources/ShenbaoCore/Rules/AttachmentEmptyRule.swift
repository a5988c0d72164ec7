/// An attachment file of zero bytes.
public struct AttachmentEmptyRule: Rule {
  public static let code = "attachment-empty"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for file in context.attachments where file.size == 0 {
      findings.add(self, .empty, at: file.fieldPath, ["file": file.declaredPath])
    }
  }
}

extension AttachmentEmptyRule {
  public enum Message: String, CaseIterable {
    case empty
  }
}
