import Dispatch
import Foundation

/// Removes partial output when the process is interrupted (Ctrl-C, SIGTERM, SIGHUP), so an
/// interrupted command leaves nothing half-written behind.
public enum InterruptCleanup {
  /// Runs `body`; if a signal arrives meanwhile, every file in `folder` whose name starts with
  /// `prefix` is removed and the process exits with 128 + the signal's number.
  public static func protecting<T, E: Error>(
    folder: URL, prefix: String, _ body: () throws(E) -> T
  ) throws(E) -> T {
    let signals = [SIGINT, SIGTERM, SIGHUP]
    let sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        removeFiles(in: folder, prefix: prefix)
        exit(128 + number)
      }
      source.resume()
      return source
    }
    defer {
      for (number, source) in zip(signals, sources) {
        source.cancel()
        signal(number, SIG_DFL)
      }
    }
    return try body()
  }

  /// Removes the files of `folder` whose names start with `prefix`.
  public static func removeFiles(in folder: URL, prefix: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      unlink(folder.appendingPathComponent(name).path)
    }
  }
}
