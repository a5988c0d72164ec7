/// The same file content attached twice. Only files of equal size are hashed.
public struct AttachmentDuplicateRule: Rule {
  public static let code = "attachment-duplicate"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let present = context.attachments.filter { ($0.size ?? 0) > 0 && $0.key != nil }
    let bySize = Dictionary(grouping: present) { $0.size ?? 0 }
    var firstByDigest: [String: AttachmentFile] = [:]
    var duplicates: [(AttachmentFile, AttachmentFile)] = []
    for group in bySize.values where group.count > 1 {
      for file in group.sorted(by: { $0.index < $1.index }) {
        guard let key = file.key, let digest = context.attachmentStore.sha256(of: key) else { continue }
        if let first = firstByDigest[digest] {
          duplicates.append((first, file))
        } else {
          firstByDigest[digest] = file
        }
      }
    }
    for (first, file) in duplicates.sorted(by: { $0.1.index < $1.1.index }) {
      findings.add(self, .duplicate, at: file.fieldPath,
        ["file": file.declaredPath, "first": first.declaredPath,
         "firstNumber": String(first.index + 1)])
    }
  }
}

extension AttachmentDuplicateRule {
  public enum Message: String, CaseIterable {
    case duplicate
  }
}
