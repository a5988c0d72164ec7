import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

@Suite("shenbao init", .serialized)
struct InitCommandTests {
  @Test func writesABlankDraftThatValidatesAsBlank() throws {
    let workspace = try Workspace(withExample: false)
    let run = try CLI.run(["init", "-o", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 0)
    let text = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
    let firstLine = text.prefix { $0 != "\n" }
    #expect(firstLine.hasPrefix("# yaml-language-server: $schema="))
    #expect(firstLine.hasSuffix("draft.schema.json"))
    #expect(text.contains("# 统一社会信用代码\n  creditCode: \"\""))
    #expect(text.contains("text: 所提交的资料真实有效，并自愿承担相应责任。同意申报。"))
    let check = try CLI.run(["validate", "draft.yaml"], in: workspace.folder)
    #expect(check.status == 1)
    #expect(check.stdout.contains("错误[required] cover.projectName"))
    // Only the prefilled attachment categories count as filled (each field of the form counted
    // once); the first fields left are named.
    #expect(check.stdoutLines.last?.hasPrefix("draft.yaml: 已填 1/46 项（未填：封面 · 项目名称、封面 · 申报单位、") == true,
      "\(check.stdoutLines.last ?? "")")
    #expect(check.stdoutLines.last?.contains("等 45 项）；") == true, "\(check.stdoutLines.last ?? "")")
  }

  @Test func pointsAtTheSchemaRelativeToTheDraft() throws {
    let folder = Repository.root.appendingPathComponent(".build/init-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try CLI.run(["init", "-o", "d.yaml"], in: folder).status == 0)
    let text = try String(contentsOf: folder.appendingPathComponent("d.yaml"), encoding: .utf8)
    #expect(text.hasPrefix("# yaml-language-server: $schema=../../schemas/draft.schema.json\n"))
  }

  @Test func refusesToOverwriteWithoutForce() throws {
    let workspace = try Workspace()
    let before = try Data(contentsOf: workspace.url("draft.yaml"))
    let run = try CLI.run(["init", "-o", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.contains("--force"))
    #expect(try Data(contentsOf: workspace.url("draft.yaml")) == before)
    #expect(try CLI.run(["init", "-o", "draft.yaml", "--force"], in: workspace.folder).status == 0)
    #expect(try Data(contentsOf: workspace.url("draft.yaml")) != before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
      .filter { $0.hasPrefix(".draft.yaml") }
    #expect(leftovers.isEmpty)
  }

  @Test func printsToStandardOutputWithoutAFile() throws {
    let run = try CLI.run(["init", "--schema", "https://example.org/draft.schema.json"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# yaml-language-server: $schema=https://example.org/draft.schema.json\n"))
  }

  @Test func refusesAnUnwritableTarget() throws {
    let run = try CLI.run(["init", "-o", "/nonexistent-folder/draft.yaml"])
    #expect(run.status == 2)
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.hasPrefix("/nonexistent-folder/draft.yaml: "))
  }
}
