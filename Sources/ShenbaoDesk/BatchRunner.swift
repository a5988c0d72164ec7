import FoundationEssentials
import ShenbaoBundle
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord
import Synchronization

/// Handles a folder of applications for a recommending department: finds every draft and filled
/// Word form, validates each, packages the valid ones on all cores, checks them against each
/// other, and writes 汇总.csv, 汇总.json and 汇总.html. One broken application never stops the
/// others; its row says why.
public struct BatchRunner: Sendable {
  /// How each application's form is chosen.
  public var forms: FormChoice
  public var jobs: Int
  public var language: Language
  public var today: CalendarDate

  public init(
    forms: FormChoice = FormChoice(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    language: Language = .zh, today: CalendarDate = .today()
  ) {
    self.forms = forms
    self.jobs = max(1, jobs)
    self.language = language
    self.today = today
  }

  /// How far a run is: every application is first checked, then the valid ones packaged.
  public struct Progress: Sendable {
    public enum Stage: String, Sendable {
      case checking, packaging
    }

    public var stage: Stage
    /// Applications done in this stage, of `total`.
    public var done: Int
    public var total: Int
    /// The application just finished.
    public var current: String

    /// How much of the whole run is done, from 0 to 1, each stage counting half.
    public var fraction: Double {
      guard total > 0 else { return 1 }
      return (Double(done) / Double(total) + (stage == .packaging ? 1 : 0)) / 2
    }
  }

  /// One application read and checked, before packaging.
  private struct Checked: Sendable {
    var file: String
    var application: Application?
    var form: FormDefinition?
    var report: ValidationReport?
    var failure: String?
  }

  /// Runs over `folder`, writing bundles and summaries into `output`. `progress` is called from
  /// worker threads after each application; when `isCancelled` turns true no new application is
  /// started, and the summary marks the rest as interrupted.
  public func run(
    folder: URL, output: URL, progress: @escaping @Sendable (Progress) -> Void = { _ in },
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(BatchError) -> BatchSummary {
    guard FileManager.default.isDirectory(at: folder) else { throw .notAFolder(folder) }
    do {
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    } catch {
      throw .output(.unwritable(output, errno: SystemError.code(of: error)))
    }
    // One run writes a folder at a time: a second would replace bundles this one has hashed.
    let lock: FolderLock
    do throws(FolderLockError) { lock = try FolderLock(output) } catch { throw .locked(error) }
    defer { withExtendedLifetime(lock) {} }
    let files = ApplicationFinder.applications(in: folder, form: forms.chosen ?? FormLibrary.defaultForm,
      skipping: output)
    let checkedCount = Atomic<Int>(0)
    let packagedCount = Atomic<Int>(0)
    @Sendable func step(_ stage: Progress.Stage, _ file: String) {
      let count = stage == .checking
        ? checkedCount.wrappingAdd(1, ordering: .relaxed).newValue
        : packagedCount.wrappingAdd(1, ordering: .relaxed).newValue
      progress(Progress(stage: stage, done: count, total: files.count, current: file))
    }

    // Read and validate everything first: the bundle names and the cross-checks need all of it.
    let checked = WorkerPool.run(count: files.count, jobs: jobs, shouldStop: isCancelled) { index in
      defer { step(.checking, files[index]) }
      return check(files[index], in: folder)
    }
    let names = bundleNames(checked.compactMap { $0 })

    let rows = WorkerPool.run(count: files.count, jobs: jobs, shouldStop: isCancelled) { index in
      defer { step(.packaging, files[index]) }
      guard let item = checked[index] else { return (SummaryRow(file: files[index], status: .interrupted), [URL: String]()) }
      return package(item, as: names[item.file], into: output)
    }
    var summaryRows: [SummaryRow] = []
    var inputs: [CrossCheckInput] = []
    for (index, file) in files.enumerated() {
      guard let (row, digests) = rows[index] else {
        summaryRows.append(SummaryRow(file: file, status: .interrupted))
        continue
      }
      summaryRows.append(row)
      if let item = checked[index], let application = item.application {
        if let form = item.form {
          inputs.append(CrossCheckInput(file: file, application: application, form: form,
            attachmentDigests: attachmentDigests(application, form: form, known: digests)))
        }
      }
    }
    let summary = BatchSummary(rows: summaryRows,
      crossFindings: CrossApplicationChecks.check(inputs, language: language),
      interrupted: summaryRows.contains { $0.status == .interrupted })
    try SummaryFiles(language: language, source: folder.path).write(summary, to: output) { row in
      row.bundle.map { output.appendingPathComponent($0).path }
    }
    return summary
  }

  /// Reads and validates one application the one way every command does.
  private func check(_ file: String, in folder: URL) -> Checked {
    let check = DraftCheck(forms: forms, language: language, today: today)
    let application: Application
    let form: FormDefinition
    do {
      (application, form) = try check.read(folder.appendingPathComponent(file).path)
    } catch {
      return Checked(file: file, failure: error.line(file: file, language))
    }
    let report = Validator(form: form, language: language, today: today).validate(application, named: file)
    return Checked(file: file, application: application, form: form, report: report)
  }

  /// Bundle names for the valid applications: the default name, with -2, -3 … for a second and
  /// third application of one unit, in file order.
  private func bundleNames(_ items: [Checked]) -> [String: String] {
    var names: [String: String] = [:]
    var used: [String: Int] = [:]
    for item in items {
      guard let application = item.application, let form = item.form, let report = item.report,
        !report.hasErrors
      else { continue }
      let base = ApplicationPackager(form: form).defaultFileName(for: application)
      let count = used[base, default: 0] + 1
      used[base] = count
      names[item.file] = count == 1 ? base : base.deletingPathExtension + "-\(count).zip"
    }
    return names
  }

  private func package(_ item: Checked, as name: String?, into output: URL) -> (SummaryRow, [URL: String]) {
    guard let application = item.application, let form = item.form, let report = item.report else {
      var row = SummaryRow(file: item.file, application: item.application, form: item.form, report: nil,
        status: .unreadable)
      row.reason = item.failure
      return (row, [:])
    }
    func row(_ status: SummaryRow.Status) -> SummaryRow {
      SummaryRow(file: item.file, application: application, form: form, report: report, status: status)
    }
    guard let name, !report.hasErrors else { return (row(.refused), [:]) }
    let target = output.appendingPathComponent(name)
    do {
      let outcome = try ApplicationPackager(form: form, language: language, today: today)
        .package(application, named: item.file, to: target, replacing: true, report: report)
      guard case .written(let summary) = outcome else { return (row(.refused), [:]) }
      var packaged = row(.packaged)
      packaged.bundle = name
      packaged.sha256 = try? FileDigest.sha256(of: target)
      return (packaged, summary.attachmentDigests)
    } catch {
      var failed = row(.failed)
      failed.reason = error.line(file: name, language)
      return (failed, [:])
    }
  }

  /// The SHA-256 of each attachment of `application`: from packaging where it was packaged,
  /// else read now.
  private func attachmentDigests(
    _ application: Application, form: FormDefinition, known: [URL: String]
  ) -> [(digest: String, path: String)] {
    guard let folder = application.baseDirectory else { return [] }
    let store = FolderAttachmentStore(folder: folder)
    return AttachmentFile.digests(in: application, form: form, store: store) { known[store.url(of: $0)] }
  }
}

/// Thrown when a batch cannot run at all.
public enum BatchError: Error, Sendable {
  /// Thrown when the input is not a folder.
  case notAFolder(URL)
  /// Thrown when the output folder or a summary cannot be written.
  case output(OutputError)
  /// Thrown when another run is writing into the output folder.
  case locked(FolderLockError)

  public func line(_ language: Language) -> String {
    switch self {
    case .notAFolder(let url): "\(url.path): " + MessageCatalogue.shared.text("failure.notAFolder", language)
    case .output(let error): error.line(language)
    case .locked(let error): error.line(language)
    }
  }
}
