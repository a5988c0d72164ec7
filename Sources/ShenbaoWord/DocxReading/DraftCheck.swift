import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Reads and validates draft files — the one path every command takes from a file to its
/// report: read the file (YAML, JSON or a filled Word form), choose its form, validate.
public struct DraftCheck: Sendable {
  /// How each draft's form is chosen.
  public var forms: FormChoice
  public var language: Language
  public var today: CalendarDate
  /// The folder attachment paths are relative to (a Word form's category folders), when it is
  /// not the draft's own.
  public var attachmentsFolder: URL?

  public init(
    forms: FormChoice = FormChoice(), language: Language = .zh, today: CalendarDate = .today(),
    attachmentsFolder: URL? = nil
  ) {
    self.forms = forms
    self.language = language
    self.today = today
    self.attachmentsFolder = attachmentsFolder
  }

  /// Why a file got no report.
  public enum Failure: Error, Sendable, Equatable {
    /// The file could not be read as a draft.
    case read(DraftReadError)
    /// A Word document could not be read as the filled form.
    case docx(DocxReadError)
    /// The draft's form could not be found or read; `line` is where the draft names it.
    case form(FormError, line: Int?)

    /// The one-line message, naming the file.
    public func line(file: String, _ language: Language) -> String {
      switch self {
      case .read(let error):
        return error.line(file: file, language)
      case .docx(let error):
        return "\(file): " + error.message(language)
      case .form(.unknownForm(let id, let known), let line):
        let position = line.map { ":\($0)" } ?? ""
        return "\(file)\(position): " + MessageCatalogue.shared.text("failure.unknownForm", language,
          ["form": id.abridged, "known": known.joined(separator: ", ")])
      case .form(let error, _):
        return error.line(language)
      }
    }
  }

  /// The report for the draft at `path` (as the user named it).
  public func check(_ path: String) -> Result<ValidationReport, Failure> {
    do {
      let (application, form) = try read(path)
      return .success(Validator(form: form, language: language, today: today).validate(application, named: path))
    } catch {
      return .failure(error)
    }
  }

  /// The draft at `path`, its attachments found from `attachmentsFolder` when one is given, and
  /// the form to check it against.
  public func read(_ path: String) throws(Failure) -> (application: Application, form: FormDefinition) {
    var application = try Self.application(at: URL(fileURLWithPath: path), attachmentsFolder: attachmentsFolder,
      forms: forms)
    if let folder = attachmentsFolder { application.source?.attachmentsBase = folder }
    return (application, try form(for: application))
  }

  /// The draft in the file at `url`: YAML, JSON, or a filled Word form, read by the form `forms`
  /// chooses for it, whose attachments come from `attachmentsFolder` (by default the folder
  /// convention beside it).
  public static func application(
    at url: URL, attachmentsFolder: URL? = nil, forms: FormChoice = FormChoice()
  ) throws(Failure) -> Application {
    guard InputFormat(for: url) == .docx else {
      do throws(DraftReadError) { return try DraftReader.read(url) } catch { throw .read(error) }
    }
    do throws(DocxReadError) {
      return try DocxDraftReader(forms: forms, attachmentsFolder: attachmentsFolder).read(url)
    } catch {
      if case .file(let fileError) = error { throw .read(.file(fileError)) }
      throw .docx(error)
    }
  }

  /// The form to check `application` against, as ``FormChoice`` chooses it.
  public func form(for application: Application) throws(Failure) -> FormDefinition {
    do {
      return try forms.form(named: application.formID)
    } catch {
      throw .form(error, line: application.source?.locations[FieldPath.root.appending(Application.formKey)]?.line)
    }
  }

  /// The reports for every path, checked on all cores, in input order.
  public func check(_ paths: [String]) -> [Result<ValidationReport, Failure>] {
    paths.parallelMap { check($0) }
  }
}
