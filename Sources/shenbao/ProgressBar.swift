import FoundationEssentials
import Glibc
import ShenbaoCommandLine
import ShenbaoDesk
import ShenbaoSupport
import Synchronization

/// A progress line on standard error — stage, count, bar, elapsed time, time left, current
/// file — drawn only when standard error is a terminal, at most ten times a second.
final class ProgressBar: Sendable {
  private struct State {
    var lastDraw = Date.distantPast
    var drawn = false
  }

  private let start = Date()
  private let enabled: Bool
  private let state = Mutex(State())

  init() {
    enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// Shows how far `progress` is, in the stage named `stage`.
  func update(_ progress: BatchRunner.Progress, stage: String) {
    guard enabled else { return }
    let now = Date()
    let line: String? = state.withLock { state in
      guard now.timeIntervalSince(state.lastDraw) >= 0.1 || progress.done == progress.total else { return nil }
      state.lastDraw = now
      state.drawn = true
      let elapsed = now.timeIntervalSince(start)
      let fraction = progress.fraction
      let left = fraction == 0 ? 0 : elapsed / fraction * (1 - fraction)
      let width = 24
      let filled = Int(fraction * Double(width))
      let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      let current = progress.current
      let name = current.count > 32 ? "…" + current.suffix(31) : current
      return "\r\u{1B}[2K\(stage) \(progress.done)/\(progress.total) [\(bar)] "
        + "\(Self.clock(elapsed)) ETA \(Self.clock(left)) \(name)"
    }
    if let line { Terminal.writeError(line) }
  }

  /// Clears the line, so what follows starts clean.
  func finish() {
    guard enabled, state.withLock({ $0.drawn }) else { return }
    Terminal.writeError("\r\u{1B}[2K")
  }

  static func clock(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded())
    return "\((whole / 60).zeroPadded(2)):\((whole % 60).zeroPadded(2))"
  }
}
