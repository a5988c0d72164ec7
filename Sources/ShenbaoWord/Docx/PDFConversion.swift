import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// A Word document printed to PDF by LibreOffice, as the form prints: the same program reviewers
/// and the print tests use, so what the PDF shows is what the document shows.
public enum PDFConversion {
  /// The programs that run LibreOffice headless, in the order they are looked for.
  package static let programs = ["soffice", "libreoffice"]
  /// The Debian package that provides them, named when none is found.
  public static let package = "libreoffice-writer-nogui"
  /// The longest a conversion may take; a first start of LibreOffice takes a few seconds.
  package static let timeLimit = 180.0

  /// Writes `docx` (the document's bytes) as a PDF at `url`, atomically: an existing file is
  /// replaced only when `replacing` is `true`.
  public static func write(_ docx: Data, to url: URL, replacing: Bool) throws(PDFError) {
    // Refused before LibreOffice is started, not after it has run.
    var isDirectory = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      if isDirectory { throw .output(.isDirectory(url)) }
      if !replacing { throw .output(.exists(url)) }
    }
    let pdf = try printed(docx, reportingAs: url)
    do {
      try AtomicFile.write(pdf, to: url, replacing: replacing)
    } catch {
      throw .output(error)
    }
  }

  /// The PDF of `docx` (the document's bytes); `url` names it in errors.
  public static func printed(_ docx: Data, reportingAs url: URL) throws(PDFError) -> Data {
    guard let program = ChildProcess.find(programs) else { throw .noLibreOffice }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("shenbao-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("form.docx")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try docx.write(to: document)
    } catch {
      throw .unwritable(url, errno: SystemError.code(of: error))
    }
    // A profile of its own: a LibreOffice the user has open is not disturbed, and does not
    // take the conversion over.
    let profile = folder.appendingPathComponent("profile").absoluteString
    let outcome = ChildProcess.run(program, ["-env:UserInstallation=\(profile)", "--headless", "--norestore",
      "--convert-to", "pdf", "--outdir", folder.path, document.path], seconds: timeLimit)
    let converted = folder.appendingPathComponent("form.pdf")
    guard outcome == .exited(0), let pdf = FileManager.default.contents(atPath: converted.path),
      pdf.starts(with: Array("%PDF".utf8))
    else {
      throw .conversionFailed(outcome == .timedOut ? .timedOut : .failed)
    }
    return pdf
  }
}

/// Thrown when a PDF cannot be made.
public enum PDFError: Error, Sendable, Equatable {
  /// LibreOffice is not installed.
  case noLibreOffice
  /// LibreOffice ran and made no PDF.
  case conversionFailed(Reason)
  /// The temporary copy of the document could not be written.
  case unwritable(URL, errno: Int32)
  /// The PDF could not be written where asked.
  case output(OutputError)

  public enum Reason: String, Sendable {
    case failed, timedOut
  }

  /// The one-line message.
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .noLibreOffice:
      catalogue.text("pdf.noLibreOffice", language, ["programs": PDFConversion.programs.joined(separator: "、"),
        "package": PDFConversion.package])
    case .conversionFailed(let reason): catalogue.text("pdf.\(reason.rawValue)", language)
    case .unwritable(let url, let code):
      OutputError.unwritable(url, errno: code).line(language, catalogue: catalogue)
    case .output(let error): error.line(language, catalogue: catalogue)
    }
  }
}
