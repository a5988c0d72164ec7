import FoundationEssentials
import Glibc
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport
import ShenbaoWord

/// Packages a valid application into one bundle: a ZIP holding, under one top folder, a BagIt
/// bag with the filled form, the normalised draft, the validation reports, the print checklist
/// and the attachments — every file listed with its SHA-256.
///
/// The ZIP is written to a temporary file beside the target and renamed at the end; an error or
/// an interruption leaves no partial bundle. Attachments are hashed as they are copied, in
/// fixed-size chunks, so memory does not grow with their size.
public struct ApplicationPackager: Sendable {
  public var form: FormDefinition
  /// The language of the report returned when the draft is refused; the bundle's own reports
  /// are in the form's language.
  public var language: Language
  public var today: CalendarDate
  /// Whether the bundle also carries the filled form printed to PDF (by LibreOffice).
  public var includesPDF: Bool

  public init(form: FormDefinition, language: Language = .zh, today: CalendarDate = .today(), includesPDF: Bool = false) {
    self.form = form
    self.language = language
    self.today = today
    self.includesPDF = includesPDF
  }

  /// The bundle's file name when none is given: the top folder's name and `.zip`.
  public func defaultFileName(for application: Application) -> String {
    BundleLayout.topFolder(of: application, form: form) + ".zip"
  }

  /// What packaging did.
  public enum Outcome: Sendable {
    /// The draft has errors: nothing was written.
    case refused(ValidationReport)
    /// The bundle was written.
    case written(BundleSummary)
  }

  /// Packages `application` (named `name` in reports) into `target`. Attachment paths are
  /// relative to `attachmentsFolder`, by default the draft's folder. A `report` already made of
  /// the application with this packager's form and day is used instead of validating again.
  public func package(
    _ application: Application, named name: String, attachmentsFolder: URL? = nil, to target: URL,
    replacing: Bool, report validated: ValidationReport? = nil
  ) throws(PackageError) -> Outcome {
    let folder = target.deletingLastPathComponent()
    if FileManager.default.fileExists(atPath: target.path), !replacing {
      throw .output(.exists(target))
    }
    let store = FolderAttachmentStore(folder: attachmentsFolder ?? application.baseDirectory
      ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    let report = validated ?? Validator(form: form, language: language, today: today)
      .validate(application, named: name, store: store)
    guard !report.hasErrors else { return .refused(report) }

    let contents = try BundleContents(application: application, form: form, store: store, today: today,
      pdf: includesPDF)
    let partial = ".\(target.lastPathComponent).shenbao-\(getpid())"
    let temporary = folder.appendingPathComponent(partial)
    return try InterruptCleanup.protecting(folder: folder, prefix: partial) { () throws(PackageError) -> Outcome in
      do {
        let written = try contents.write(to: temporary)
        if FileManager.default.fileExists(atPath: target.path), !replacing {
          throw PackageError.output(.exists(target))
        }
        guard rename(temporary.path, target.path) == 0 else {
          throw PackageError.output(.unwritable(target, errno: errno))
        }
        return .written(BundleSummary(file: target, entries: written.entries,
          payloadFiles: contents.payloadFiles, payloadBytes: contents.payloadBytes,
          report: contents.report, checked: report, attachmentDigests: written.attachmentDigests))
      } catch {
        InterruptCleanup.removeFiles(in: folder, prefix: partial)
        if let error = error as? PackageError { throw error }
        throw .zip(error as? ZipError ?? .cannotCreate(target.path, .internalError))
      }
    }
  }
}

/// What a written bundle holds.
public struct BundleSummary: Sendable {
  public var file: URL
  /// ZIP entries.
  public var entries: Int
  /// Files in the bag's payload, and their total size (the Payload-Oxum).
  public var payloadFiles: Int
  public var payloadBytes: Int
  /// The validation report the bundle carries, of the draft as the bundle holds it (申报书.yaml).
  public var report: ValidationReport
  /// The report of the draft as it was given: its file's name and lines, for the person who
  /// packed it.
  public var checked: ValidationReport
  /// The SHA-256 of every attachment, by the file it was copied from.
  public var attachmentDigests: [URL: String]
}

/// Thrown when a bundle cannot be made.
public enum PackageError: Error, Sendable {
  /// Thrown when the output cannot be written, or exists and replacing it was not asked for.
  case output(OutputError)
  /// Thrown when the form cannot be rendered.
  case document(DocxError)
  /// Thrown when libzip cannot write the archive, or an attachment changes while it is copied.
  case zip(ZipError)
  /// Thrown when the draft written into the bundle does not read back as it was written.
  case normalisedDraft(String)
  /// Thrown when the form was to be printed to PDF and could not be.
  case pdf(PDFError)
}
