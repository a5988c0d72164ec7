import FoundationEssentials
import Glibc
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport

/// `shenbao-serve`, the web server's own executable, which `shenbao serve` becomes: found beside
/// this binary (as `make install` puts it), else on `PATH`.
enum ServeProgram {
  static let name = "shenbao-serve"

  /// The program, or `nil` when it is installed nowhere.
  static func path() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
      let own = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let beside = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path
      if access(beside, X_OK) == 0 { return beside }
    }
    return ChildProcess.find([name])
  }

  /// Becomes `shenbao-serve arguments…`: one process, so exit codes, signals and the standard
  /// streams are the server's own. When it is missing, says so in one line, exit code 2.
  static func replaceProcess(arguments: [String]) -> Never {
    let language: Language = zip(arguments, arguments.dropFirst()).contains { $0 == ("--lang", "en") }
      || arguments.contains("--lang=en") ? .en : .zh
    guard let path = path() else {
      Terminal.printError(MessageCatalogue.shared.text("failure.noServeProgram", language, ["name": name]))
      exit(2)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    execv(path, argv)
    Terminal.printError(path + ": " + SystemError.message(errno, language))
    exit(2)
  }
}
