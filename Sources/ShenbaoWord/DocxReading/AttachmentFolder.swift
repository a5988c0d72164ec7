import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Attachments of a filled Word form, gathered from a folder with one sub-folder per category:
/// `01-营业执照或法人证书/`, `02-认证资质荣誉证书/` … as the form names them (`folder`), or named by
/// the category's number (`01/`), id (`businessLicense/`), label, or one of its `keywords`
/// (`营业执照/`). A file left loose in the folder is placed by the keywords in its own name. Files
/// are taken in name order; hidden files are skipped. A file whose folder or name names no
/// category is kept with none, for validation to report where it should go, never dropped.
public enum AttachmentFolder {
  /// The attachments, as draft records whose paths are relative to `base`.
  public static func attachments(in folder: URL, form: FormDefinition, relativeTo base: URL) -> [DraftValue] {
    guard let fields = form.attachmentFields else { return [] }
    // Paths as text: a department reads hundreds of forms, each with its files, and URLs are
    // made and standardised far more slowly than text is joined.
    let root = folder.standardizedFileURL.path
    let prefix = base.standardizedFileURL.path.hasSuffix("/") ? base.standardizedFileURL.path
      : base.standardizedFileURL.path + "/"
    let entries = listing(root)
    // Sub-folders in the order of their categories, those that name none last.
    let categories = form.attachments.categories
    let ordered = entries.filter(\.isFolder).map { entry in (category: category(named: entry.name, in: form)?.id ?? "", folder: entry.name) }
      .enumerated().sorted { left, right in
        let order = { (id: String) in categories.firstIndex { $0.id == id } ?? categories.count }
        return (order(left.element.category), left.offset) < (order(right.element.category), right.offset)
      }.map(\.element)
    var items: [DraftValue] = []
    func add(_ path: String, category: String) {
      let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
      var record: DraftRecord = [fields.category: .text(category), fields.path: .text(relative)]
      if let titleField = fields.title { record[titleField] = .text(path.lastPathComponent.deletingPathExtension) }
      items.append(.record(record))
    }
    for (category, name) in ordered {
      let sub = root.appendingPathComponent(name)
      for entry in listing(sub) where !entry.isFolder { add(sub.appendingPathComponent(entry.name), category: category) }
    }
    // Files left loose beside the category folders, placed by their names.
    for entry in entries where !entry.isFolder {
      add(root.appendingPathComponent(entry.name), category: category(named: entry.name, in: form)?.id ?? "")
    }
    return items
  }

  /// The entries of the folder at `path` that are not hidden, in name order, each with whether
  /// it is a folder.
  private static func listing(_ path: String) -> [(name: String, isFolder: Bool)] {
    let manager = FileManager.default
    return ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { name in
      var flag = false
      return (name, manager.fileExists(atPath: path.appendingPathComponent(name), isDirectory: &flag) && flag)
    }
  }

  /// The folder a filled form's attachments are looked for in when none is named: `NAME-附件/`
  /// beside `NAME.docx`, else `附件/` beside it (the form's name for the attachments folder).
  public static func defaultFolder(for document: URL, form: FormDefinition) -> URL? {
    let folder = document.deletingLastPathComponent()
    let stem = document.deletingPathExtension().lastPathComponent
    let candidates = [
      folder.appendingPathComponent("\(stem)-\(form.bundle.attachments)"),
      folder.appendingPathComponent(form.bundle.attachments),
    ]
    return candidates.first { FileManager.default.isDirectory(at: $0) }
  }

  /// `application` with its attachment paths, relative to `old`, made relative to `new`: for a
  /// draft written to another folder than the document it was read from.
  public static func rebased(_ application: Application, form: FormDefinition, from old: URL, to new: URL) -> Application {
    guard let fields = form.attachmentFields else { return application }
    var copy = application
    for (index, item) in (application.value(at: fields.list)?.items ?? []).enumerated() {
      guard let path = item.record?[fields.path]?.trimmedText, !path.isEmpty, !path.hasPrefix("/") else { continue }
      let absolute = old.appendingPathComponent(path)
      copy.setValue(.text(relativePath(absolute, from: new)),
        at: fields.list.appending(index: index).appending(fields.path))
    }
    return copy
  }

  /// The category whose folder, number, id, label or keywords `name` (a folder's or a file's)
  /// names; of several whose keywords it holds, the one whose keyword is longest (职称证书 is a
  /// team certificate before it is a certificate).
  package static func category(named name: String, in form: FormDefinition) -> AttachmentCategory? {
    let compact = name.withoutWhiteSpace
    if let named = form.attachments.categories.first(where: { matches(name, $0) }) { return named }
    var best: (category: AttachmentCategory, length: Int)?
    for category in form.attachments.categories {
      for keyword in category.keywords.map(\.withoutWhiteSpace) where !keyword.isEmpty && compact.contains(keyword) {
        if keyword.count > best?.length ?? 0 { best = (category, keyword.count) }
      }
    }
    return best?.category
  }

  package static func matches(_ name: String, _ category: AttachmentCategory) -> Bool {
    let compact = name.withoutWhiteSpace
    let parts = category.folder.split(separator: "-", maxSplits: 1).map(String.init)
    // The number before the folder's name: 01, or 1.
    let number = parts.count == 2 && parts[0].allSatisfy(\.isASCIIDigit) ? Int(parts[0]) : nil
    return compact == category.folder || compact == category.id || compact == category.label
      || (parts.count == 2 && compact == parts[1])
      || (number != nil && compact.allSatisfy(\.isASCIIDigit) && Int(compact) == number)
  }

  /// `url` relative to the folder `base`; the full path when it is not below it.
  package static func relativePath(_ url: URL, from base: URL) -> String {
    let path = url.standardizedFileURL.path
    let prefix = base.standardizedFileURL.path.hasSuffix("/") ? base.standardizedFileURL.path
      : base.standardizedFileURL.path + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
