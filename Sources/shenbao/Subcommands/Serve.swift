import ArgumentParser

extension Shenbao {
  /// `shenbao serve`: run by `shenbao-serve` (see ``ServeProgram``); here only so that `--help`
  /// lists it.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Serve the forms as web pages: fill, check as you type, keep the draft — offline, on this machine.",
      discussion: "Run by shenbao-serve, installed beside shenbao: see shenbao help serve.")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
      ServeProgram.replaceProcess(arguments: arguments)
    }
  }
}
