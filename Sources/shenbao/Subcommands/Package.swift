import ArgumentParser
import FoundationEssentials
import ShenbaoBundle
import ShenbaoCommandLine
import ShenbaoCore

extension Shenbao {
  /// `shenbao package FILE -o bundle.zip`: one verifiable bundle of a valid application.
  struct Package: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "package",
      abstract: "Package a valid application into one bundle (a BagIt bag in a ZIP).",
      discussion: """
        The draft is validated first: with errors, they are printed and nothing is written \
        (exit code 1). Warnings are recorded in the bundle's report.
        """)

    @Argument(help: "The draft: YAML, JSON, or a 申报书 filled in Word (.docx).")
    var file: String

    @Option(name: .shortAndLong, help: "The bundle to write (default: <申报单位>-申报材料.zip).")
    var output: String?

    @Flag(help: "Also put the filled form printed to PDF in the bundle (needs LibreOffice).")
    var pdf = false

    @OptionGroup var attachments: AttachmentsOption
    @OptionGroup var force: ForceOption
    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let (application, definition) = try DraftInput.read(file, form: form, language: lang,
        attachments: attachments.folder)
      let packager = ApplicationPackager(form: definition, language: lang, includesPDF: pdf)
      let target = output ?? packager.defaultFileName(for: application)
      let formatter = TextReportFormatter(language: lang, colors: Terminal.standardOutputTakesColor)
      let outcome: ApplicationPackager.Outcome
      do {
        outcome = try packager.package(application, named: file, to: URL(fileURLWithPath: target),
          replacing: force.force)
      } catch {
        throw Failure(error.line(file: target, lang))
      }
      let catalogue = MessageCatalogue.shared
      switch outcome {
      case .refused(let report):
        Terminal.write(formatter.format(report))
        Terminal.printError(catalogue.text("package.refused", lang, ["errors": String(report.errors)]))
        throw ExitCode(1)
      case .written(let summary):
        if !summary.checked.findings.isEmpty { Terminal.write(formatter.format(summary.checked)) }
        Terminal.write(catalogue.text("package.written", lang, ["file": target,
          "files": String(summary.payloadFiles), "size": ByteSize.text(summary.payloadBytes)]) + "\n")
      }
    }
  }
}
