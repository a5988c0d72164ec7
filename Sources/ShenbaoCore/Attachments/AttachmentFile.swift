import FoundationEssentials
import ShenbaoSupport

/// One attachment of a draft, located in its store: where its path leads and what is there.
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
    /// A file the draft lists that the page it is filled in was not given (again) yet.
    case notAdded
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
  /// Where the store keeps the file, when the path leads to one inside the draft's folder.
  public let key: AttachmentKey?
  public let status: Status

  /// The file's extension, lower case.
  public var fileExtension: String {
    declaredPath.pathExtension.lowercased()
  }

  /// The size of a present file.
  public var size: Int? {
    if case .present(let size) = status { return size }
    return nil
  }

  /// Locates every attachment of `application` in `store`: the items of the list the form's
  /// `attachments` role names (none for a form without one).
  package static func locate(in application: Application, form: FormDefinition, store: any AttachmentStore) -> [AttachmentFile] {
    guard let fields = form.attachmentFields, let items = application.value(at: fields.list)?.items else { return [] }
    return items.enumerated().compactMap { index, item in
      guard let record = item.record, let declared = record[fields.path]?.trimmedText,
        !declared.isEmpty, !declared.isNoneMarker
      else { return nil }
      let (key, status) = store.locate(declared)
      return AttachmentFile(
        index: index, fieldPath: fields.list.appending(index: index).appending(fields.path),
        category: record[fields.category]?.trimmedText, declaredPath: declared,
        key: key, status: status)
    }
  }
}

extension AttachmentFile {
  /// The SHA-256 of each attachment of `application` that `store` holds, with its path as
  /// declared; `known` gives digests already computed, so those files are not read again.
  package static func digests(
    in application: Application, form: FormDefinition, store: any AttachmentStore,
    known: (AttachmentKey) -> String? = { _ in nil }
  ) -> [(digest: String, path: String)] {
    locate(in: application, form: form, store: store).compactMap { file in
      guard let key = file.key, let digest = known(key) ?? store.sha256(of: key) else { return nil }
      return (digest, file.declaredPath)
    }
  }
}

/// Where a store keeps one attachment: a file path, or an entry name in a bundle.
public struct AttachmentKey: Sendable, Hashable {
  public var value: String

  public init(_ value: String) {
    self.value = value
  }
}

/// A declared attachment path in a form every store accepts: `/` between steps (a Windows
/// user's backslashes are read as separators), no `.` steps, `..` resolved.
public enum AttachmentPath {
  /// Why a declared path cannot be used.
  public struct Unusable: Error, Sendable, Hashable {
    public var status: AttachmentFile.Status
  }

  /// The path's steps, or why it cannot be used: absolute, or leading out of its folder.
  public static func steps(of declared: String) -> Result<[String], Unusable> {
    let relative = declared.replacingAll("\\", with: "/")
    if relative.hasPrefix("/") || relative.hasPrefix("~") || relative.dropFirst().hasPrefix(":/") {
      return .failure(Unusable(status: .absolutePath))
    }
    var steps: [String] = []
    for step in relative.split(separator: "/", omittingEmptySubsequences: true) {
      switch step {
      case ".": continue
      case "..":
        guard !steps.isEmpty else { return .failure(Unusable(status: .outsideFolder)) }
        steps.removeLast()
      default: steps.append(String(step))
      }
    }
    return steps.isEmpty ? .failure(Unusable(status: .missing)) : .success(steps)
  }
}
