import ArgumentParser
import Dispatch
import FoundationEssentials
import Glibc
import NIOCore
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoServe
import Synchronization

/// `shenbao serve`: the forms as web pages on this machine — an executable of its own, which
/// `shenbao serve` runs, so that no other command carries the web server.
@main
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shenbao serve",
    abstract: "Serve the forms as web pages: fill, check as you type, keep the draft — offline, on this machine.",
    discussion: """
      Binds to 127.0.0.1 unless --host says otherwise; any other address requires a token \
      (--token, or one is made and printed), which every request must carry. Ctrl-C stops.
      """,
    version: ShenbaoVersion.current)

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port).")
  var port = 8600

  @Option(help: "The token every request must carry (required off loopback; made when not given).")
  var token: String?

  @Flag(help: "Open the page in the default browser.")
  var open = false

  @OptionGroup var search: FormSearchOption
  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
    if let token, token.count < 8 || !token.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
      throw ValidationError("--token must be at least 8 letters, digits, - or _.")
    }
  }

  func run() throws {
    let lang = language.language
    var configuration = WebServer.Configuration(host: host, port: port, token: token,
      forms: FormChoice(resolver: search.resolver), language: lang)
    if !configuration.isLoopback, configuration.token == nil { configuration.token = Self.madeToken() }
    let token = configuration.token
    let server = WebServer(configuration)
    let failure = Mutex<String?>(nil)
    let done = DispatchSemaphore(value: 0)
    let address = host.contains(":") ? "[\(host)]" : host
    let announce = open
    let watchdog = Self.endingAfterGrace()
    defer { withExtendedLifetime(watchdog) {} }
    Task {
      do {
        try await server.run { bound in
          var url = "http://\(address):\(bound)/"
          if let token { url += "?token=\(token)" }
          Terminal.write(MessageCatalogue.shared.text("web.serving", lang, ["url": url]) + "\n")
          if token != nil { Terminal.printError(MessageCatalogue.shared.text("web.tokenNote", lang)) }
          if announce { Self.openInBrowser(url) }
        }
      } catch let error as IOError {
        failure.withLock { $0 = SystemError.message(error.errnoCode, lang) }
      } catch is SocketAddressError.UnknownHost {
        failure.withLock { $0 = MessageCatalogue.shared.text("web.unknownHost", lang) }
      } catch is SocketAddressError {
        failure.withLock { $0 = MessageCatalogue.shared.text("web.unknownHost", lang) }
      } catch {
        failure.withLock { $0 = SystemError.message(SystemError.code(of: error), lang) }
      }
      done.signal()
    }
    done.wait()
    if let reason = failure.withLock({ $0 }) {
      throw Failure(MessageCatalogue.shared.text("web.cannotServe", lang, ["address": "\(address):\(port)", "reason": reason]))
    }
  }

  static func main() {
    CommandLineMain.run(ServeCommand.self)
  }
}
