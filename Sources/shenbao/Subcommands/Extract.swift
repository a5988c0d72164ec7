import ArgumentParser
import Foundation
import ShenbaoKit

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

    @Option(help: "The folder of attachment sub-folders (default: NAME-附件/ or 附件/ beside the document).")
    var attachments: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let application: Application
      do {
        application = try DraftReader.read(URL(fileURLWithPath: file),
          attachmentsFolder: attachments.map { URL(fileURLWithPath: $0) })
      } catch {
        throw Failure(error.line(file: file, lang))
      }
      let form = application.formID.flatMap(FormLibrary.form(id:)) ?? FormLibrary.defaultForm
      let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      let reference = SchemaLocator.reference(from: folder)
      // Paths in the written draft start from its own folder.
      let draft = AttachmentFolder.rebased(application, from: application.baseDirectory ?? folder, to: folder)
      let text = DraftYAMLWriter(form: form, schemaReference: reference).write(draft)
      let formatter = TextReportFormatter(language: lang, colors: false)
      for note in application.source?.notes ?? [] {
        Terminal.printError(formatter.line(for: note.finding(lang), file: file))
      }
      guard let output else {
        Terminal.write(text)
        return
      }
      try OutputFile.write(Data(text.utf8), to: output, force: force, language: lang)
    }
  }
}
