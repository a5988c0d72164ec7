import Foundation
import ShenbaoSupport
import Testing

/// Runs the built `shenbao` binary and captures what it prints.
enum CLI {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// The binary: `SHENBAO_BIN`, or `shenbao` beside the test bundle, or the package's debug build.
  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["SHENBAO_BIN"] {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
      candidates.append(bundle.appendingPathComponent("shenbao"))
    }
    candidates.append(Repository.root.appendingPathComponent(".build/debug/shenbao"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[candidates.count - 1]
  }()

  /// Runs `shenbao arguments…` in `folder`, with colour off (output is a pipe anyway).
  static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:])
    throws -> Run
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Starts `shenbao arguments…` in `folder` with its output discarded, for a test that
  /// interrupts it.
  static func start(_ arguments: [String], in folder: URL) throws -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs an external tool (python3, check-jsonschema); `nil` status when it cannot start.
  static func tool(_ command: String, _ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [command] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
  }
}

/// Paths of the repository, found from this file's place in it.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let exampleFolder = root.appendingPathComponent("forms/shanghai-ip-operations-2021/example")
}

/// A fresh temporary folder holding a copy of the example application.
final class Workspace {
  let folder: URL

  init(withExample: Bool = true) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("shenbao-cli-\(UUID().uuidString)")
    if withExample {
      try FileManager.default.copyItem(at: Repository.exampleFolder, to: folder)
    } else {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

  /// The example draft with each `old` replaced by its `new`, written as `name`.
  func editedDraft(_ name: String, _ edits: [(String, String)]) throws {
    var text = try String(contentsOf: url("draft.yaml"), encoding: .utf8)
    for (old, new) in edits {
      #expect(text.contains(old), "the example contains \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    try text.write(to: url(name), atomically: true, encoding: .utf8)
  }
}

/// Runs a binary as the system sees it: its exit status, what it wrote to standard error, and
/// what it cost in processor time and memory (from `wait4`), with standard output discarded.
enum Measured {
  struct Run {
    var status: Int32
    var stderr: String
    var cpuSeconds: Double
    var wallSeconds: Double
    var maxRSSMegabytes: Double

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// The release binary, which `make test` builds: what `make install` ships and what speed and
  /// memory are held to.
  static let releaseBinary = Repository.root.appendingPathComponent(".build/release/shenbao")

  static func run(_ binary: URL, _ arguments: [String]) throws -> Run {
    let errors = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: errors) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let wall = Date().timeIntervalSince(start)
    let signal = status & 0x7F
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    return Run(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal, stderr: stderr,
      cpuSeconds: cpu, wallSeconds: wall, maxRSSMegabytes: Double(usage.ru_maxrss) / 1024)
  }
}
