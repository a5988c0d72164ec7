import ArgumentParser
import FoundationEssentials
import ShenbaoKit

extension Shenbao {
  /// `shenbao verify BUNDLE…`: is each bundle complete, unaltered and still valid?
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Verify bundles: the ZIP, every checksum of the bag, and the draft against today's rules.",
      discussion: """
        Nothing is extracted to disk. Every problem is reported; a damaged or hostile bundle \
        gives findings and exit code 1, a path that is not a file exit code 2.
        """)

    @Argument(help: "Bundles made by `shenbao package`, or folders of them.")
    var bundles: [String]

    @Option(name: .shortAndLong, help: "Write 汇总.csv, 汇总.json and 汇总.html of the bundles into this folder.")
    var output: String?

    @OptionGroup var reportFormat: FormatOption
    @OptionGroup var form: FormOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard !bundles.isEmpty else { throw ValidationError("Name at least one bundle.") }
    }

    func run() throws {
      let lang = language.language
      let batch = BundleBatch(forms: try form.choice(lang), language: lang, digestsBundles: output != nil)
      let format = reportFormat.format
      let outcomes = batch.verify(BundleBatch.bundles(in: bundles))
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
      if let output {
        let files = SummaryFiles(language: lang)
        do {
          try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
          try files.write(batch.summary(outcomes), to: URL(fileURLWithPath: output))
        } catch let error as BatchError {
          throw Failure(error.line(lang))
        } catch {
          throw Failure(OutputError.unwritable(URL(fileURLWithPath: output), errno: SystemError.code(of: error)).line(lang))
        }
        Terminal.printError(MessageCatalogue.shared.text("summary.written", lang,
          ["files": files.names.map { "\(output)/\($0)" }.joined(separator: "、")]))
      }
      if unreadable { throw ExitCode(2) }
      if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
  }
}
