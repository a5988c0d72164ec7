import ArgumentParser
import Foundation
import ShenbaoKit

extension Shenbao {
  /// `shenbao init`: a blank draft with every field, its Chinese label and hint as comments.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write a blank draft with every field of the form, labelled in Chinese.")

    @Option(name: .shortAndLong, help: "Where to write the draft (default: standard output).")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: ArgumentHelp(
      "The JSON schema the draft's first line points editors to (default: the installed one).",
      valueName: "PATH|URL"))
    var schema: String?

    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let definition = try form.resolve(lang) ?? FormLibrary.defaultForm
      let outputURL = output.map { URL(fileURLWithPath: $0) }
      let reference = schema ?? SchemaLocator.reference(
        from: outputURL?.deletingLastPathComponent()
          ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      let text = DraftYAMLWriter(form: definition, schemaReference: reference).blankDraft()
      guard let output else {
        Terminal.write(text)
        return
      }
      try OutputFile.write(Data(text.utf8), to: output, force: force, language: lang)
    }
  }
}
