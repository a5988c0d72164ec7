import FoundationEssentials
import ShenbaoSupport
import Synchronization

/// The one way forms are found, passed to every reader and command: a form named by a file, or
/// by its id on the search path — the `--forms` folders, the folders of `SHENBAO_FORMS`
/// (separated by `:`), `./forms`, then the forms built into the binary. A folder holds one
/// sub-folder per form, named by its id, with `form.yaml` inside (as `forms/` does).
public struct FormResolver: Sendable {
  /// The folders searched, in order, before the built-in forms.
  public let folders: [URL]
  private let cache = FormCache()

  public init(folders: [URL]) {
    self.folders = folders
  }

  /// The standard search path: `extra` (`--forms`), then `SHENBAO_FORMS`, then `./forms`.
  public static func standard(
    adding extra: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) -> FormResolver {
    var folders = extra.map { URL(fileURLWithPath: $0, relativeTo: currentDirectory).standardizedFileURL }
    for part in (environment["SHENBAO_FORMS"] ?? "").split(separator: ":") where !part.isEmpty {
      folders.append(URL(fileURLWithPath: String(part), relativeTo: currentDirectory).standardizedFileURL)
    }
    folders.append(currentDirectory.appendingPathComponent("forms").standardizedFileURL)
    var seen = Set<String>()
    return FormResolver(folders: folders.filter { seen.insert($0.path).inserted })
  }

  /// The built-in forms only: for tests and tools that must not see the working folder.
  public static let builtInOnly = FormResolver(folders: [])

  /// The form with `id`: the first folder's `<id>/form.yaml`, else the built-in form; `nil` when
  /// there is none. A broken definition on the path is an error, not a miss.
  public func form(id: String) throws(FormError) -> FormDefinition? {
    if let cached = cache.form(id) { return cached }
    for folder in folders {
      let file = folder.appendingPathComponent(id).appendingPathComponent("form.yaml")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      let form = try FormLibrary.load(file)
      guard form.id == id else {
        throw .invalid(file, FormProblem(.invalid("id", reason: .folderMismatch), at: nil))
      }
      cache.store(form)
      return form
    }
    return FormLibrary.form(id: id)
  }

  /// The form `reference` names: an id on the search path, or a definition file.
  public func resolve(_ reference: String) throws(FormError) -> FormDefinition {
    if !reference.contains("/"), !reference.hasSuffix(".yaml"), !reference.hasSuffix(".json"),
      let form = try form(id: reference)
    {
      return form
    }
    let url = URL(fileURLWithPath: reference)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .unknownForm(reference, known: knownIDs)
    }
    return try FormLibrary.load(url)
  }

  /// The form a draft names, refused when the path holds none of that id.
  public func required(id: String) throws(FormError) -> FormDefinition {
    guard let form = try form(id: id) else { throw .unknownForm(id, known: knownIDs) }
    return form
  }

  /// The ids of every form on the path, sorted.
  public var knownIDs: [String] {
    Set(folderForms().map(\.id) + FormLibrary.builtIn.map(\.id)).sorted()
  }

  /// Every form on the path with where it was found, the first of an id winning; each read, or
  /// why it could not be.
  public func available() -> [(id: String, origin: String, form: Result<FormDefinition, FormError>)] {
    var found: [(id: String, origin: String, form: Result<FormDefinition, FormError>)] = []
    var seen = Set<String>()
    for (id, file) in folderForms() where seen.insert(id).inserted {
      do throws(FormError) {
        found.append((id, file.path, .success(try required(id: id))))
      } catch {
        found.append((id, file.path, .failure(error)))
      }
    }
    for form in FormLibrary.builtIn where seen.insert(form.id).inserted {
      found.append((form.id, "", .success(form)))
    }
    return found.sorted { $0.id < $1.id }
  }

  /// The `<id>/form.yaml` files of the folders, in search order.
  private func folderForms() -> [(id: String, file: URL)] {
    var forms: [(id: String, file: URL)] = []
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() where !name.hasPrefix(".") {
        let file = folder.appendingPathComponent(name).appendingPathComponent("form.yaml")
        if FileManager.default.fileExists(atPath: file.path) { forms.append((name, file)) }
      }
    }
    return forms
  }
}

/// The forms a resolver has read, so a batch reads each definition once.
private final class FormCache: Sendable {
  private let forms = Mutex<[String: FormDefinition]>([:])

  func form(_ id: String) -> FormDefinition? {
    forms.withLock { $0[id] }
  }

  func store(_ form: FormDefinition) {
    forms.withLock { $0[form.id] = form }
  }
}
