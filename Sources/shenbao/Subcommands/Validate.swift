import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoWord

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

    @Option(help: ArgumentHelp(
      "Write a copy of the Word form with a comment on each problem's cell (one .docx input).",
      valueName: "COPY.docx"))
    var annotate: String?

    @OptionGroup var force: ForceOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var form: FormOption

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("Name at least one draft file.") }
      if annotate != nil, files.count != 1 || !files[0].lowercased().hasSuffix(".docx") {
        throw ValidationError("--annotate takes one filled Word form (.docx).")
      }
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
      if let annotate, let report = reports.first {
        try writeAnnotated(report, to: annotate, language: lang)
      }
      if unreadable { throw ExitCode(2) }
      if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }

    /// The applicant's document with a comment on the cell of each finding.
    private func writeAnnotated(_ report: ValidationReport, to path: String, language: Language) throws {
      let catalogue = MessageCatalogue.shared
      let data: Data
      do {
        data = try DocxAnnotation.annotated(fileAt: URL(fileURLWithPath: files[0]), findings: report.findings,
          language: language)
      } catch let error as DocxReadError {
        throw Failure("\(files[0]): " + error.message(language))
      } catch let error as POSIXError {
        throw Failure("\(files[0]): " + SystemError.message(error.code.rawValue, language))
      }
      try OutputFile.write(data, to: path, force: force.force, language: language)
      Terminal.printError(catalogue.text("annotate.written", language,
        ["file": path, "count": String(report.findings.count)]))
    }
  }
}
