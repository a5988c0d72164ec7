import ArgumentParser
import FoundationEssentials
import ShenbaoKit

extension Shenbao {
  /// `shenbao validate FILE…`: every finding for every draft.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check drafts against every rule of the form and report every problem.")

    @Argument(help: "Drafts: YAML, JSON, or 申报书 filled in Word (.docx).")
    var files: [String]

    @OptionGroup var attachments: AttachmentsOption
    @OptionGroup var format: FormatOption

    @OptionGroup var language: LanguageOption
    @OptionGroup var form: FormOption

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("Name at least one draft file.") }
    }

    func run() throws {
      let lang = language.language
      let check = DraftCheck(forms: try form.choice(lang), language: lang, attachmentsFolder: attachments.folder)
      let results = check.check(files)
      var reports: [ValidationReport] = []
      var unreadable = false
      let formatter = TextReportFormatter(language: lang, colors: Terminal.standardOutputTakesColor)
      for (file, result) in zip(files, results) {
        switch result {
        case .success(let report):
          reports.append(report)
          if format.format == .text { Terminal.write(formatter.format(report)) }
        case .failure(let failure):
          unreadable = true
          Terminal.printError(failure.line(file: file, lang))
        }
      }
      if format.format == .json { Terminal.write(JSONReportFormatter.format(reports)) }
      if unreadable { throw ExitCode(2) }
      if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
  }
}
