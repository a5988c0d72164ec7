import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// Removes partial output when the process is interrupted (Ctrl-C, SIGTERM, SIGHUP), so an
/// interrupted command leaves nothing half-written behind.
///
/// One handler serves the whole process: work registers the prefixes of its temporary files
/// while it runs. A command that wants to wind down on the first signal (a batch finishing its
/// summary) installs a hook; the second signal, or any signal without a hook, removes every
/// registered file and exits with 128 + the signal's number.
public enum InterruptCleanup {
  private struct State {
    var installed = false
    var handledElsewhere = false
    var next = 0
    var registered: [Int: (folder: URL, prefix: String)] = [:]
    var hook: (@Sendable (Int32) -> Void)?
    var signals = 0
  }

  private static let state = Mutex(State())
  // Written once, by the one call that installs the handler; kept so the sources live.
  private nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

  /// Runs `body`; if a signal ends the process meanwhile, every file in `folder` whose name
  /// starts with `prefix` is removed first.
  public static func protecting<T, E: Error>(
    folder: URL, prefix: String, _ body: () throws(E) -> T
  ) throws(E) -> T {
    let token = register(folder: folder, prefix: prefix)
    defer { unregister(token) }
    return try body()
  }

  /// Until ``unregister(_:)`` is called with the token returned, a signal that ends the process
  /// first removes every file in `folder` whose name starts with `prefix`.
  public static func register(folder: URL, prefix: String) -> Int {
    installIfNeeded()
    return state.withLock { state in
      state.next += 1
      state.registered[state.next] = (folder, prefix)
      return state.next
    }
  }

  /// Forgets what ``register(folder:prefix:)`` registered.
  public static func unregister(_ token: Int) {
    _ = state.withLock { $0.registered.removeValue(forKey: token) }
  }

  /// Leaves the signals to the process's own handling (a server that stops on them): no handler
  /// is installed, and partial output is the caller's to remove.
  public static func leaveSignalsAlone() {
    state.withLock { $0.handledElsewhere = true }
  }

  /// Calls `hook` on the first signal instead of ending the process; the second signal ends it.
  /// `nil` removes the hook.
  public static func onFirstSignal(_ hook: (@Sendable (Int32) -> Void)?) {
    installIfNeeded()
    state.withLock { $0.hook = hook }
  }

  /// Removes the files of `folder` whose names start with `prefix`.
  public static func removeFiles(in folder: URL, prefix: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      unlink(folder.appendingPathComponent(name).path)
    }
  }

  private static func installIfNeeded() {
    let first = state.withLock { state -> Bool in
      defer { state.installed = true }
      return !state.installed && !state.handledElsewhere
    }
    guard first else { return }
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { handle(number) }
      source.resume()
      sources.append(source)
    }
  }

  private static func handle(_ number: Int32) {
    let (hook, registered) = state.withLock { state in
      state.signals += 1
      return (state.signals == 1 ? state.hook : nil, Array(state.registered.values))
    }
    if let hook {
      hook(number)
      return
    }
    for (folder, prefix) in registered { removeFiles(in: folder, prefix: prefix) }
    // `_exit`, not `exit`: the main thread is still at work, and the libraries' exit handlers
    // and destructors must not run under it.
    _exit(128 + number)
  }
}
