import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord

extension Shenbao {
  /// `shenbao render FILE -o 申报书.docx`: the filled form as a Word document.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Write the filled application form (申报书) as a Word document.",
      discussion: """
        The document is written even when the draft has errors, which are then listed on \
        standard error and make the exit code 1.
        """)

    @Argument(help: "The draft: YAML, JSON, or a 申报书 filled in Word (.docx).")
    var file: String

    @Option(name: .shortAndLong, help: "The document to write: .docx, or .pdf to print it through LibreOffice.")
    var output = "申报书.docx"

    @OptionGroup var force: ForceOption
    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let (application, definition) = try DraftInput.read(file, form: form, language: lang)
      let report = Validator(form: definition, language: lang).validate(application, named: file)
      let data: Data
      do {
        data = try DocumentOutput.filledForm(application, form: definition)
      } catch {
        throw Failure(error.line(file: output, lang))
      }
      try OutputFile.writeDocument(data, to: output, force: force.force, language: lang)
      let catalogue = MessageCatalogue.shared
      if report.hasErrors {
        let formatter = TextReportFormatter(language: lang, colors: false)
        Terminal.writeError(formatter.format(report))
        Terminal.printError(catalogue.text("render.writtenWithErrors", lang,
          ["file": output, "errors": String(report.errors)]))
        throw ExitCode(1)
      }
      Terminal.printError(catalogue.text("render.written", lang, ["file": output]))
    }
  }

  /// `shenbao template`: the blank form to fill in Word or WPS.
  struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "template",
      abstract: "Write the blank application form (申报书) to fill in Word or WPS.")

    @Option(name: .shortAndLong, help: "The document to write: .docx, or .pdf to print it through LibreOffice.")
    var output = "申报书模板.docx"

    @OptionGroup var force: ForceOption
    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let definition = try form.definition(lang)
      let data: Data
      do {
        data = try DocumentOutput.template(form: definition)
      } catch {
        throw Failure(error.line(file: output, lang))
      }
      try OutputFile.writeDocument(data, to: output, force: force.force, language: lang)
      let catalogue = MessageCatalogue.shared
      Terminal.printError(catalogue.text("render.written", lang, ["file": output]))
      let stem = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
      Terminal.printError(catalogue.text("render.attachmentsFolder", lang, [
        "folder": "\(stem)-\(definition.bundle.attachments)",
        "example": definition.attachments.categories.first?.folder ?? "",
      ]))
    }
  }
}
