import FoundationEssentials
import ShenbaoCore

/// The attachments of a bundle, as `verify` found them while reading every entry once: the
/// store the embedded draft is re-validated with, without extracting anything to disk.
public struct BundleAttachmentStore: AttachmentStore {
  /// What was learnt of one payload file.
  public typealias Facts = AttachmentFacts

  /// Facts by path below the payload folder.
  public let files: [String: Facts]
  /// Whether the files are those a page was given, where a file the draft lists and the page
  /// lacks is one still to add rather than one gone.
  public var uploaded: Bool

  public init(files: [String: Facts], uploaded: Bool = false) {
    self.files = files
    self.uploaded = uploaded
  }

  public func locate(_ declaredPath: String) -> (AttachmentKey?, AttachmentFile.Status) {
    switch AttachmentPath.steps(of: declaredPath) {
    case .failure(let unusable):
      return (nil, unusable.status)
    case .success(let steps):
      let path = BagIt.normalized(steps.joined(separator: "/"))
      if let facts = files[path] { return (AttachmentKey(path), .present(size: facts.size)) }
      if files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return (nil, .directory) }
      return (nil, uploaded ? .notAdded : .missing)
    }
  }

  public func head(of key: AttachmentKey, count: Int) -> Data? {
    files[key.value].map { $0.head.prefix(count) }
  }

  public func sha256(of key: AttachmentKey) -> String? {
    files[key.value]?.sha256
  }

  public func archive(_ key: AttachmentKey, contains entry: String) -> Bool {
    files[key.value]?.archiveEntries.contains(entry) ?? false
  }
}
