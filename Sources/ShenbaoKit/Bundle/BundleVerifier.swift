import Foundation

/// Verifies a bundle as a 推荐单位 receives it, without extracting it to disk: the ZIP (every
/// entry read once, CRCs checked), the safety of every entry name, the bag's completeness,
/// every SHA-256, Payload-Oxum, the tag manifest, and the embedded draft against today's rules.
/// Every problem is reported, not the first.
public struct BundleVerifier: Sendable {
  public var language: Language
  public var today: CalendarDate
  public var limits: BundleLimits

  public init(language: Language = .zh, today: CalendarDate = .today(), limits: BundleLimits = .init()) {
    self.language = language
    self.today = today
    self.limits = limits
  }

  /// The report of the bundle at `url`, named `name` in it. Throws only when there is no file
  /// to read; a damaged or hostile bundle is a report full of findings.
  public func verify(_ url: URL, named name: String) throws(BundleVerifyError) -> ValidationReport {
    try inspect(url, named: name).report
  }

  /// What `inspect` learns of a bundle.
  public struct Inspection: Sendable {
    public var report: ValidationReport
    /// The draft the bundle carries, when it could be read.
    public var application: Application?
    /// The SHA-256 of each attachment the draft declares and the bundle holds, with its path.
    public var attachmentDigests: [(digest: String, path: String)]
  }

  /// The report of the bundle at `url`, with the draft it carries and its attachments' digests.
  public func inspect(_ url: URL, named name: String) throws(BundleVerifyError) -> Inspection {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .notFound
    }
    guard !isDirectory.boolValue else { throw .isDirectory }
    guard FileManager.default.isReadableFile(atPath: url.path) else { throw .unreadable }
    return inspect(named: name) { () throws(ZipError) in try ZipArchive(readingFrom: url) }
  }

  /// The report of a bundle held in memory, named `name` in it.
  public func verify(data: Data, named name: String) -> ValidationReport {
    inspect(named: name) { () throws(ZipError) in try ZipArchive(readingFrom: data) }.report
  }

  private func inspect(named name: String, _ open: () throws(ZipError) -> ZipArchive) -> Inspection {
    var findings = BundleFindings(language: language)
    var reading = BundleReading(limits: limits)
    reading.read(open, into: &findings)
    var drafted: (report: ValidationReport, application: Application)?
    var digests: [(digest: String, path: String)] = []
    if let contents = reading.contents {
      BagCheck(contents: contents).check(into: &findings)
      drafted = revalidate(contents, into: &findings)
      if let application = drafted?.application {
        digests = AttachmentFile.digests(in: application,
          store: BundleAttachmentStore(files: contents.payloadFacts))
      }
    }
    let report = ValidationReport(
      file: name, form: drafted?.report.form ?? "",
      completeness: drafted?.report.completeness ?? Completeness(filled: 0, total: 0),
      findings: findings.findings + (drafted?.report.findings ?? []))
    return Inspection(report: report, application: drafted?.application, attachmentDigests: digests)
  }

  /// Re-validates the bundle's draft with its attachments as the bundle holds them.
  private func revalidate(_ contents: BundleReading.Contents, into findings: inout BundleFindings)
    -> (report: ValidationReport, application: Application)?
  {
    let identifier = BagIt.parseBagInfo(contents.tagText(BagIt.bagInfoName) ?? "")
      .first { $0.0 == "External-Identifier" }?.1
    let naming = (identifier.flatMap(FormLibrary.form(id:)) ?? FormLibrary.defaultForm).bundle
    let draftPath = "\(BagIt.payloadFolder)/\(naming.draft)"
    func unreadable(_ reason: String) -> (report: ValidationReport, application: Application)? {
      findings.add(.bagDraftUnreadable, "message", path: draftPath, ["entry": draftPath, "reason": reason])
      return nil
    }
    guard let data = contents.payloadData[naming.draft] else {
      return unreadable(MessageCatalogue.shared.text("failure.notFound", language))
    }
    let text: String
    do {
      text = try TextFile.decode(data)
    } catch {
      return unreadable(error.message(language))
    }
    let application: Application
    do {
      application = try DraftReader.parse(text)
    } catch {
      return unreadable(error.message(language))
    }
    let form: FormDefinition
    do {
      form = try DraftCheck(language: language, today: today).form(for: application)
    } catch {
      return unreadable(error.line(file: draftPath, language))
    }
    var report = Validator(form: form, language: language, today: today)
      .validate(application, named: draftPath, store: BundleAttachmentStore(files: contents.payloadFacts))
    // Lines are those of the draft inside the bundle, not of the bundle: leave them out.
    report.findings = report.findings.map { finding in
      var copy = finding
      copy.line = nil
      copy.column = nil
      return copy
    }
    return (report, application)
  }
}

/// Bounds on what `verify` reads, against zip bombs and lies in the central directory.
public struct BundleLimits: Sendable {
  /// The largest entry read (uncompressed).
  public var maxEntryBytes: UInt64 = 4 << 30
  /// The largest bundle read (the sum of its entries, uncompressed).
  public var maxTotalBytes: UInt64 = 64 << 30
  /// The highest compression ratio accepted for entries larger than `ratioFloor`.
  public var maxRatio: UInt64 = 200
  public var ratioFloor: UInt64 = 1 << 20
  public var maxEntries = 100_000
  /// The largest tag file or draft kept in memory.
  public var maxTextBytes = 16 << 20
  /// The largest nested archive (a DOCX or OFD attachment) opened in memory to check it.
  public var maxNestedArchiveBytes = 64 << 20

  public init() {}
}

/// Thrown when there is no bundle to verify.
public enum BundleVerifyError: Error, Sendable, Equatable {
  /// Thrown when nothing exists at the path.
  case notFound
  /// Thrown when the path is a folder.
  case isDirectory
  /// Thrown when the file cannot be read.
  case unreadable

  /// The one-line message, naming the bundle.
  public func line(file: String, _ language: Language) -> String {
    let catalogue = MessageCatalogue.shared
    return switch self {
    case .notFound: "\(file): " + catalogue.text("failure.notFound", language)
    case .isDirectory: "\(file): " + catalogue.text("failure.isDirectory", language)
    case .unreadable: "\(file): " + catalogue.text("failure.unreadable", language, ["reason": "permission"])
    }
  }
}

/// Collects the findings of the bundle checks, rendering their messages.
struct BundleFindings {
  let language: Language
  var findings: [Finding] = []

  mutating func add(_ check: BundleCheck, _ message: String, path: String, _ arguments: [String: String] = [:]) {
    findings.append(Finding(
      severity: check.severity, code: check.code, path: path,
      message: MessageCatalogue.shared.text("bundle.\(check.code).\(message)", language, arguments.mapValues(\.abridged))))
  }
}
