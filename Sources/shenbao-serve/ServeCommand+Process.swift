import Dispatch
import Glibc
import ShenbaoServe

/// What the server's process does beside serving: its token, the browser, its end.
extension ServeCommand {
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
