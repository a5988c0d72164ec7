import Foundation
import ShenbaoSupport
import Testing

/// One property over every hostile input there is: the ZIP, DOCX and draft corpora of
/// `Tests/Interop/make_hostile_*.py` and every input a fuzzer ever found (`Tests/Fuzz/`). The
/// shipped binary (the static release build) ends each with exit 1 or 2, at most three lines on
/// standard error, within 2 s of processor time and under 256 MB.
@Suite("Hostile input", .serialized)
struct HostileCorpusTests {
  /// A file of the corpus and the command that reads it.
  struct Case {
    var file: URL
    var arguments: [String]
  }

  static let cpuLimit = 2.0
  static let memoryLimitMegabytes = 256.0

  func corpus(in workspace: Workspace) throws -> [Case] {
    let interop = Repository.root.appendingPathComponent("Tests/Interop")
    let binary = Measured.releaseBinary.path
    var cases: [Case] = []
    func generate(_ script: String, _ arguments: [String]) throws {
      let made = try CLI.tool("python3", [interop.appendingPathComponent(script).path] + arguments)
      #expect(made.status == 0, "\(script): \(made.stdout)")
    }
    func files(_ folder: URL) -> [URL] {
      ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .filter { !$0.lastPathComponent.hasPrefix(".") && $0.lastPathComponent != "README.md" }
        .sorted { $0.path < $1.path }
    }
    func reading(_ file: URL) -> [String] {
      file.pathExtension == "zip" ? ["verify", file.path] : ["validate", file.path]
    }

    let zips = workspace.url("zips")
    try FileManager.default.createDirectory(at: zips, withIntermediateDirectories: true)
    try generate("make_hostile_zips.py", [zips.path])

    // The DOCX corpus derives hostile counts from a real form, rendered from a draft with an
    // error so that every document read in full still ends with exit 1.
    try workspace.editedDraft("bad.yaml", [("recommender: 市教委", "recommender: 市发改委")])
    _ = try CLI.run(["render", "bad.yaml", "-o", "bad.docx"], in: workspace.folder)
    #expect(FileManager.default.fileExists(atPath: workspace.url("bad.docx").path))
    let documents = workspace.url("documents")
    try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
    try generate("make_hostile_docx.py", [documents.path, workspace.url("bad.docx").path])

    let drafts = workspace.url("drafts")
    try generate("make_hostile_drafts.py", [workspace.url("draft.yaml").path, drafts.path])

    for folder in [zips, documents, drafts] {
      cases += files(folder).map { Case(file: $0, arguments: reading($0)) }
    }
    let regressions = Repository.root.appendingPathComponent("Tests/Fuzz")
    for harness in ["Draft", "Docx", "Bundle"] {
      cases += files(regressions.appendingPathComponent(harness)).map { Case(file: $0, arguments: reading($0)) }
    }
    cases += files(regressions.appendingPathComponent("Form")).map { file in
      Case(file: file, arguments: ["validate", "--form", file.path, workspace.url("draft.yaml").path])
    }
    #expect(FileManager.default.isExecutableFile(atPath: binary), "build it first: make release")
    return cases
  }

  @Test func everyHostileInputEndsCleanlyQuicklyAndSmall() throws {
    let workspace = try Workspace()
    let cases = try corpus(in: workspace)
    #expect(cases.count >= 60, "\(cases.count) hostile files")
    for item in cases {
      let name = item.file.lastPathComponent
      let run = try Measured.run(Measured.releaseBinary, item.arguments)
      #expect(run.status == 1 || run.status == 2, "\(name): exit \(run.status) \(run.stderr)")
      #expect(run.stderrLines.count <= 3, "\(name): \(run.stderr.prefix(600))")
      #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Backtrace"), "\(name)")
      // Messages speak of the input, never of the program's own types.
      #expect(!run.stderr.contains("ShenbaoKit") && !run.stderr.contains("Error("), "\(name): \(run.stderr)")
      #expect(run.cpuSeconds <= Self.cpuLimit, "\(name): \(run.cpuSeconds) s")
      #expect(run.maxRSSMegabytes <= Self.memoryLimitMegabytes, "\(name): \(run.maxRSSMegabytes) MB")
    }
  }

  @Test func inputNeverActsOnTheTerminal() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("escapes.yaml", [
      ("recommender: 市教委", "recommender: \"\\e[2J\\e[31m市\\u202Egnp.exe\\u0007\""),
    ])
    let run = try CLI.run(["validate", "escapes.yaml"], in: workspace.folder)
    #expect(run.status == 1)
    let line = try #require(run.stdoutLines.first { $0.contains("recommender-not-eligible") })
    #expect(line.contains("\\u{1B}[2J") && line.contains("\\u{202E}") && line.contains("\\u{7}"), "\(line)")
    #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 })
  }
}
