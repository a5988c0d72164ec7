import Foundation
import Testing

@Suite("shenbao render and template", .serialized)
struct RenderCommandTests {
  @Test func rendersTheExampleReproducibly() throws {
    let workspace = try Workspace()
    let first = try CLI.run(["render", "draft.yaml", "-o", "a.docx"], in: workspace.folder)
    #expect(first.status == 0)
    #expect(first.stderr == "已生成 a.docx\n")
    #expect(try CLI.run(["render", "draft.yaml", "-o", "b.docx"], in: workspace.folder).status == 0)
    #expect(try Data(contentsOf: workspace.url("a.docx")) == Data(contentsOf: workspace.url("b.docx")))
    let test = try CLI.tool("unzip", ["-t", workspace.url("a.docx").path])
    #expect(test.status == 0, "\(test.stdout)")
    #expect(test.stdout.contains("No errors detected"))
  }

  @Test func refusesToReplaceWithoutForce() throws {
    let workspace = try Workspace()
    try Data("old".utf8).write(to: workspace.url("申报书.docx"))
    let run = try CLI.run(["render", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stderrLines.count == 1)
    #expect(try Data(contentsOf: workspace.url("申报书.docx")) == Data("old".utf8))
    #expect(try CLI.run(["render", "draft.yaml", "--force"], in: workspace.folder).status == 0)
    #expect(try Data(contentsOf: workspace.url("申报书.docx")) != Data("old".utf8))
  }

  @Test func aDraftWithErrorsIsRenderedAndReported() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("broken.yaml", [("postcode: \"200030\"", "postcode: \"2000\"")])
    let run = try CLI.run(["render", "broken.yaml", "-o", "b.docx"], in: workspace.folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("错误[postcode] unit.postcode"))
    #expect(FileManager.default.fileExists(atPath: workspace.url("b.docx").path))
  }

  @Test func anUnreadableDraftWritesNothing() throws {
    let workspace = try Workspace()
    try "- a\n".write(to: workspace.url("list.yaml"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["render", "list.yaml", "-o", "x.docx"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stderrLines.count == 1)
    #expect(!FileManager.default.fileExists(atPath: workspace.url("x.docx").path))
  }

  @Test func writesTheTemplate() throws {
    let workspace = try Workspace(withExample: false)
    let run = try CLI.run(["template"], in: workspace.folder)
    #expect(run.status == 0)
    #expect(FileManager.default.fileExists(atPath: workspace.url("申报书模板.docx").path))
  }

  @Test func printsToPDFThroughLibreOffice() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["render", "draft.yaml", "-o", "申报书.pdf"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let info = try CLI.tool("pdfinfo", [workspace.url("申报书.pdf").path])
    #expect(info.stdout.contains("Pages:           9"), "\(info.stdout)")
    // Nothing of the conversion is left beside it.
    let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
    #expect(!names.contains { $0.hasSuffix(".docx") || $0.hasPrefix(".") })
    // An existing PDF is kept without --force, before LibreOffice is started.
    let again = try CLI.run(["render", "draft.yaml", "-o", "申报书.pdf"], in: workspace.folder)
    #expect(again.status == 2)
    #expect(again.stderrLines.count == 1)
    let template = try CLI.run(["template", "-o", "模板.pdf"], in: workspace.folder)
    #expect(template.status == 0)
    // The template's notes on attachment folders stand on a sheet of their own before the
    // form, unnumbered; the form itself carries no software note, and its pages are numbered
    // from the cover as the filled form's are.
    let pages = try (1...9).map { page in
      try CLI.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", workspace.url("模板.pdf").path, "-"])
        .stdout.filter { !$0.isWhitespace }
    }
    #expect(pages[0].contains("本页不属于申报书") && pages[0].contains("01-营业执照或法人证书"), "\(pages[0])")
    #expect(!pages[0].contains("—") && !pages[1].contains("—1—"))
    #expect(pages[1].contains("上海市知识产权运营促进中心项目申报书"))
    #expect(pages[2].contains("—2—"))
    for page in pages.dropFirst() {
      #expect(!page.contains("shenbao") && !page.contains("附件文件夹"), "\(page)")
    }
  }

  @Test func aPDFWithoutLibreOfficeNamesThePackageToInstall() throws {
    let workspace = try Workspace()
    let empty = workspace.url("no-programs")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let run = try CLI.run(["render", "draft.yaml", "-o", "申报书.pdf"], in: workspace.folder,
      environment: ["PATH": empty.path])
    #expect(run.status == 2)
    #expect(run.stderrLines == ["申报书.pdf: 生成 PDF 需要 LibreOffice，但没有找到（soffice、libreoffice）；"
      + "在 Debian/Ubuntu 上请安装 libreoffice-writer-nogui，或改为输出 .docx"])
    #expect(!FileManager.default.fileExists(atPath: workspace.url("申报书.pdf").path))
  }
}
