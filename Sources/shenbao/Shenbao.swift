import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore

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

  /// Runs the command; `serve` (and `help serve`) is `shenbao-serve`'s, run in this process's
  /// place, so that every other command starts without a web server in it.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "serve" || arguments.starts(with: ["help", "serve"]) {
      let rest = arguments.first == "serve" ? Array(arguments.dropFirst()) : ["--help"]
      ServeProgram.replaceProcess(arguments: rest)
    }
    CommandLineMain.run(Shenbao.self)
  }
}
