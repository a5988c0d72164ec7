import Foundation

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

/// Attachments in a folder on disk, named relative to it; nothing outside it is read, symbolic
/// links included.
public struct FolderAttachmentStore: AttachmentStore {
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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return (nil, .missing)
    }
    guard isInside(url.resolvingSymlinksInPath()) else { return (nil, .outsideFolder) }
    if isDirectory.boolValue { return (nil, .directory) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    return (AttachmentKey(url.path), .present(size: size))
  }

  public func head(of key: AttachmentKey, count: Int) -> Data? {
    try? FileDigest.head(of: URL(fileURLWithPath: key.value), count: count)
  }

  public func sha256(of key: AttachmentKey) -> String? {
    try? FileDigest.sha256(of: URL(fileURLWithPath: key.value))
  }

  public func archive(_ key: AttachmentKey, contains entry: String) -> Bool {
    guard let archive = try? ZipArchive(readingFrom: URL(fileURLWithPath: key.value)) else {
      return false
    }
    return archive.contains(entry)
  }

  /// The file a key names.
  public func url(of key: AttachmentKey) -> URL {
    URL(fileURLWithPath: key.value)
  }

  private func isInside(_ url: URL) -> Bool {
    let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    return url.path.hasPrefix(prefix)
  }
}
