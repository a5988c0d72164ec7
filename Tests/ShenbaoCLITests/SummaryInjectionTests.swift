import Foundation
import ShenbaoSupport
import Testing

/// Drafts whose unit, project, file and folder names are formulas and markup, through `batch`,
/// `verify -o` and the department's page: every CSV cell opens as text in LibreOffice Calc with
/// formulas evaluated, and the HTML summary shows the markup as text.
@Suite("Formulas and markup in the summaries", .serialized)
struct SummaryInjectionTests {
  /// Unit names a spreadsheet would run, as OWASP's guidance on CSV injection lists them.
  static let formulas = ["=HYPERLINK(\"http://example.com/x\",\"点此\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
    "\t=1+1", "\r=2+2", "＝3+3", "＋4", "－5", "＠A1"]
  /// A unit whose name holds a formula after a semicolon, for a spreadsheet that splits on it.
  static let semicolon = "x;=6+6"
  static let markup = "<script>alert(1)</script>\"onmouseover=\"alert(2)"

  /// A folder of applications: one draft per formula as the unit's name, one in a folder named
  /// as a formula, one in a file so named, the project named with markup.
  func applications(in workspace: Workspace) throws {
    func quoted(_ text: String) throws -> String { String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }
    let project = try quoted(Self.markup)
    for (index, unit) in (Self.formulas + [Self.semicolon]).enumerated() {
      try workspace.editedDraft("in-\(index).yaml", [
        ("applicant: 上海浦江高校技术转移服务中心", "applicant: \(try quoted(unit))"),
        ("  name: 上海浦江高校技术转移服务中心", "  name: \(try quoted(unit))"),
        ("projectName: 上海高校知识产权运营促进中心建设项目", "projectName: \(project)"),
      ])
    }
    let folder = workspace.url("in")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("=cmd|calc"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: workspace.url("附件"), to: folder.appendingPathComponent("附件"))
    try FileManager.default.copyItem(at: workspace.url("附件"), to: folder.appendingPathComponent("=cmd|calc/附件"))
    for index in 0...Self.formulas.count {
      try FileManager.default.moveItem(at: workspace.url("in-\(index).yaml"), to: folder.appendingPathComponent("app-\(index).yaml"))
    }
    try FileManager.default.copyItem(at: workspace.url("draft.yaml"), to: folder.appendingPathComponent("=cmd|calc/draft.yaml"))
    try FileManager.default.copyItem(at: workspace.url("draft.yaml"), to: folder.appendingPathComponent("=1+1.yaml"))
    try FileManager.default.copyItem(at: workspace.url("draft.yaml"), to: folder.appendingPathComponent(" =7+7.yaml"))
  }

  /// What Python's csv module, LibreOffice Calc and an HTML parser make of a summary.
  func read(_ arguments: [String]) throws -> [String: Any] {
    let script = Repository.root.appendingPathComponent("Tests/Interop/summary_cells.py").path
    let run = try CLI.tool("python3", [script] + arguments)
    #expect(run.status == 0, "\(run.stdout)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
  }

  /// Every cell is text: none starts as a formula would, none is read as one, each formula is
  /// still there to read after its leading quote, and the markup is there as written.
  func expectText(_ seen: [String: Any], holding formulas: [String]) {
    #expect(seen["formulaLike"] as? [String] == [], "\(seen["formulaLike"] ?? "")")
    #expect(seen["formulaLikeBySemicolon"] as? [String] == [], "\(seen["formulaLikeBySemicolon"] ?? "")")
    #expect(seen["calcFormulas"] as? [String] == [], "\(seen["calcFormulas"] ?? "")")
    let cells = Set((seen["cells"] as? [String]) ?? [])
    for value in formulas {
      #expect(cells.contains("'" + value), "\(value.debugDescription) in \(cells)")
    }
    #expect(cells.contains(Self.markup))
    #expect(cells.contains("x;'=6+6"))
    #expect((seen["calcCells"] as? Int ?? 0) > cells.count / 2)
  }

  /// The markup is the page's text, never its elements: one script (the page's own), no handler.
  func expectEscaped(_ page: Any?) {
    let page = page as? [String: Any] ?? [:]
    #expect(page["scripts"] as? Int == 1, "\(page)")
    #expect(page["handlers"] as? [String] == [], "\(page)")
    #expect((page["text"] as? String)?.contains(Self.markup) == true)
  }

  @Test func batchAndVerifyWriteFormulasAsText() throws {
    let workspace = try Workspace()
    try applications(in: workspace)
    let batch = try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder)
    #expect(batch.status == 0, "\(batch.stdout)\(batch.stderr)")
    // A unit's name is trimmed as the form reads it: the tab and CR before a formula go.
    let units = Self.formulas.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    let seen = try read([workspace.url("out/汇总.csv").path, workspace.url("out/汇总.html").path])
    expectText(seen, holding: units + ["=cmd|calc/draft.yaml", "=1+1.yaml", " =7+7.yaml"])
    expectEscaped(seen["html"])

    // The department verifies the bundles, named after the units: the same again.
    let verify = try CLI.run(["verify", "out", "-o", "checked"], in: workspace.folder)
    #expect(verify.status == 0, "\(verify.stderr)")
    let checked = try read([workspace.url("checked/汇总.csv").path, workspace.url("checked/汇总.html").path])
    expectText(checked, holding: units + ["=1+1-申报材料.zip"])
    expectEscaped(checked["html"])
  }

  @Test func theDepartmentsPageOffersTheCSVWithFormulasAsText() throws {
    let workspace = try Workspace()
    try applications(in: workspace)
    #expect(try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder).status == 0)
    let bundles = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)
      .filter { $0.hasSuffix(".zip") }.map { workspace.url("out/\($0)").path }
    #expect(bundles.count == Self.formulas.count + 4)
    let served = try ServeCommandTests.Served()
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_post.py").path
    let page = workspace.url("summary.html").path
    let post = try CLI.tool("python3", [script, "127.0.0.1", String(served.port), "/api/department", page] + bundles)
    #expect(post.status == 0, "\(post.stdout)")
    let seen = try read([page])
    expectText(seen, holding: Self.formulas.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
    #expect(((seen["served"] as? [String: Any])?["handlers"] as? [String]) == [])
    #expect(((seen["served"] as? [String: Any])?["text"] as? String)?.contains(Self.markup) == true)
  }
}
