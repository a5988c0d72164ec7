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
        ["file": file.declaredPath, "size": Self.megabytes(size), "limit": Self.megabytes(limit)],
        expected: "≤ \(limit)", found: String(size))
    }
  }

  package static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
  }
}

extension AttachmentTooLargeRule {
  public enum Message: String, CaseIterable {
    case tooLarge
  }
}
