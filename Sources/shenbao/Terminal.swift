import Foundation

/// What the process's standard streams are connected to.
enum Terminal {
  /// `true` when standard output is a terminal that takes colour: not piped, `NO_COLOR` unset,
  /// `TERM` not `dumb`.
  static var standardOutputTakesColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
      && environment["TERM"] != "dumb"
  }

  /// Writes `text` to standard error as it is.
  static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Writes `text` to standard output as it is.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
