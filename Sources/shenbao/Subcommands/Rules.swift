import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoDesk

extension Shenbao {
  /// `shenbao rules`: every finding code, its severity and meaning.
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract: "List every finding code with its severity and meaning.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, markdown
    }

    @Option(help: "Output format: text, json or markdown (the README's table).")
    var format: Format = .text

    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let descriptions = FindingCodes.descriptions(in: language.language, form: try form.definition(language.language))
      switch format {
      case .text:
        let width = descriptions.map(\.code.count).max() ?? 0
        for rule in descriptions {
          let code = rule.code + String(repeating: " ", count: width - rule.code.count)
          let severity = rule.severity.rawValue + String(repeating: " ", count: max(0, 7 - rule.severity.rawValue.count))
          Terminal.write("\(code)  \(severity)  \(rule.summary)\n")
        }
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        Terminal.write(String(decoding: try encoder.encode(descriptions), as: UTF8.self) + "\n")
      case .markdown:
        Terminal.write(RuleTable.markdown(descriptions))
      }
    }
  }
}
