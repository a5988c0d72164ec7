import ArgumentParser
import ShenbaoCommandLine
import ShenbaoCore

extension Shenbao {
  /// `shenbao schema`: the JSON schemas editors use to complete and check drafts.
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the JSON schema (2020-12) of drafts or of form definitions.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
      case draft, form
    }

    @Argument(help: "draft (generated from the form) or form (the definition format).")
    var kind: Kind = .draft

    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      switch kind {
      case .draft:
        let definition = try form.definition(language.language)
        Terminal.write(DraftSchema.json(for: definition))
      case .form:
        Terminal.write(EmbeddedResources.formSchema)
      }
    }
  }
}
