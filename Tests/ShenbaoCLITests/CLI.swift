import Foundation
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
