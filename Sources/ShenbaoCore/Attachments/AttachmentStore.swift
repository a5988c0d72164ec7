import FoundationEssentials
import ShenbaoNative
import ShenbaoSupport

/// Where a draft's attachments are read from: a folder on disk, or the payload of a bundle.
/// The attachment rules see files only through a store.
public protocol AttachmentStore: Sendable {
  /// Where `declaredPath` leads: the file's key and what is there.
  func locate(_ declaredPath: String) -> (AttachmentKey?, AttachmentFile.Status)
  /// Up to the first `count` bytes of the file.
  func head(of key: AttachmentKey, count: Int) -> Data?
  /// The file's SHA-256, lower-case hex.
  func sha256(of key: AttachmentKey) -> String?
  /// `true` when the file is a ZIP archive holding an entry named `entry`.
  func archive(_ key: AttachmentKey, contains entry: String) -> Bool
}

/// A store whose keys are paths of files on disk.
public protocol FileAttachmentStore: AttachmentStore {}

extension FileAttachmentStore {
  public func head(of key: AttachmentKey, count: Int) -> Data? {
    try? FileDigest.head(of: url(of: key), count: count)
  }

  public func sha256(of key: AttachmentKey) -> String? {
    try? FileDigest.sha256(of: url(of: key))
  }

  public func archive(_ key: AttachmentKey, contains entry: String) -> Bool {
    guard let archive = try? ZipArchive(readingFrom: url(of: key)) else { return false }
    return archive.contains(entry)
  }

  /// The file a key names.
  public func url(of key: AttachmentKey) -> URL {
    URL(fileURLWithPath: key.value)
  }
}

/// Attachments in a folder on disk, named relative to it; nothing outside it is read, symbolic
/// links included.
public struct FolderAttachmentStore: FileAttachmentStore {
  /// The folder, with symbolic links resolved.
  public let folder: URL

  public init(folder: URL) {
    self.folder = folder.standardizedFileURL.resolvingSymlinksInPath()
  }

  public func locate(_ declaredPath: String) -> (AttachmentKey?, AttachmentFile.Status) {
    let steps: [String]
    switch AttachmentPath.steps(of: declaredPath) {
    case .success(let found): steps = found
    case .failure(let unusable): return (nil, unusable.status)
    }
    let url = steps.reduce(folder) { $0.appendingPathComponent($1) }
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return (nil, .missing)
    }
    guard isInside(url.resolvingSymlinksInPath()) else { return (nil, .outsideFolder) }
    if isDirectory { return (nil, .directory) }
    let size = (try? FileManager.default.sizeOfItem(atPath: url.path)) ?? 0
    return (AttachmentKey(url.path), .present(size: size))
  }

  private func isInside(_ url: URL) -> Bool {
    let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    return url.path.hasPrefix(prefix)
  }
}

/// Attachments named by their paths in a bundle's payload, read from the files they will be
/// copied from: the store a bundle's own report is made with before the bundle exists.
public struct MappedAttachmentStore: FileAttachmentStore {
  /// Payload path → the file and its size.
  public let files: [String: (url: URL, size: Int)]

  public init(files: [String: (url: URL, size: Int)]) {
    self.files = files
  }

  public func locate(_ declaredPath: String) -> (AttachmentKey?, AttachmentFile.Status) {
    switch AttachmentPath.steps(of: declaredPath) {
    case .failure(let unusable):
      return (nil, unusable.status)
    case .success(let steps):
      guard let file = files[steps.joined(separator: "/")] else { return (nil, .missing) }
      return (AttachmentKey(file.url.path), .present(size: file.size))
    }
  }
}
