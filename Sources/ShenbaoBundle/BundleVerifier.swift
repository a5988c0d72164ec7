import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Verifies a bundle as a 推荐单位 receives it, without extracting it to disk: the ZIP (every
/// entry read once, CRCs checked, attachments on every core), the safety of every entry name, the bag's completeness,
/// every SHA-256, Payload-Oxum, the tag manifest, and the embedded draft against today's rules.
/// Every problem is reported, not the first.
public struct BundleVerifier: Sendable {
  /// The reviewer's forms: the one named with `--form`, else the reviewer's own definition of
  /// the form a bundle names, found on the search path; the definition a bundle carries is
  /// used only when the reviewer has none.
  public var forms: FormChoice
  public var language: Language
  public var today: CalendarDate
  public var limits: BundleLimits
  /// How many threads read a bundle's attachments at once (each with a handle of its own on
  /// the file); by default one per core. The report is the same whatever the number.
  public var jobs: Int

  public init(
    forms: FormChoice = FormChoice(), language: Language = .zh, today: CalendarDate = .today(),
    limits: BundleLimits = .init(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.forms = forms
    self.language = language
    self.today = today
    self.limits = limits
    self.jobs = max(1, jobs)
  }

  /// The report of the bundle at `url`, named `name` in it. Throws only when there is no file
  /// to read; a damaged or hostile bundle is a report full of findings.
  public func verify(_ url: URL, named name: String) throws(BundleVerifyError) -> ValidationReport {
    try inspect(url, named: name).report
  }

  /// What `inspect` learns of a bundle.
  public struct Inspection: Sendable {
    public var report: ValidationReport
    /// The draft the bundle carries, when it could be read, and the form it was checked against.
    public var application: Application?
    public var form: FormDefinition?
    /// The SHA-256 of each attachment the draft declares and the bundle holds, with its path.
    public var attachmentDigests: [(digest: String, path: String)]
  }

  /// The report of the bundle at `url`, with the draft it carries and its attachments' digests.
  public func inspect(_ url: URL, named name: String) throws(BundleVerifyError) -> Inspection {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .notFound
    }
    guard !isDirectory else { throw .isDirectory }
    guard FileManager.default.isReadableFile(atPath: url.path) else { throw .unreadable }
    return inspect(.file(url), named: name)
  }

  /// The report of a bundle held in memory, named `name` in it.
  public func verify(data: Data, named name: String) -> ValidationReport {
    inspect(.memory(data), named: name).report
  }

  private func inspect(_ source: BundleSource, named name: String) -> Inspection {
    var findings = BundleFindings(language: language)
    var reading = BundleReading(limits: limits, jobs: jobs)
    reading.read(source, into: &findings)
    var drafted: Drafted?
    var digests: [(digest: String, path: String)] = []
    if let contents = reading.contents {
      BagCheck(contents: contents).check(into: &findings)
      drafted = revalidate(contents, into: &findings)
      if let drafted {
        digests = AttachmentFile.digests(in: drafted.application, form: drafted.form,
          store: BundleAttachmentStore(files: contents.payloadFacts))
      }
    }
    let report = ValidationReport(
      file: name, form: drafted?.report.form ?? "",
      completeness: drafted?.report.completeness ?? Completeness(filled: 0, total: 0),
      findings: findings.findings + (drafted?.report.findings ?? []))
    return Inspection(report: report, application: drafted?.application, form: drafted?.form,
      attachmentDigests: digests)
  }

  /// A bundle's draft as re-validated.
  private struct Drafted {
    var report: ValidationReport
    var application: Application
    var form: FormDefinition
  }

  /// The form to check the bundle against: the one the reviewer chose, else the reviewer's own
  /// definition of the form bag-info names; the one the bundle carries only when the reviewer
  /// has none (and then says so). A carried definition that differs from the reviewer's of the
  /// same id is an error: an applicant must not loosen the rules by editing it.
  private func form(_ contents: BundleReading.Contents, into findings: inout BundleFindings) -> FormDefinition? {
    let identifier = BagIt.parseBagInfo(contents.tagText(BagIt.bagInfoName) ?? "")
      .first { $0.0 == "External-Identifier" }?.1
    let carried = contents.tagText(BagIt.formName).map { text in
      Result { () throws(FormProblem) in try FormDefinition.read(text, file: BagIt.formName) }
    }
    var known: FormDefinition?
    do throws(FormError) {
      if let chosen = forms.chosen {
        known = chosen
      } else if let identifier {
        known = try forms.resolver.form(id: identifier)
      }
    } catch {
      findings.add(.bagForm, "unusable", path: BagIt.formName, ["reason": error.line(language)])
    }
    switch (known, carried) {
    case (let known?, .success(let embedded)?):
      if embedded.id == known.id, embedded.source.sha256 != known.source.sha256 {
        findings.add(.bagForm, "altered", path: BagIt.formName, ["entry": BagIt.formName, "form": known.id])
      }
      return known
    case (let known?, _):
      return known
    case (nil, .success(let embedded)?):
      findings.add(.bagForm, "carried", path: BagIt.formName, ["entry": BagIt.formName, "form": embedded.id])
      return embedded
    case (nil, .failure(let problem)?):
      findings.add(.bagForm, "unusable", path: BagIt.formName,
        ["reason": "\(BagIt.formName)\(problem.location.map { ":\($0.line)" } ?? ""): \(problem.message(language))"])
      return nil
    case (nil, nil):
      return identifier == nil ? (try? forms.form(named: nil)) : nil
    }
  }

  /// Re-validates the bundle's draft with its attachments as the bundle holds them.
  private func revalidate(_ contents: BundleReading.Contents, into findings: inout BundleFindings) -> Drafted? {
    guard let form = form(contents, into: &findings) else { return nil }
    let draftPath = "\(BagIt.payloadFolder)/\(form.bundle.draft)"
    func unreadable(_ reason: String) -> Drafted? {
      findings.add(.bagDraftUnreadable, "message", path: draftPath, ["entry": draftPath, "reason": reason])
      return nil
    }
    guard let data = contents.payloadData[BagIt.normalized(form.bundle.draft)] else {
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
    var report = Validator(form: form, language: language, today: today)
      .validate(application, named: draftPath, store: BundleAttachmentStore(files: contents.payloadFacts))
    // Lines are those of the draft inside the bundle, not of the bundle: leave them out.
    report.findings = report.findings.map { finding in
      var copy = finding
      copy.line = nil
      copy.column = nil
      return copy
    }
    return Drafted(report: report, application: application, form: form)
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
    case .isDirectory: "\(file): " + catalogue.text("failure.bundleIsDirectory", language)
    case .unreadable: "\(file): " + catalogue.text("failure.unreadable", language, ["reason": "permission"])
    }
  }
}

/// Collects the findings of the bundle checks, rendering their messages.
package struct BundleFindings {
  package let language: Language
  package var findings: [Finding] = []

  package mutating func add(_ check: BundleCheck, _ message: String, path: String, _ arguments: [String: String] = [:]) {
    let severity = check == .bagForm && message == "carried" ? Severity.warning : check.severity
    findings.append(Finding(
      severity: severity, code: check.code, path: path,
      message: MessageCatalogue.shared.text("bundle.\(check.code).\(message)", language, arguments.mapValues(\.abridged))))
  }
}
