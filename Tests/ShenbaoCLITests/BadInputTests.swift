import Foundation
import Testing

/// Input that cannot be read exits 2 with one line naming the file and the problem.
@Suite("Unreadable input", .serialized)
struct BadInputTests {
  func expectOneLineFailure(_ name: String, _ workspace: Workspace, mentioning words: [String]) throws {
    let run = try CLI.run(["validate", name], in: workspace.folder)
    #expect(run.status == 2, "\(name)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.count == 1, "\(run.stderr)")
    let line = run.stderrLines.first ?? ""
    #expect(line.hasPrefix(name), "\(line)")
    for word in words { #expect(line.contains(word), "\(line) lacks \(word)") }
    #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrac"))
  }

  @Test func gbkText() throws {
    let workspace = try Workspace(withExample: false)
    let gbk = Data("form: shanghai-ip-operations-2021\nunit:\n  name: ".utf8)
      + Data([0xC9, 0xEA, 0xB1, 0xA8, 0xB5, 0xA5, 0xCE, 0xBB]) + Data("\n".utf8)
    try gbk.write(to: workspace.url("gbk.yaml"))
    try expectOneLineFailure("gbk.yaml", workspace, mentioning: ["UTF-8", "GBK"])
  }

  @Test func malformedYAML() throws {
    let workspace = try Workspace(withExample: false)
    try "unit:\n  name: [a, b\n  bank: c\n".write(to: workspace.url("bad.yaml"), atomically: true, encoding: .utf8)
    try expectOneLineFailure("bad.yaml", workspace, mentioning: ["YAML"])
  }

  @Test func topLevelList() throws {
    let workspace = try Workspace(withExample: false)
    try "- a\n- b\n".write(to: workspace.url("list.yaml"), atomically: true, encoding: .utf8)
    try expectOneLineFailure("list.yaml", workspace, mentioning: ["列表"])
  }

  @Test func fiftyMegabytes() throws {
    let workspace = try Workspace(withExample: false)
    let url = workspace.url("big.yaml")
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 50 * 1024 * 1024)
    try handle.close()
    let start = Date()
    try expectOneLineFailure("big.yaml", workspace, mentioning: ["50 MB", "8 MB"])
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func missingPathAndDirectory() throws {
    let workspace = try Workspace(withExample: false)
    try expectOneLineFailure("none.yaml", workspace, mentioning: ["不存在"])
    try FileManager.default.createDirectory(at: workspace.url("folder.yaml"), withIntermediateDirectories: true)
    try expectOneLineFailure("folder.yaml", workspace, mentioning: ["文件夹"])
  }

  @Test func duplicateKey() throws {
    let workspace = try Workspace(withExample: false)
    try "form: x\nform: y\n".write(to: workspace.url("dup.yaml"), atomically: true, encoding: .utf8)
    try expectOneLineFailure("dup.yaml", workspace, mentioning: ["dup.yaml:1:1: ", "“form”"])
  }

  @Test func unknownFormNamedByTheDraft() throws {
    let workspace = try Workspace(withExample: false)
    try "form: beijing-2030\n".write(to: workspace.url("other.yaml"), atomically: true, encoding: .utf8)
    try expectOneLineFailure("other.yaml", workspace, mentioning: ["beijing-2030", "shanghai-ip-operations-2021"])
  }

  @Test func oneUnreadableFileAmongGoodOnes() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["validate", "draft.yaml", "none.yaml"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stdout.contains("draft.yaml: 已填"))
    #expect(run.stderrLines == ["none.yaml: 文件不存在"])
  }

  @Test func wrongCommandLine() throws {
    #expect(try CLI.run(["validate"]).status == 2)
    #expect(try CLI.run(["validate", "--format", "xml", "a.yaml"]).status == 2)
    #expect(try CLI.run(["frobnicate"]).status == 2)
    #expect(try CLI.run(["--help"]).status == 0)
  }
}
