import FoundationEssentials
import ShenbaoBundle
import ShenbaoCore
import ShenbaoSupport

/// Verifies many bundles a recommending department received — named one by one, or every
/// `.zip` under a folder — on all cores, and summarises them as a batch does.
public struct BundleBatch: Sendable {
  /// The reviewer's forms: the one chosen, else each bundle's, found on the search path.
  public var forms: FormChoice
  public var jobs: Int
  public var language: Language
  public var today: CalendarDate
  /// Whether each row carries the bundle file's own SHA-256: a second read of every bundle, so
  /// only when a summary is written.
  public var digestsBundles: Bool

  public init(forms: FormChoice = FormChoice(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    language: Language = .zh, today: CalendarDate = .today(), digestsBundles: Bool = true)
  {
    self.forms = forms
    self.jobs = max(1, jobs)
    self.language = language
    self.today = today
    self.digestsBundles = digestsBundles
  }

  /// A bundle to verify: where it is, and its name as a receipt records it (its path inside
  /// the folder it was found in, else its file name).
  public struct Found: Sendable, Hashable {
    public var path: String
    public var name: String

    public init(path: String, name: String) {
      self.path = path
      self.name = name
    }
  }

  /// The bundles `paths` name, each once: files as they are, folders by every `.zip` file under
  /// them (not folders so named), in natural order (第2号 before 第10号).
  public static func bundles(in paths: [String]) -> [Found] {
    var seen = Set<String>()
    return paths.flatMap { path -> [Found] in
      guard FileManager.default.isDirectory(at: URL(fileURLWithPath: path)) else {
        return [Found(path: path, name: path.lastPathComponent)]
      }
      let files = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
      return files.filter { $0.lowercased().hasSuffix(".zip") && !$0.lastPathComponent.hasPrefix(".") }
        .sorted(by: NaturalOrder.isBefore)
        .map { Found(path: path.appendingPathComponent($0), name: $0) }
        .filter { !FileManager.default.isDirectory(at: URL(fileURLWithPath: $0.path)) }
    }.filter { seen.insert($0.path).inserted }
  }

  /// One bundle's outcome: its report and summary row, or why there was no file to read.
  public struct Outcome: Sendable {
    public var report: ValidationReport?
    public var row: SummaryRow
    public var failure: BundleVerifyError?
    /// The draft the bundle carries and its attachments' digests, for the cross-application
    /// checks.
    public var application: Application?
    public var form: FormDefinition?
    public var attachmentDigests: [(digest: String, path: String)] = []
  }

  /// Verifies every bundle, in input order, each row and report naming it by `named` (its path
  /// as given, unless told otherwise).
  public func verify(_ bundles: [Found], named: @escaping @Sendable (Found) -> String = { $0.path }) -> [Outcome] {
    // The cores go to the bundles first; what is left over reads each bundle's attachments.
    let perBundle = jobs / max(1, min(jobs, bundles.count))
    let verifier = BundleVerifier(forms: forms, language: language, today: today, jobs: perBundle)
    return bundles.parallelMap(jobs: jobs) { found in
      let path = found.path
      let name = named(found)
      do throws(BundleVerifyError) {
        let inspection = try verifier.inspect(URL(fileURLWithPath: path), named: name)
        let report = inspection.report
        var row = SummaryRow(file: name, application: inspection.application, form: inspection.form, report: report,
          status: report.hasErrors ? .rejected : .verified)
        row.bundle = found.name
        if digestsBundles { row.sha256 = try? FileDigest.sha256(of: URL(fileURLWithPath: path)) }
        return Outcome(report: report, row: row, application: inspection.application, form: inspection.form,
          attachmentDigests: inspection.attachmentDigests)
      } catch {
        var row = SummaryRow(file: name, status: .unreadable)
        row.bundle = found.name
        row.reason = error.line(file: name, language)
        return Outcome(row: row, failure: error)
      }
    }
  }

  /// The summary of `outcomes`, with the checks across them.
  public func summary(_ outcomes: [Outcome]) -> BatchSummary {
    let inputs = outcomes.compactMap { outcome -> CrossCheckInput? in
      guard let application = outcome.application, let form = outcome.form else { return nil }
      var input = CrossCheckInput(file: outcome.row.file, application: application, form: form,
        attachmentDigests: outcome.attachmentDigests)
      input.bundleDigest = outcome.row.sha256
      return input
    }
    return BatchSummary(rows: outcomes.map(\.row),
      crossFindings: CrossApplicationChecks.check(inputs, language: language))
  }
}
