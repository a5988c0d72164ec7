import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord

/// Reading one draft for a command that works on one: the file, and the form to use.
enum DraftInput {
  /// The draft at `path` and its form, as every command reads one.
  static func read(_ path: String, form option: FormOption, language: Language, attachments: URL? = nil)
    throws -> (Application, FormDefinition)
  {
    let check = DraftCheck(forms: try option.choice(language), language: language, attachmentsFolder: attachments)
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

  /// Writes a Word document's bytes to `path`: as they are, or printed to PDF when `path` ends
  /// in `.pdf`.
  static func writeDocument(_ docx: Data, to path: String, force: Bool, language: Language) throws {
    guard path.lowercased().hasSuffix(".pdf") else {
      return try write(docx, to: path, force: force, language: language)
    }
    do {
      try PDFConversion.write(docx, to: URL(fileURLWithPath: path), replacing: force)
    } catch {
      switch error {
      case .output, .unwritable: throw Failure(error.line(language))
      case .noLibreOffice, .conversionFailed: throw Failure("\(path): " + error.line(language))
      }
    }
  }
}
