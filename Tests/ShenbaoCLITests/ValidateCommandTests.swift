import Foundation
import ShenbaoSupport
import Testing

@Suite("shenbao validate", .serialized)
struct ValidateCommandTests {
  @Test func theExamplePasses() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["validate", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 0)
    #expect(run.stdout == "draft.yaml: 已填 46/46 项；没有发现问题\n")
    #expect(run.stderr.isEmpty)
  }

  /// 30 000 identical members (a 1.7 MB draft): each problem of one column is one finding that
  /// says how many rows share it and names the first, the counts stay whole, and the report is
  /// a few kilobytes; past a thousand other findings a report counts the rest.
  @Test func aCrowdOfIdenticalMembersIsOneFindingPerProblem() throws {
    let workspace = try Workspace()
    var draft: [String: Any] = ["form": "shanghai-ip-operations-2021"]
    draft["members"] = Array(repeating: ["name": "王静怡", "idNumber": "310110198507220625"], count: 30_000)
    try JSONSerialization.data(withJSONObject: draft).write(to: workspace.url("crowd.json"))
    let json = try CLI.run(["validate", "crowd.json", "--format", "json"], in: workspace.folder)
    #expect(json.status == 1)
    #expect(json.stdout.utf8.count < 100_000, "\(json.stdout.utf8.count) bytes")
    let report = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
    let findings = try #require(report["findings"] as? [[String: Any]])
    let duplicates = findings.filter { $0["code"] as? String == "duplicate-member" }
    #expect(duplicates.count == 1)
    #expect(duplicates.first?["count"] as? Int == 29_999)
    #expect((duplicates.first?["paths"] as? [String])?.prefix(2) == ["members[1].idNumber", "members[2].idNumber"])
    #expect(findings.filter { $0["path"] as? String == "members[0].task" }.first?["count"] as? Int == 30_000)
    // Five columns missing in 30 000 rows, 29 999 repeats, the leader missing from the roster …
    #expect((report["errors"] as? Int ?? 0) >= 5 * 30_000 + 29_999, "\(report["errors"] ?? "")")
    let text = try CLI.run(["validate", "crowd.json"], in: workspace.folder)
    #expect(text.stdout.contains("同一人只应列一次。（同样的问题共 29999 处：第2人、第3人、第4人、第5人、第6人、第7人、第8人、第9人、第10人、第11人等）"), "\(text.stdout)")

    // Thousands of keys the form does not have, none in a list: a thousand are listed.
    var unknown: [String: Any] = ["form": "shanghai-ip-operations-2021"]
    for index in 0..<3000 { unknown["extra\(index)"] = "x" }
    try JSONSerialization.data(withJSONObject: unknown).write(to: workspace.url("unknown.json"))
    let many = try CLI.run(["validate", "unknown.json", "--format", "json"], in: workspace.folder)
    let listed = try #require(((try JSONSerialization.jsonObject(with: Data(many.stdout.utf8)) as? [[String: Any]])?.first)?["findings"]
      as? [[String: Any]])
    #expect(listed.count <= 1002)
    let omitted = listed.filter { ($0["code"] as? String)?.hasSuffix("-omitted") == true }
    #expect(!omitted.isEmpty)
    #expect(omitted.allSatisfy { ($0["message"] as? String)?.hasPrefix("另有 ") == true && ($0["count"] as? Int ?? 0) > 0 })
  }

  /// Two problems of one code are two problems: a dozen wrong check digits are one finding, and
  /// the wrong length, the impossible birth date and the stray letter beside them keep their own.
  @Test func differentProblemsOfOneCodeAreNeverOne() throws {
    let workspace = try Workspace()
    var members: [[String: String]] = Array(repeating: ["name": "王静怡", "idNumber": "310110198507220626"], count: 12)
    for wrong in ["12345", "310104197813350412", "3101041978031504X2"] { members.append(["name": "李四", "idNumber": wrong]) }
    try JSONSerialization.data(withJSONObject: ["form": "shanghai-ip-operations-2021", "members": members])
      .write(to: workspace.url("mixed.json"))
    let run = try CLI.run(["validate", "mixed.json", "--format", "json"], in: workspace.folder)
    let findings = try #require(((try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])?.first)?["findings"]
      as? [[String: Any]])
    let ids = findings.filter { $0["code"] as? String == "id-number" }
    #expect(ids.count == 4, "\(ids.map { $0["message"] ?? "" })")
    #expect(ids.first?["count"] as? Int == 12)
    #expect(Set(ids.dropFirst().compactMap { $0["path"] as? String }) == ["members[12].idNumber", "members[13].idNumber",
      "members[14].idNumber"])
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
      "broken.yaml: 已填 46/46 项；5 个错误，1 个警告",
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
    #expect(run.stdoutLines.last == "broken.yaml: 46/46 fields filled; 1 error, 0 warnings")
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
