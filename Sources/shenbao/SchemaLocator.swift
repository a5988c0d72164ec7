import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Finds the draft schema a new draft's modeline should point at, so editors complete and check
/// it offline: the installed schema for the default form, else one written beside the draft.
enum SchemaLocator {
  static let relativePath = "schemas/draft.schema.json"

  /// The reference for a draft of `form` written into `draftFolder` (or printed, when not
  /// `writing`): the installed schema of the built-in default form; else, for a draft written
  /// to a file, the form's schema written beside it (`<id>.schema.json`), replacing one only
  /// with `force` or when it is the same; else the schema's id.
  static func reference(
    for form: FormDefinition, draftFolder: URL, writing: Bool, force: Bool, language: Language
  ) throws -> String {
    if form == FormLibrary.defaultForm { return reference(from: draftFolder) }
    guard writing else { return DraftSchema.identifier(for: form) }
    let name = "\(form.id).schema.json"
    let url = draftFolder.appendingPathComponent(name)
    let schema = Data(DraftSchema.json(for: form).utf8)
    if (try? Data(contentsOf: url)) != schema {
      try OutputFile.write(schema, to: url.path, force: force || !FileManager.default.fileExists(atPath: url.path),
        language: language)
    }
    return name
  }

  /// The installed schema (`PREFIX/share/shenbao/schemas/`), else the one in the source tree
  /// the binary was built in, written relative to `folder` when it is below it; else the
  /// schema's own id.
  static func reference(from folder: URL) -> String {
    guard let schema = candidates().first(where: { FileManager.default.fileExists(atPath: $0.path) })
    else { return DraftSchema.identifier(for: FormLibrary.defaultForm) }
    return relative(schema.standardizedFileURL.path, from: folder.standardizedFileURL.path)
  }

  static func candidates() -> [URL] {
    guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return [] }
    let executable = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let binFolder = executable.deletingLastPathComponent()
    var urls = [binFolder.deletingLastPathComponent().appendingPathComponent("share/shenbao/\(relativePath)")]
    // A development build sits in <package>/.build/<triple>/<configuration>/.
    var folder = binFolder
    for _ in 0..<5 {
      folder = folder.deletingLastPathComponent()
      urls.append(folder.appendingPathComponent(relativePath))
    }
    return urls
  }

  /// `path` relative to `folder`, or `path` itself.
  static func relative(_ path: String, from folder: String) -> String {
    let pathParts = path.split(separator: "/")
    let folderParts = folder.split(separator: "/")
    let common = zip(pathParts, folderParts).prefix { $0 == $1 }.count
    guard common > 0 else { return path }
    let ups = Array(repeating: "..", count: folderParts.count - common)
    return (ups + pathParts[common...].map(String.init)).joined(separator: "/")
  }
}
