import Foundation
import Testing

@Suite("shenbao validate", .serialized)
struct ValidateCommandTests {
  @Test func theExamplePasses() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["validate", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 0)
    #expect(run.stdout == "draft.yaml: 已填 91/91 项；没有发现问题\n")
    #expect(run.stderr.isEmpty)
  }

  @Test func aBrokenDraftGetsEveryFindingWithItsLine() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("broken.yaml", [
      ("creditCode: 12310104425077310B", "creditCode: 12310104425077310C"),
      ("postcode: \"200030\"", "postcode: \"20003\""),
      ("  gender: 男", "  gender: 女"),
      ("keyUnits: 80", "keyUnits: 40"),
      ("recommender: 市教委", "recommender: 市发改委"),
      ("    date: 2021-05-28", "    date: 2021-05-10"),
    ])
    let run = try CLI.run(["validate", "broken.yaml"], in: workspace.folder)
    #expect(run.status == 1)
    let prefixes = run.stdoutLines.map { line in
      String(line.prefix { $0 != "：" })
    }
    #expect(prefixes == [
      "broken.yaml:10: 错误[recommender-not-eligible] cover.recommender",
      "broken.yaml:17: 错误[credit-code] unit.creditCode",
      "broken.yaml:21: 错误[postcode] unit.postcode",
      "broken.yaml:61: 错误[target-below-minimum] targets.keyUnits",
      "broken.yaml:71: 错误[gender-mismatch] leader.gender",
      "broken.yaml:132: 警告[date-order] opinions.recommender.date",
      "broken.yaml: 已填 91/91 项；5 个错误，1 个警告",
    ])
    #expect(run.stdout.contains("「申报单位基本信息 · 统一社会信用代码」校验位不符"))
  }

  @Test func jsonReportsForMachinesWithMaskedIDs() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("broken.yaml", [("idNumber: \"310106196904270374\"", "idNumber: \"310106196904270375\"")])
    let run = try CLI.run(["validate", "--format", "json", "broken.yaml", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 1)
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(reports.count == 2)
    #expect(reports[0]["file"] as? String == "broken.yaml")
    #expect(reports[0]["errors"] as? Int == 1)
    let finding = try #require((reports[0]["findings"] as? [[String: Any]])?.first)
    #expect(finding["code"] as? String == "id-number")
    #expect(finding["path"] as? String == "unit.legalRep.idNumber")
    #expect(finding["severity"] as? String == "error")
    #expect(finding["line"] as? Int == 24)
    #expect((reports[1]["findings"] as? [Any])?.isEmpty == true)
    #expect(!run.stdout.contains("310106196904270375"))
  }

  @Test func englishMessages() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("broken.yaml", [("postcode: \"200030\"", "postcode: \"20003\"")])
    let run = try CLI.run(["validate", "--lang", "en", "broken.yaml"], in: workspace.folder)
    #expect(run.status == 1)
    #expect(run.stdoutLines.first?.hasPrefix("broken.yaml:21: error[postcode] unit.postcode: ") == true)
    #expect(run.stdoutLines.last == "broken.yaml: 91/91 fields filled; 1 error, 0 warnings")
  }

  @Test func warningsAloneExitZero() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("warn.yaml", [("  projectNumber: \"\"", "  projectNumber: \"2021-001\"")])
    let run = try CLI.run(["validate", "warn.yaml"], in: workspace.folder)
    #expect(run.status == 0)
    #expect(run.stdout.contains("警告[project-number-filled]"))
  }

  @Test func worksFromAnyFolder() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["validate", workspace.url("draft.yaml").path], in: URL(fileURLWithPath: "/"))
    #expect(run.status == 0)
  }

  @Test func aFormFileCanBeNamed() throws {
    let workspace = try Workspace()
    let form = Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml")
    #expect(try CLI.run(["validate", "--form", form.path, "draft.yaml"], in: workspace.folder).status == 0)
    let unknown = try CLI.run(["validate", "--form", "nope", "draft.yaml"], in: workspace.folder)
    #expect(unknown.status == 2)
    #expect(unknown.stderrLines.count == 1)
  }
}
