import FoundationEssentials

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

  /// The bundles `paths` name: files as they are, folders by every `.zip` under them, sorted.
  public static func bundles(in paths: [String]) -> [String] {
    paths.flatMap { path -> [String] in
      guard FileManager.default.isDirectory(at: URL(fileURLWithPath: path)) else { return [path] }
      let files = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
      return files.filter { $0.lowercased().hasSuffix(".zip") && !$0.lastPathComponent.hasPrefix(".") }
        .sorted().map { path.appendingPathComponent($0) }
    }
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

  /// Verifies every bundle, in input order.
  public func verify(_ paths: [String]) -> [Outcome] {
    // The cores go to the bundles first; what is left over reads each bundle's attachments.
    let perBundle = jobs / max(1, min(jobs, paths.count))
    let verifier = BundleVerifier(forms: forms, language: language, today: today, jobs: perBundle)
    return paths.parallelMap(jobs: jobs) { path in
      do throws(BundleVerifyError) {
        let inspection = try verifier.inspect(URL(fileURLWithPath: path), named: path)
        let report = inspection.report
        var row = SummaryRow(file: path, application: inspection.application, form: inspection.form, report: report,
          status: report.hasErrors ? .rejected : .verified)
        row.bundle = path.lastPathComponent
        if digestsBundles { row.sha256 = try? FileDigest.sha256(of: URL(fileURLWithPath: path)) }
        return Outcome(report: report, row: row, application: inspection.application, form: inspection.form,
          attachmentDigests: inspection.attachmentDigests)
      } catch {
        var row = SummaryRow(file: path, status: .unreadable)
        row.reason = error.line(file: path, language)
        return Outcome(row: row, failure: error)
      }
    }
  }

  /// The summary of `outcomes`, with the checks across them.
  public func summary(_ outcomes: [Outcome]) -> BatchSummary {
    let inputs = outcomes.compactMap { outcome -> CrossCheckInput? in
      guard let application = outcome.application, let form = outcome.form else { return nil }
      return CrossCheckInput(file: outcome.row.file, application: application, form: form,
        attachmentDigests: outcome.attachmentDigests)
    }
    return BatchSummary(rows: outcomes.map(\.row),
      crossFindings: CrossApplicationChecks.check(inputs, language: language))
  }
}
