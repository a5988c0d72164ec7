import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoDesk
import ShenbaoSupport

extension Shenbao {
  /// `shenbao verify BUNDLE…`: is each bundle complete, unaltered and still valid?
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Verify bundles: the ZIP, every checksum of the bag, and the draft against today's rules.",
      discussion: """
        Nothing is extracted to disk. Every problem is reported; a damaged or hostile bundle \
        gives findings and exit code 1, a path that is not a file exit code 2. With -o, the \
        summaries and a receipt (回执.json, 回执.html) of the bundles are written; with \
        --receipt, every bundle altered, missing or added since that receipt is listed (exit code 1).
        """)

    @Argument(help: "Bundles made by `shenbao package`, or folders of them.")
    var bundles: [String]

    @Option(name: .shortAndLong, help: "Write the summaries (汇总.csv, .json, .html, .xlsx) and the receipt (回执.json, .html) into this folder.")
    var output: String?

    @Option(help: "Compare the bundles with this receipt (回执.json): list every one altered, missing or added since.")
    var receipt: String?

    @OptionGroup var reportFormat: FormatOption
    @OptionGroup var form: FormOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard !bundles.isEmpty else { throw ValidationError("Name at least one bundle.") }
    }

    func run() throws {
      let lang = language.language
      let issued = try receipt.map { path in
        do throws(ReceiptError) { return try Receipt.read(URL(fileURLWithPath: path)) } catch { throw Failure(error.line(lang)) }
      }
      // The summaries' folder is this run's until it ends: taken before the first bundle is read.
      let lock = try output.map { try Self.hold($0, lang) }
      defer { withExtendedLifetime(lock) {} }
      let batch = BundleBatch(forms: try form.choice(lang), language: lang,
        digestsBundles: output != nil || issued != nil)
      let format = reportFormat.format
      let found = BundleBatch.bundles(in: bundles)
      // A folder with no bundle in it is a wrong folder — unless a receipt says what it should hold.
      if found.isEmpty, issued == nil {
        throw Failure(bundles.map { "\($0): " + MessageCatalogue.shared.text("failure.noBundles", lang) }
          .joined(separator: "\n"))
      }
      let outcomes = batch.verify(found)
      let formatter = TextReportFormatter(language: lang, colors: Terminal.standardOutputTakesColor)
      var reports: [ValidationReport] = []
      var unreadable = false
      for outcome in outcomes {
        if let report = outcome.report {
          reports.append(report)
          if format == .text { Terminal.write(formatter.format(report)) }
        } else {
          unreadable = true
          Terminal.printError(outcome.row.reason ?? outcome.row.file)
        }
      }
      if format == .json { Terminal.write(JSONReportFormatter.format(reports)) }
      if format == .text, outcomes.count > 1 {
        Terminal.write(SummaryFiles(language: lang).counts(BatchSummary(rows: outcomes.map(\.row))) + "\n")
      }
      // What the receipt says of the bundles: on the terminal, and with the summaries.
      let check = issued.map { receipt in
        ReceiptCheck(receipt, current: zip(found, outcomes).map { found, outcome in
          ReceiptCheck.Current(name: found.name, sha256: outcome.row.sha256)
        }, wholeFolders: bundles.contains { FileManager.default.isDirectory(at: URL(fileURLWithPath: $0)) })
      }
      let checked = check.map { $0.lines(lang).joined(separator: "\n") + "\n" }
      if let output { try write(batch.summary(outcomes), checked: checked, to: output, lang) }
      if let checked {
        if format == .json { Terminal.printError(String(checked.dropLast())) } else { Terminal.write(checked) }
      }
      let altered = check.map { !$0.matches } ?? false
      if unreadable { throw ExitCode(2) }
      if altered || reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }

    /// The folder `output`, made if need be and held for this run.
    private static func hold(_ output: String, _ lang: Language) throws -> FolderLock {
      let folder = URL(fileURLWithPath: output)
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw Failure(OutputError.unwritable(folder, errno: SystemError.code(of: error)).line(lang))
      }
      do throws(FolderLockError) { return try FolderLock(folder) } catch { throw Failure(error.line(lang)) }
    }

    /// Writes the summaries and the receipt into `output`, and what the comparison with an
    /// earlier receipt found (回执核对.txt), if one was made.
    private func write(_ summary: BatchSummary, checked: String?, to output: String, _ lang: Language) throws {
      let catalogue = MessageCatalogue.shared
      let files = SummaryFiles(language: lang, source: bundles.joined(separator: catalogue.text("summary.rowSeparator", lang)))
      let folder = URL(fileURLWithPath: output)
      var names = files.names
      do {
        try files.write(summary, to: folder) { $0.file }
        if let checked {
          let name = catalogue.text("receipt.checkFileName", lang) + ".txt"
          try AtomicFile.write(Data(checked.utf8), to: folder.appendingPathComponent(name), replacing: true)
          names.append(name)
        }
      } catch let error as BatchError {
        throw Failure(error.line(lang))
      } catch let error as OutputError {
        throw Failure(error.line(lang))
      } catch {
        throw Failure(OutputError.unwritable(folder, errno: SystemError.code(of: error)).line(lang))
      }
      Terminal.printError(catalogue.text("summary.written", lang,
        ["files": names.map { "\(output)/\($0)" }.joined(separator: "、")]))
    }
  }
}
