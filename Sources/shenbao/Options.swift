import ArgumentParser
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

/// `--form`: the form definition to check against.
struct FormOption: ParsableArguments {
  @Option(
    name: .customLong("form"),
    help: ArgumentHelp("A built-in form id or a form definition file.", valueName: "ID|FILE"))
  var reference: String?

  /// The chosen form, or `nil` when none was named.
  func resolve(_ language: Language) throws -> FormDefinition? {
    guard let reference else { return nil }
    do {
      return try FormLibrary.resolve(reference)
    } catch {
      throw Failure(error.line(language))
    }
  }
}

/// A failure that ends the command with exit code 2 and one line on standard error.
struct Failure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
