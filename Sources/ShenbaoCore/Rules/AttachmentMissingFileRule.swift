/// An attachment path that leads to no file: nothing there, a folder, an absolute path, or a
/// path that leaves the draft's folder.
public struct AttachmentMissingFileRule: Rule {
  public static let code = "attachment-missing-file"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for file in context.attachments {
      let message: Message
      switch file.status {
      case .present: continue
      case .missing: message = .missing
      case .notAdded: message = .notAdded
      case .directory: message = .directory
      case .absolutePath: message = .absolutePath
      case .outsideFolder: message = .outsideFolder
      }
      let name = file.declaredPath.split(separator: "/").last.map(String.init) ?? file.declaredPath
      findings.add(self, message, at: file.fieldPath, ["file": file.declaredPath, "name": name],
        found: file.declaredPath)
    }
  }
}

extension AttachmentMissingFileRule {
  public enum Message: String, CaseIterable {
    case missing, notAdded, directory, absolutePath, outsideFolder
  }
}
