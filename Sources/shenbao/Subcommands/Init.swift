import ArgumentParser
import FoundationEssentials
import Glibc
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport

extension Shenbao {
  /// `shenbao init`: a blank draft with every field, its Chinese label and hint as comments.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a blank draft with every field of the form, labelled in Chinese.")

    @Option(name: .shortAndLong, help: "Where to write the draft (default: standard output).")
    var output: String?

    @OptionGroup var force: ForceOption

    @Option(help: ArgumentHelp(
      "The JSON schema the draft's first line points editors to (default: the installed one).",
      valueName: "PATH|URL"))
    var schema: String?

    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let definition = try form.definition(lang)
      let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      // Nothing is written beside a draft that cannot be written.
      var isFolder = false
      if let output, !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder) {
        throw Failure(OutputError.unwritable(URL(fileURLWithPath: output), errno: ENOENT).line(lang))
      }
      let reference = try schema ?? SchemaLocator.reference(for: definition, draftFolder: folder,
        writing: output != nil, force: force.force, language: lang)
      let text = DraftYAMLWriter(form: definition, schemaReference: reference).blankDraft()
      guard let output else {
        Terminal.write(text)
        return
      }
      try OutputFile.write(Data(text.utf8), to: output, force: force.force, language: lang)
    }
  }
}
