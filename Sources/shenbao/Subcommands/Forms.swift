import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport

extension Shenbao {
  /// `shenbao forms`: the forms on the search path, and checking a form definition.
  struct Forms: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forms",
      abstract: "List the forms on the search path, or check form definitions.",
      subcommands: [List.self, Check.self],
      defaultSubcommand: List.self)
  }
}

extension Shenbao.Forms {
  /// `shenbao forms [list]`: every form the search path offers, where it comes from, and
  /// whether it reads.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the forms: --forms folders, SHENBAO_FORMS, ./forms, then the built-in forms.",
      discussion: "A folder form that does not read is listed with its problem, and the exit code is 2.")

    @OptionGroup var reportFormat: FormatOption
    @OptionGroup var search: FormSearchOption
    @OptionGroup var language: LanguageOption

    func run() throws {
      let lang = language.language
      let entries = search.resolver.available().map { FormEntry($0, language: lang) }
      switch reportFormat.format {
      case .text:
        for entry in entries { Terminal.write(entry.line(lang) + "\n") }
      case .json:
        Terminal.write(try FormEntry.json(entries) + "\n")
      }
      if entries.contains(where: { $0.problem != nil }) { throw ExitCode(2) }
    }
  }

  /// `shenbao forms check FILE…`: does each definition describe a usable form?
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check form definition files: every key, reference, relation and layout.",
      discussion: "Each file gets one line: its form, or its first problem as FILE:LINE:COLUMN. Exit code 2 when any is unusable.")

    @Argument(help: "Form definition files (form.yaml), or form folders holding one.")
    var files: [String]

    @OptionGroup var reportFormat: FormatOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("Name at least one form definition.") }
    }

    func run() throws {
      let lang = language.language
      let entries = files.map { path -> FormEntry in
        var url = URL(fileURLWithPath: path)
        var isFolder = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder {
          url = url.appendingPathComponent("form.yaml")
        }
        let result: Result<FormDefinition, FormError>
        do throws(FormError) {
          result = .success(try FormLibrary.load(url))
        } catch {
          result = .failure(error)
        }
        return FormEntry((id: "", origin: url.path, form: result), language: lang)
      }
      switch reportFormat.format {
      case .text:
        for entry in entries {
          if entry.problem != nil {
            Terminal.printError(entry.line(lang))
          } else {
            Terminal.write(entry.line(lang) + "\n")
          }
        }
      case .json:
        Terminal.write(try FormEntry.json(entries) + "\n")
      }
      if entries.contains(where: { $0.problem != nil }) { throw ExitCode(2) }
    }
  }
}

/// What `shenbao forms` says of one form: the form, or why it cannot be used.
struct FormEntry: Encodable {
  var id: String
  var title: String?
  var year: Int?
  var sections: Int?
  var fields: Int?
  var relations: Int?
  var isDefault: Bool
  /// The definition file, or `nil` for a built-in form.
  var file: String?
  var problem: String?
  private var error: FormError?

  private enum CodingKeys: String, CodingKey {
    case id, title, year, sections, fields, relations, isDefault, file, problem
  }

  init(_ found: (id: String, origin: String, form: Result<FormDefinition, FormError>), language: Language) {
    file = found.origin.isEmpty ? nil : found.origin
    switch found.form {
    case .success(let form):
      id = form.id
      title = form.title
      year = form.year
      sections = form.sections.count
      fields = form.leafFieldCount
      relations = form.relations.count
      isDefault = form.id == FormLibrary.defaultFormID
    case .failure(let error):
      id = found.id
      isDefault = false
      self.error = error
      problem = error.line(language)
    }
  }

  /// One line: the form, where it is from, and its size; or the problem, naming file and line.
  func line(_ language: Language) -> String {
    if let error { return error.line(language) }
    let catalogue = MessageCatalogue.shared
    var line = catalogue.text(isDefault ? "forms.defaultLine" : "forms.line", language,
      ["id": id, "title": title ?? "", "year": year.map(String.init) ?? "",
       "sections": String(sections ?? 0), "fields": String(fields ?? 0)])
    line += "  " + (file ?? catalogue.text("forms.builtIn", language))
    return line
  }

  static func json(_ entries: [FormEntry]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(entries), as: UTF8.self)
  }
}
