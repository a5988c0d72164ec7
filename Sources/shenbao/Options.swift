import ArgumentParser
import FoundationEssentials
import ShenbaoKit

extension Language: ExpressibleByArgument {}

/// How reports are written.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// `--lang`: the language of messages.
struct LanguageOption: ParsableArguments {
  @Option(name: .customLong("lang"), help: "Language of messages: zh or en.")
  var language: Language = .zh
}

/// `--format`: text for people, JSON for machines.
struct FormatOption: ParsableArguments {
  @Option(help: "Report format: text for people, json for machines.")
  var format: ReportFormat = .text
}

/// `--force`: replacing an output that exists.
struct ForceOption: ParsableArguments {
  @Flag(help: "Replace the output file if it exists.")
  var force = false
}

/// `--attachments`: where a draft's attachments are.
struct AttachmentsOption: ParsableArguments {
  @Option(help: "The folder attachment paths are relative to (default: the draft's folder); for a Word form, its folder of category sub-folders (default: NAME-附件/ or 附件/ beside it).")
  var attachments: String?

  var folder: URL? { attachments.map { URL(fileURLWithPath: $0) } }
}

/// `--forms`: folders of forms searched before `SHENBAO_FORMS`, `./forms` and the built-in forms.
struct FormSearchOption: ParsableArguments {
  @Option(
    name: .customLong("forms"),
    help: ArgumentHelp("A folder of forms (one sub-folder per form id) searched first; may be repeated. Then SHENBAO_FORMS, ./forms and the built-in forms.", valueName: "DIR"))
  var folders: [String] = []

  /// The search path.
  var resolver: FormResolver { .standard(adding: folders) }
}

/// `--form` and `--forms`: the form to use, and where forms are found — the one form
/// resolution every command shares.
struct FormOption: ParsableArguments {
  @Option(
    name: .customLong("form"),
    help: ArgumentHelp("A form id on the search path, or a form definition file.", valueName: "ID|FILE"))
  var reference: String?

  @OptionGroup var search: FormSearchOption

  /// The search path.
  var resolver: FormResolver { search.resolver }

  /// How inputs' forms are chosen: `--form` when given, else what each names. One search path
  /// serves both, so each definition on it is read once.
  func choice(_ language: Language) throws -> FormChoice {
    let resolver = self.resolver
    guard let reference else { return FormChoice(resolver: resolver) }
    do {
      return FormChoice(chosen: try resolver.resolve(reference), resolver: resolver)
    } catch {
      throw Failure(error.line(language))
    }
  }

  /// The form `--form` names, else the default: for commands with no input to name one.
  func definition(_ language: Language) throws -> FormDefinition {
    let choice = try choice(language)
    do throws(FormError) {
      return try choice.form(named: nil)
    } catch {
      throw Failure(error.line(language))
    }
  }
}

/// A failure that ends the command with exit code 2 and one line on standard error. Every
/// error a command meets becomes one of these, or an exit code, in `Shenbao.main`.
struct Failure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
