import ArgumentParser
import Glibc
import ShenbaoCore

/// Runs a command the way both executables do: a ``Failure`` is its one line on standard
/// error and exit code 2, an `ExitCode` is that code, help is printed with exit code 0, and a
/// wrong command line is the parser's message (control characters escaped) and exit code 2.
package enum CommandLineMain {
  package static func run<Command: ParsableCommand>(_ type: Command.Type, arguments: [String]? = nil) -> Never {
    do {
      var command = try type.parseAsRoot(arguments)
      try command.run()
      Glibc.exit(0)
    } catch let failure as Failure {
      Terminal.printError(failure.description)
      Glibc.exit(2)
    } catch let code as ExitCode {
      Glibc.exit(code.rawValue)
    } catch {
      if type.exitCode(for: error) == .success {
        print(type.fullMessage(for: error))
        Glibc.exit(0)
      }
      let lines = type.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
      Terminal.writeError(lines.map { String($0).escapingControlCharacters }.joined(separator: "\n") + "\n")
      Glibc.exit(2)
    }
  }
}
