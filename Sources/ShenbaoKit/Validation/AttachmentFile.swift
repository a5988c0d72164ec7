import Foundation

/// One attachment of a draft, located on disk: where its path leads and what is there.
public struct AttachmentFile: Sendable {
  /// What the declared path leads to.
  public enum Status: Sendable, Hashable {
    /// A regular file of `size` bytes.
    case present(size: Int)
    /// An absolute path; attachments are named relative to the draft.
    case absolutePath
    /// A path that leads out of the draft's folder (by `..` or a symbolic link).
    case outsideFolder
    /// Nothing at the path.
    case missing
    /// A folder at the path.
    case directory
  }

  /// The attachment's position in `attachments`.
  public let index: Int
  /// The path of the attachment's `path` field.
  public let fieldPath: FieldPath
  /// The category id as written.
  public let category: String?
  /// The path as written.
  public let declaredPath: String
  /// Where the path leads, when it stays inside the draft's folder.
  public let url: URL?
  public let status: Status

  /// The file's extension, lower case.
  public var fileExtension: String {
    (declaredPath as NSString).pathExtension.lowercased()
  }

  /// The size of a present file.
  public var size: Int? {
    if case .present(let size) = status { return size }
    return nil
  }

  /// Locates every attachment of `application`, relative to its folder.
  static func locate(in application: Application) -> [AttachmentFile] {
    let listPath = DraftPaths.attachments
    guard let items = application.value(at: listPath)?.items else { return [] }
    let base = (application.baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      .standardizedFileURL.resolvingSymlinksInPath()
    return items.enumerated().compactMap { index, item in
      guard let record = item.record, let declared = record[DraftPaths.attachmentPath]?.trimmedText,
        !declared.isEmpty, !declared.isNoneMarker
      else { return nil }
      let itemPath = listPath.appending(index: index)
      let (url, status) = resolve(declared, against: base)
      return AttachmentFile(
        index: index, fieldPath: itemPath.appending(DraftPaths.attachmentPath),
        category: record[DraftPaths.attachmentCategory]?.trimmedText, declaredPath: declared, url: url,
        status: status)
    }
  }

  /// Backslashes are read as folder separators, as a Windows user writes them.
  static func resolve(_ declared: String, against base: URL) -> (URL?, Status) {
    let relative = declared.replacingOccurrences(of: "\\", with: "/")
    if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.dropFirst().hasPrefix(":/") {
      return (nil, .absolutePath)
    }
    let url = base.appendingPathComponent(relative).standardizedFileURL
    guard isInside(url, base) else { return (nil, .outsideFolder) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return (url, .missing)
    }
    guard isInside(url.resolvingSymlinksInPath(), base) else { return (nil, .outsideFolder) }
    if isDirectory.boolValue { return (url, .directory) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    return (url, .present(size: size))
  }

  static func isInside(_ url: URL, _ base: URL) -> Bool {
    let folder = base.path.hasSuffix("/") ? base.path : base.path + "/"
    return url.path.hasPrefix(folder)
  }
}
