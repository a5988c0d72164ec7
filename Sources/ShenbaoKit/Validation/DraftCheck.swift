import Foundation

/// Reads and validates draft files: the work of `shenbao validate`, for any number of files.
public struct DraftCheck: Sendable {
  /// A form chosen by `--form`, overriding what drafts name.
  public var form: FormDefinition?
  public var language: Language
  public var today: CalendarDate
  /// The folder attachment paths are relative to (a Word form's category folders), when it is
  /// not the draft's own.
  public var attachmentsFolder: URL?

  public init(
    form: FormDefinition? = nil, language: Language = .zh, today: CalendarDate = .today(),
    attachmentsFolder: URL? = nil
  ) {
    self.form = form
    self.language = language
    self.today = today
    self.attachmentsFolder = attachmentsFolder
  }

  /// Why a file got no report.
  public enum Failure: Error, Sendable, Equatable {
    /// The file could not be read as a draft.
    case read(DraftReadError)
    /// The draft names a form that is not built in, on `line` of the file.
    case unknownForm(String, line: Int?)

    /// The one-line message, naming the file.
    public func line(file: String, _ language: Language) -> String {
      switch self {
      case .read(let error):
        return error.line(file: file, language)
      case .unknownForm(let id, let line):
        let known = FormLibrary.builtIn.map(\.id).joined(separator: ", ")
        let position = line.map { ":\($0)" } ?? ""
        return "\(file)\(position): "
          + MessageCatalogue.shared.text("failure.unknownForm", language, ["form": id.abridged, "known": known])
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
    var application: Application
    do {
      application = try DraftReader.read(URL(fileURLWithPath: path), attachmentsFolder: attachmentsFolder)
      if let folder = attachmentsFolder { application.source?.attachmentsBase = folder }
    } catch {
      throw .read(error)
    }
    return (application, try form(for: application))
  }

  /// The form to check `application` against: the one chosen, else the one the draft names,
  /// else the default.
  public func form(for application: Application) throws(Failure) -> FormDefinition {
    if let chosen = form { return chosen }
    guard let id = application.formID else { return FormLibrary.defaultForm }
    guard let named = FormLibrary.form(id: id) else {
      let line = application.source?.locations[FieldPath.root.appending(Application.formKey)]?.line
      throw .unknownForm(id, line: line)
    }
    return named
  }

  /// The reports for every path, checked on all cores, in input order.
  public func check(_ paths: [String]) -> [Result<ValidationReport, Failure>] {
    paths.parallelMap { check($0) }
  }
}
