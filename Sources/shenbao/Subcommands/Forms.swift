import ArgumentParser
import Foundation
import ShenbaoKit

extension Shenbao {
  /// `shenbao forms`: the built-in form definitions.
  struct Forms: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forms",
      abstract: "List the built-in application forms.")

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
      let forms = FormLibrary.builtIn.map(FormSummary.init)
      switch format {
      case .text:
        for form in forms {
          let line = MessageCatalogue.shared.text(
            form.isDefault ? "forms.defaultLine" : "forms.line", language.language,
            ["id": form.id, "title": form.title, "year": String(form.year),
             "sections": String(form.sections), "fields": String(form.fields)])
          Terminal.write(line + "\n")
        }
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        Terminal.write(String(decoding: try encoder.encode(forms), as: UTF8.self) + "\n")
      }
    }
  }
}

/// What `shenbao forms` says of one form.
struct FormSummary: Encodable {
  var id: String
  var title: String
  var year: Int
  var sections: Int
  var fields: Int
  var isDefault: Bool

  init(_ form: FormDefinition) {
    id = form.id
    title = form.title
    year = form.year
    sections = form.sections.count
    fields = form.leafFieldCount
    isDefault = form.id == FormLibrary.defaultFormID
  }
}
