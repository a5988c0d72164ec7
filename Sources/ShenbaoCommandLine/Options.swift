import ArgumentParser
import FoundationEssentials
import ShenbaoCore

extension Language: ExpressibleByArgument {}

/// How reports are written.
package enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// `--lang`: the language of messages.
package struct LanguageOption: ParsableArguments {
  package init() {}

  @Option(name: .customLong("lang"), help: "Language of messages: zh or en.")
  package var language: Language = .zh
}

/// `--format`: text for people, JSON for machines.
package struct FormatOption: ParsableArguments {
  package init() {}

  @Option(help: "Report format: text for people, json for machines.")
  package var format: ReportFormat = .text
}

/// `--force`: replacing an output that exists.
package struct ForceOption: ParsableArguments {
  package init() {}

  @Flag(help: "Replace the output file if it exists.")
  package var force = false
}

/// `--attachments`: where a draft's attachments are.
package struct AttachmentsOption: ParsableArguments {
  package init() {}

  @Option(help: "The folder attachment paths are relative to (default: the draft's folder); for a Word form, its folder of category sub-folders (default: NAME-附件/ or 附件/ beside it).")
  package var attachments: String?

  package var folder: URL? { attachments.map { URL(fileURLWithPath: $0) } }
}

/// `--forms`: folders of forms searched before `SHENBAO_FORMS`, `./forms` and the built-in forms.
package struct FormSearchOption: ParsableArguments {
  package init() {}

  @Option(
    name: .customLong("forms"),
    help: ArgumentHelp("A folder of forms (one sub-folder per form id) searched first; may be repeated. Then SHENBAO_FORMS, ./forms and the built-in forms.", valueName: "DIR"))
  package var folders: [String] = []

  /// The search path.
  package var resolver: FormResolver { .standard(adding: folders) }
}

/// `--form` and `--forms`: the form to use, and where forms are found — the one form
/// resolution every command shares.
package struct FormOption: ParsableArguments {
  package init() {}

  @Option(
    name: .customLong("form"),
    help: ArgumentHelp("A form id on the search path, or a form definition file.", valueName: "ID|FILE"))
  package var reference: String?

  @OptionGroup package var search: FormSearchOption

  /// The search path.
  package var resolver: FormResolver { search.resolver }

  /// How inputs' forms are chosen: `--form` when given, else what each names. One search path
  /// serves both, so each definition on it is read once.
  package func choice(_ language: Language) throws -> FormChoice {
    let resolver = self.resolver
    guard let reference else { return FormChoice(resolver: resolver) }
    do {
      return FormChoice(chosen: try resolver.resolve(reference), resolver: resolver)
    } catch {
      throw Failure(error.line(language))
    }
  }

  /// The form `--form` names, else the default: for commands with no input to name one.
  package func definition(_ language: Language) throws -> FormDefinition {
    let choice = try choice(language)
    do throws(FormError) {
      return try choice.form(named: nil)
    } catch {
      throw Failure(error.line(language))
    }
  }
}

/// A failure that ends the command with exit code 2 and one line on standard error. Every
/// error a command meets becomes one of these, or an exit code, in ``CommandLineMain``.
package struct Failure: Error, CustomStringConvertible {
  package var description: String

  package init(_ description: String) {
    self.description = description
  }
}
