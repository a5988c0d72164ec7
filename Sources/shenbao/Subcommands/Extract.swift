import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoWord

extension Shenbao {
  /// `shenbao extract FILLED.docx`: the draft a filled Word form holds.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Read a 申报书 filled in Word back into a draft.",
      discussion: """
        Attachments come from a folder with one sub-folder per category (01-营业执照或法人证书/ …): \
        --attachments, else NAME-附件/ or 附件/ beside the document. What a reviewer should know \
        (tracked changes, comments, hidden text, edited labels) is listed on standard error.
        """)

    @Argument(help: "The filled form (.docx).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the draft (default: standard output).")
    var output: String?

    @OptionGroup var attachments: AttachmentsOption
    @OptionGroup var force: ForceOption
    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let (application, definition) = try DraftInput.read(file, form: form, language: lang,
        attachments: attachments.folder)
      let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      let reference = try SchemaLocator.reference(for: definition, draftFolder: folder, writing: output != nil,
        force: force.force, language: lang)
      // Paths in the written draft start from its own folder.
      let draft = AttachmentFolder.rebased(application, form: definition, from: application.baseDirectory ?? folder,
        to: folder)
      let text = DraftYAMLWriter(form: definition, schemaReference: reference).write(draft)
      let formatter = TextReportFormatter(language: lang, colors: false)
      for note in application.source?.notes ?? [] {
        Terminal.printError(formatter.line(for: note.finding(lang), file: file))
      }
      guard let output else {
        Terminal.write(text)
        return
      }
      try OutputFile.write(Data(text.utf8), to: output, force: force.force, language: lang)
    }
  }
}
