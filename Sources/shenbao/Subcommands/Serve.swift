import ArgumentParser
import Dispatch
import FoundationEssentials
import Glibc
import NIOCore
import ShenbaoKit
import ShenbaoServe
import Synchronization

extension Shenbao {
  /// `shenbao serve`: the forms as web pages on this machine.
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Serve the forms as web pages: fill, check as you type, keep the draft — offline, on this machine.",
      discussion: """
        Binds to 127.0.0.1 unless --host says otherwise; any other address requires a token \
        (--token, or one is made and printed), which every request must carry. Ctrl-C stops.
        """)

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

    /// On Ctrl-C or SIGTERM the server lets answers under way finish; one that is still not done
    /// some seconds after the grace period (a conversion that hangs) does not keep the process:
    /// what the requests uploaded is removed and the process ends, 128 + the signal.
    static func endingAfterGrace() -> [DispatchSourceSignal] {
      [SIGINT, SIGTERM].map { number in
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
          DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(WebServer.gracePeriod.components.seconds) + 3)) {
            WebServer.removeUploads()
            _exit(128 + number)
          }
        }
        source.resume()
        return source
      }
    }

    /// 32 hexadecimal digits from the system's random source.
    static func madeToken() -> String {
      var generator = SystemRandomNumberGenerator()
      return (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        .map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// Asks the desktop to open `url`; nothing happens where there is no desktop.
    static func openInBrowser(_ url: String) {
      var pid: pid_t = 0
      let arguments = ["xdg-open", url]
      var pointers = arguments.map { strdup($0) } + [nil]
      defer { pointers.forEach { free($0) } }
      _ = posix_spawnp(&pid, "xdg-open", nil, nil, &pointers, environ)
    }
  }
}
