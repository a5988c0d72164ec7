import FoundationEssentials
import Glibc

/// Runs another program, found on `PATH`, to its end: its output discarded, its run bounded by
/// a time limit after which it is killed.
package enum ChildProcess {
  /// How a run ended.
  package enum Outcome: Equatable {
    case exited(Int32)
    case killed(signal: Int32)
    case timedOut
    /// The program could not be started; `errno`.
    case notStarted(Int32)
  }

  /// The first of `names` found as an executable file on `PATH`.
  package static func find(_ names: [String], path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where !folder.isEmpty {
        let candidate = folder.appendingPathComponent(name)
        if access(candidate, X_OK) == 0, !FileManager.default.isDirectory(at: URL(fileURLWithPath: candidate)) {
          return candidate
        }
      }
    }
    return nil
  }

  /// Runs `executable` with `arguments` in `environment` (the current one when `nil`), standard
  /// input and output to `/dev/null`, for at most `seconds`.
  package static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    seconds: Double) -> Outcome
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let pairs = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let envp = pairs.map { strdup($0) } + [nil]
    defer { envp.forEach { free($0) } }
    var child = pid_t()
    let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
    guard status == 0 else { return .notStarted(status) }

    let deadline = Date().addingTimeInterval(seconds)
    var waited: Int32 = 0
    while true {
      let result = waitpid(child, &waited, WNOHANG)
      if result == child { break }
      if result < 0, errno != EINTR { return .exited(-1) }
      if Date() > deadline {
        kill(child, SIGKILL)
        _ = waitpid(child, &waited, 0)
        return .timedOut
      }
      usleep(20_000)
    }
    // The wait status: the low seven bits are the signal that ended the child, if one did.
    let signal = waited & 0x7F
    return signal == 0 ? .exited((waited >> 8) & 0xFF) : .killed(signal: signal)
  }
}
