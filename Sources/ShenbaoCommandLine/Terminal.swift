import FoundationEssentials
import Glibc
import ShenbaoCore
import ShenbaoSupport

/// What the process's standard streams are connected to.
package enum Terminal {
  /// `true` when standard output is a terminal that takes colour: not piped, `NO_COLOR` unset,
  /// `TERM` not `dumb`.
  package static var standardOutputTakesColor: Bool {
    let environment = ProcessInfo.processInfo.environment
    return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
      && environment["TERM"] != "dumb"
  }

  /// Writes the line `text` to standard error, its control characters escaped: a one-line
  /// reason quotes names and values from the input, which must not act on the terminal.
  package static func printError(_ text: String) {
    let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
    writeError(line.escapingControlCharacters + "\n")
  }

  /// Writes a report, already made safe line by line by its formatter, to standard error.
  package static func writeError(_ report: String) {
    try? FileDescriptor.standardError.write(Data(report.utf8))
  }

  /// Writes `text` to standard output as it is.
  package static func write(_ text: String) {
    try? FileDescriptor.standardOutput.write(Data(text.utf8))
  }
}
