import ArgumentParser
import FoundationEssentials
import Glibc
import ShenbaoKit

/// The `shenbao` command: validates and packages applications for government calls.
@main
struct Shenbao: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shenbao",
    abstract: "Check, write, read and package applications for government calls (申报), each call a form definition.",
    discussion: """
      Exit codes: 0 done with no errors (warnings allowed), 1 findings with errors, \
      2 unreadable input or a wrong command line, 130 interrupted by Ctrl-C.
      """,
    version: ShenbaoVersion.current,
    subcommands: [
      Init.self, Validate.self, Template.self, Render.self, Extract.self, Package.self, Verify.self,
      Batch.self, Serve.self, Forms.self, Rules.self, Schema.self,
    ]
  )

  /// Runs the command, turning every failure into exit code 2 with its message, and help into
  /// exit code 0.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as Failure {
      Terminal.printError(failure.description)
      Glibc.exit(2)
    } catch let code as ExitCode {
      Glibc.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .success {
        print(fullMessage(for: error))
        Glibc.exit(0)
      }
      let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
      Terminal.writeError(lines.map { String($0).escapingControlCharacters }.joined(separator: "\n") + "\n")
      Glibc.exit(2)
    }
  }
}
