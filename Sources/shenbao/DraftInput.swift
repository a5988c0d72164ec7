import Foundation
import ShenbaoKit

/// Reading one draft for a command that works on one: the file, and the form to use.
enum DraftInput {
  /// The draft at `path` and its form (`--form`, else the one it names, else the default).
  static func read(_ path: String, form option: FormOption, language: Language, attachments: String? = nil)
    throws -> (Application, FormDefinition)
  {
    let check = DraftCheck(form: try option.resolve(language), language: language,
      attachmentsFolder: attachments.map { URL(fileURLWithPath: $0) })
    do {
      return try check.read(path)
    } catch {
      throw Failure(error.line(file: path, language))
    }
  }
}

/// Writing one output file atomically, refusing to replace one without `--force`.
enum OutputFile {
  static func write(_ data: Data, to path: String, force: Bool, language: Language) throws {
    do {
      try AtomicFile.write(data, to: URL(fileURLWithPath: path), replacing: force)
    } catch {
      throw Failure(error.line(language))
    }
  }
}
