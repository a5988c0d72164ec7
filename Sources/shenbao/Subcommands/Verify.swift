import ArgumentParser
import Foundation
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

    @Argument(help: "Bundles made by `shenbao package`.")
    var bundles: [String]

    @Option(help: "Report format: text for people, json for machines.")
    var format: ReportFormat = .text

    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard !bundles.isEmpty else { throw ValidationError("Name at least one bundle.") }
    }

    func run() throws {
      let lang = language.language
      let verifier = BundleVerifier(language: lang)
      let results = bundles.parallelMap { path -> Result<ValidationReport, BundleVerifyError> in
        Result { () throws(BundleVerifyError) in try verifier.verify(URL(fileURLWithPath: path), named: path) }
      }
      let formatter = TextReportFormatter(language: lang, colors: Terminal.standardOutputTakesColor)
      var reports: [ValidationReport] = []
      var unreadable = false
      for (path, result) in zip(bundles, results) {
        switch result {
        case .success(let report):
          reports.append(report)
          if format == .text { Terminal.write(formatter.format(report)) }
        case .failure(let error):
          unreadable = true
          Terminal.printError(error.line(file: path, lang))
        }
      }
      if format == .json { Terminal.write(JSONReportFormatter.format(reports)) }
      if unreadable { throw ExitCode(2) }
      if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
  }
}
