import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

/// Reading forms filled in Word back: after render, after LibreOffice re-saves, after a person
/// types into the template, after the roster and bookmarks are edited.
@Suite("shenbao extract", .serialized)
struct ExtractCommandTests {
  let form = FormLibrary.defaultForm

  func example(_ workspace: Workspace) throws -> Application {
    try DraftReader.read(workspace.url("draft.yaml"))
  }

  /// The values of the draft `extract` writes from `docx`.
  func extracted(_ docx: String, in workspace: Workspace) throws -> (Application, CLI.Run) {
    let run = try CLI.run(["extract", docx, "-o", "extracted.yaml", "--force"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    return (try DraftReader.read(workspace.url("extracted.yaml")), run)
  }

  func render(_ workspace: Workspace, to name: String = "申报书.docx") throws {
    #expect(try CLI.run(["render", "draft.yaml", "-o", name, "--force"], in: workspace.folder).status == 0)
  }

  @Test func renderThenExtractGivesTheDraftBack() throws {
    let workspace = try Workspace()
    try render(workspace)
    let (back, run) = try extracted("申报书.docx", in: workspace)
    #expect(run.stderr.isEmpty)
    #expect(back.comparableValues(form: form) == (try example(workspace)).comparableValues(form: form))
  }

  /// A department's folder of filled forms in one call: a draft each in the folder -o names,
  /// named after its document (told apart by their folders when two share a name), each the
  /// draft its document holds with its attachment paths from there; one that cannot be read is
  /// its line and exit code 2, the others written all the same.
  @Test func manyFormsInOneCall() throws {
    let workspace = try Workspace()
    try render(workspace)
    for folder in ["app-0001", "app-0002"] {
      try FileManager.default.createDirectory(at: workspace.url(folder), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: workspace.url("申报书.docx"), to: workspace.url("\(folder)/申报书.docx"))
    }
    try FileManager.default.copyItem(at: workspace.url("附件"), to: workspace.url("app-0002/附件"))
    try Data("not a zip".utf8).write(to: workspace.url("坏的.docx"))
    let run = try CLI.run(["extract", "app-0001/申报书.docx", "app-0002/申报书.docx", "申报书.docx", "坏的.docx",
      "-o", "drafts"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stderrLines == ["坏的.docx: Word 文档的压缩包无法读取（不是 ZIP 文件），文件可能已截断或损坏"], "\(run.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: workspace.url("drafts").path).sorted()
    #expect(names == ["app-0001-申报书.yaml", "app-0002-申报书.yaml", "申报书.yaml"])
    let expected = try example(workspace).comparableValues(form: form)
    for name in names {
      let back = try DraftReader.read(workspace.url("drafts/\(name)"))
      #expect(back.comparableValues(form: form) == expected, "\(name)")
    }
    // app-0002's attachments were beside it: its draft names them there.
    let second = try String(contentsOf: workspace.url("drafts/app-0002-申报书.yaml"), encoding: .utf8)
    #expect(second.contains("app-0002/附件/事业单位法人证书.pdf"), "\(second)")
    // Many documents need a folder; an existing draft is replaced only with --force.
    #expect(try CLI.run(["extract", "申报书.docx", "app-0001/申报书.docx"], in: workspace.folder).status == 2)
    let again = try CLI.run(["extract", "app-0001/申报书.docx", "申报书.docx", "-o", "drafts"], in: workspace.folder)
    #expect(again.status == 2)
    #expect(again.stderrLines.count == 2 && again.stderrLines.allSatisfy { $0.hasSuffix("文件已存在；如要覆盖请加 --force") },
      "\(again.stderr)")
    #expect(try CLI.run(["extract", "app-0001/申报书.docx", "申报书.docx", "-o", "drafts", "--force"],
      in: workspace.folder).status == 0)
  }

  @Test func aLooselyWrittenArchiveIsReadAsUnzipReadsIt() throws {
    // Local headers whose times differ from the central directory's, padding extra fields and
    // gaps between entries: libzip's strict check refuses it; unzip and Python read it.
    let workspace = try Workspace()
    try render(workspace)
    let script = Repository.root.appendingPathComponent("Tests/Interop/loosen_zip.py").path
    #expect(try CLI.tool("python3", [script, workspace.url("申报书.docx").path, workspace.url("loose.docx").path]).status == 0)
    #expect(try CLI.tool("unzip", ["-tq", workspace.url("loose.docx").path]).status == 0)
    let (back, run) = try extracted("loose.docx", in: workspace)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    #expect(back.comparableValues(form: form) == (try example(workspace)).comparableValues(form: form))
  }

  @Test func aFormResavedByLibreOfficeReadsTheSame() throws {
    let workspace = try Workspace()
    try render(workspace)
    let profile = workspace.url("lo-profile").absoluteString
    let out = workspace.url("resaved")
    let convert = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to",
      "docx:MS Word 2007 XML", "--outdir", out.path, workspace.url("申报书.docx").path])
    #expect(convert.status == 0, "\(convert.stdout)")
    let (back, _) = try extracted("resaved/申报书.docx", in: workspace)
    #expect(back.comparableValues(form: form) == (try example(workspace)).comparableValues(form: form))
  }

  @Test func aTemplateTypedIntoByPythonDocxReadsBack() throws {
    let workspace = try Workspace()
    #expect(try CLI.run(["template", "-o", "模板.docx"], in: workspace.folder).status == 0)
    let application = try example(workspace)
    var values: [String: String] = [:]
    func visit(_ fields: [FieldDefinition], _ path: FieldPath) {
      for field in fields {
        let fieldPath = path.appending(field.id)
        switch field.kind {
        case .group: visit(field.fields ?? [], fieldPath)
        case .list: break
        default:
          guard let text = application.text(at: fieldPath), !text.isEmpty,
            fieldPath != "unit.address", fieldPath != "unit.postcode"
          else { continue }
          values[FieldAnchor.name(for: fieldPath)] = text
        }
      }
    }
    visit(form.topLevelFields, .root)
    for (index, member) in (application.value(at: "members")?.items ?? []).enumerated() {
      for entry in member.record?.entries ?? [] {
        values[FieldAnchor.name(for: FieldPath("members").appending(index: index).appending(entry.key))] =
          entry.value.trimmedText
      }
    }
    values["address"] = "上海市徐汇区漕溪北路595号8楼（200030）"
    try JSONSerialization.data(withJSONObject: values).write(to: workspace.url("values.json"))
    let script = Repository.root.appendingPathComponent("Tests/Interop/fill_template.py").path
    let fill = try CLI.tool("python3", [script, workspace.url("模板.docx").path,
      workspace.url("填好的.docx").path, workspace.url("values.json").path])
    #expect(fill.status == 0, "\(fill.stdout)")
    let (back, _) = try extracted("填好的.docx", in: workspace)
    #expect(back.comparableValues(form: form) == application.comparableValues(form: form))
  }

  @Test func rosterRowsMayBeAddedAndDeleted() throws {
    let workspace = try Workspace()
    try render(workspace)
    try edit("申报书.docx", "roster", in: workspace)
    let (back, _) = try extracted("edited.docx", in: workspace)
    let names = (back.value(at: "members")?.items ?? []).compactMap { $0.record?["name"]?.trimmedText }
    #expect(names == ["陈立华", "王静怡", "张敏", "刘洋", "周晓燕", "新成员"])
    #expect(back.text(at: "members[5].idNumber") == "310101199001011237")
  }

  @Test func movedDeletedAndDuplicatedBookmarksAreSurvived() throws {
    let workspace = try Workspace()
    try render(workspace)
    try edit("申报书.docx", "bookmarks", in: workspace)
    let (back, run) = try extracted("edited.docx", in: workspace)
    #expect(back.comparableValues(form: form) == (try example(workspace)).comparableValues(form: form))
    #expect(run.stderr.contains("警告[docx-anchor-missing] unit.bank"))
  }

  @Test func reviewersAreToldWhatTheDocumentHides() throws {
    let workspace = try Workspace()
    try render(workspace)
    try edit("申报书.docx", "marks", in: workspace)
    let (back, run) = try extracted("edited.docx", in: workspace)
    for code in ["docx-tracked-changes", "docx-comments", "docx-hidden-text", "docx-empty-field", "docx-label-edited"] {
      #expect(run.stderr.contains("警告[\(code)]"), "\(code): \(run.stderr)")
    }
    let scope = back.text(at: "unit.businessScope") ?? ""
    #expect(scope.hasSuffix("（已修改）"))
    #expect(!scope.contains("删去的字") && !scope.contains("隐藏的字"))
    let validate = try CLI.run(["validate", "edited.docx"], in: workspace.folder)
    #expect(validate.stdout.contains("警告[docx-tracked-changes]"))
  }

  @Test func hostileDocumentsAreRefusedQuickly() throws {
    let workspace = try Workspace(withExample: false)
    let script = Repository.root.appendingPathComponent("Tests/Interop/make_hostile_docx.py").path
    #expect(try CLI.tool("python3", [script, workspace.folder.path]).status == 0)
    let expected = [
      "billion-laughs.docx": "实体引用", "external-entity.docx": "DTD", "zip-bomb.docx": "ZIP",
      "wrong-content-types.docx": "application/xml", "huge-document.docx": "33554432",
      "truncated.docx": "不是 ZIP 文件", "not-the-form.docx": "关于召开年度工作会议的通知",
    ]
    for (name, words) in expected {
      let start = Date()
      let run = try CLI.run(["extract", name], in: workspace.folder)
      #expect(Date().timeIntervalSince(start) < 10, "\(name)")
      #expect(run.status == 2, "\(name)")
      #expect(run.stdout.isEmpty)
      #expect(run.stderrLines.count == 1, "\(name): \(run.stderr)")
      #expect(run.stderr.hasPrefix(name + ": ") && run.stderr.contains(words), "\(name): \(run.stderr)")
    }
  }

  @Test func aFilledFormIsValidatedAndPackagedWithItsAttachmentsFolder() throws {
    let workspace = try Workspace()
    try render(workspace, to: "申报书.docx")
    let folder = workspace.url("申报书-附件")
    for (category, file) in [("01-营业执照或法人证书", "事业单位法人证书.pdf"), ("03-团队职称职业资格证书", "项目团队职称证书.pdf"),
      ("businessLicense", "国家技术转移示范机构证书.png")]
    {
      let sub = folder.appendingPathComponent(category)
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: workspace.url("附件/\(file)"), to: sub.appendingPathComponent(file))
    }
    let validate = try CLI.run(["validate", "申报书.docx"], in: workspace.folder)
    #expect(validate.status == 0, "\(validate.stdout)")
    #expect(try CLI.run(["package", "申报书.docx", "-o", "b.zip"], in: workspace.folder).status == 0)
    #expect(try CLI.run(["verify", "b.zip"], in: workspace.folder).status == 0)
    let (back, _) = try extracted("申报书.docx", in: workspace)
    let paths = (back.value(at: "attachments")?.items ?? []).compactMap { $0.record?["path"]?.trimmedText }
    #expect(paths == ["申报书-附件/01-营业执照或法人证书/事业单位法人证书.pdf",
      "申报书-附件/businessLicense/国家技术转移示范机构证书.png",
      "申报书-附件/03-团队职称职业资格证书/项目团队职称证书.pdf"])
  }

  /// 通信地址（邮政编码） written every way applicants write it, and the address and postcode each
  /// way gives.
  static let addressCells: [(written: String, address: String, postcode: String)] = [
    ("上海市徐汇区漕溪北路595号8楼（200030）", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼，邮编：200030", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼（邮编200030）", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼 邮编 200030", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("邮编 200030 上海市徐汇区漕溪北路595号8楼", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("邮政编码：200030，上海市徐汇区漕溪北路595号8楼", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼（２０００３０）", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼 200030", "上海市徐汇区漕溪北路595号8楼", "200030"),
    ("上海市徐汇区漕溪北路595号8楼，邮编：", "上海市徐汇区漕溪北路595号8楼", ""),
  ]

  @Test func theAddressCellIsReadHoweverThePostcodeIsWritten() throws {
    let workspace = try Workspace()
    try render(workspace)
    for cell in Self.addressCells {
      try edit("申报书.docx", "retype", ["sb_unit_address", cell.written], in: workspace)
      let (back, _) = try extracted("edited.docx", in: workspace)
      #expect(back.value(at: "unit.address")?.trimmedText == cell.address, "\(cell.written)")
      #expect(back.value(at: "unit.postcode")?.trimmedText == cell.postcode, "\(cell.written)")
      let validate = try CLI.run(["validate", "edited.docx", "--format", "json"], in: workspace.folder)
      let paths = validate.stdout.components(separatedBy: "\"path\"").dropFirst()
        .compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
      #expect(paths.filter { $0.hasPrefix("unit.address") || $0.hasPrefix("unit.postcode") }
        == (cell.postcode.isEmpty ? ["unit.postcode"] : []), "\(cell.written): \(validate.stdout)")
      if cell.postcode.isEmpty {
        // Where to write it, in the words of the cell: not the filling rule's "write 无".
        #expect(validate.stdout.contains("同在「通信地址（邮政编码）」一格，请在通信地址之后用括号写上邮政编码"))
        #expect(!validate.stdout.contains("填“无”"))
      }
    }
  }

  /// Attachments as a Word user leaves them: natural folder names, loose files, one that names
  /// nothing. The messages speak of files and folders, never of draft keys.
  @Test func attachmentsLeftAsWordUsersLeaveThemAreFoundOrPlaced() throws {
    let workspace = try Workspace()
    try render(workspace)
    let folder = workspace.url("申报书-附件")
    for file in ["营业执照/执照.pdf", "3/职称证书.pdf", "荣誉证书.pdf", "随便什么.pdf"] {
      let url = folder.appendingPathComponent(file)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("%PDF-1.4\n\(file)\n".utf8).write(to: url)
    }
    let (back, _) = try extracted("申报书.docx", in: workspace)
    let categories = (back.value(at: "attachments")?.items ?? []).map { $0.record?["category"]?.trimmedText ?? "" }
    #expect(categories == ["businessLicense", "teamCertificates", "certificates", ""])
    let validate = try CLI.run(["validate", "申报书.docx"], in: workspace.folder)
    #expect(validate.status == 1)
    let lines = validate.stdout.split(separator: "\n").filter { $0.contains("错误[") }
    #expect(lines.count == 1, "\(validate.stdout)")
    #expect(lines.first?.contains("附件“随便什么.pdf”不知属于哪一类：请把它移到“申报书-附件/”下对应类别的子文件夹中") == true)
    #expect(!validate.stdout.contains("businessLicense"))

    try FileManager.default.removeItem(at: folder.appendingPathComponent("营业执照"))
    let missing = try CLI.run(["validate", "申报书.docx"], in: workspace.folder)
    #expect(missing.stdout.contains("请把文件放在“申报书-附件/01-营业执照或法人证书/”中"), "\(missing.stdout)")
    #expect(!missing.stdout.contains("businessLicense"))
  }

  /// A Word document's findings say where the field stands as printed — the part, the table,
  /// the label — in text and in JSON; a YAML draft's keep their lines.
  @Test func findingsOfAWordFormSayWhereTheyArePrinted() throws {
    let workspace = try Workspace()
    try render(workspace)
    try edit("申报书.docx", "retype", ["sb_leader_idNumber", "310104197803150413"], in: workspace)
    let text = try CLI.run(["validate", "edited.docx"], in: workspace.folder)
    // Named once, as the form prints it: in the message, not again before it.
    #expect(text.stdout.contains("edited.docx: 错误[id-number]：「四、项目组成员信息 · 项目负责人 · 身份证号码」校验位不符"),
      "\(text.stdout)")
    let json = try CLI.run(["validate", "edited.docx", "--format", "json"], in: workspace.folder)
    #expect(json.stdout.contains("\"place\" : \"四、项目组成员信息 · 项目负责人 · 身份证号码\""), "\(json.stdout)")
    try edit("申报书.docx", "bookmarks", in: workspace)
    let moved = try CLI.run(["validate", "edited.docx"], in: workspace.folder)
    #expect(moved.stdout.contains("「开户银行」一格的位置标记已丢失"), "\(moved.stdout)")
    #expect(!moved.stdout.contains("书签") && !moved.stdout.contains("sb_"))
    let yaml = try CLI.run(["validate", "draft.yaml", "--format", "json"], in: workspace.folder)
    #expect(!yaml.stdout.contains("\"place\""))
  }

  /// `validate --annotate`: the applicant's own document with one comment per finding on the
  /// cell concerned; python-docx and LibreOffice open it, and its text is the applicant's.
  @Test func annotateCommentsEachProblemOnItsCell() throws {
    let workspace = try Workspace()
    try render(workspace)
    try edit("申报书.docx", "retype", ["sb_leader_idNumber", "310104197803150413"], in: workspace)
    let run = try CLI.run(["validate", "edited.docx", "--annotate", "批注版.docx", "--format", "json"],
      in: workspace.folder)
    #expect(run.status == 1)
    #expect(run.stderr.contains("已生成 批注版.docx"), "\(run.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    let findings = try #require(report.first?["findings"] as? [[String: Any]])
    let script = Repository.root.appendingPathComponent("Tests/Interop/docx_comments.py").path
    let seen = try CLI.tool("python3", [script, workspace.url("批注版.docx").path])
    #expect(seen.status == 0, "\(seen.stdout)")
    let dump = try #require(try JSONSerialization.jsonObject(with: Data(seen.stdout.utf8)) as? [String: Any])
    let comments = try #require(dump["comments"] as? [[String: String]])
    #expect(comments.count == findings.count)
    #expect(dump["references"] as? Int == findings.count)
    // The ID number's comment sits on its cell, and says what is wrong there.
    let id = try #require(comments.first { $0["cell"] == "310104197803150413" })
    #expect(comments.allSatisfy { $0["comment"]?.hasPrefix("错误：") == true || $0["comment"]?.hasPrefix("警告：") == true })
    #expect(!comments.contains { $0["comment"]?.contains("[id-number]") == true || $0["comment"]?.contains("idNumber") == true })
    #expect(id["cell"] == "310104197803150413")
    #expect(id["comment"]?.contains("校验位不符") == true)
    // Nothing else of the document changed.
    let original = try CLI.tool("python3", [script, workspace.url("edited.docx").path])
    let before = try #require(try JSONSerialization.jsonObject(with: Data(original.stdout.utf8)) as? [String: Any])
    #expect(dump["text"] as? String == before["text"] as? String)
    let profile = workspace.url("lo-profile").absoluteString
    let convert = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
      "--outdir", workspace.folder.path, workspace.url("批注版.docx").path])
    #expect(convert.status == 0 && FileManager.default.fileExists(atPath: workspace.url("批注版.pdf").path))
    // A document that has comments of its own keeps them, and gets its new ones after them.
    let again = try CLI.run(["validate", "批注版.docx", "--annotate", "再批注.docx"], in: workspace.folder)
    #expect(again.stderr.contains("已生成 再批注.docx"), "\(again.stderr)")
    let twice = try CLI.tool("python3", [script, workspace.url("再批注.docx").path])
    let both = try #require(try JSONSerialization.jsonObject(with: Data(twice.stdout.utf8)) as? [String: Any])
    let all = try #require(both["comments"] as? [[String: String]])
    // The first comments, then as many again and one more: the copy now carries comments, which
    // the second check notes.
    #expect(all.count == 2 * comments.count + 1)
    #expect(Set(all.compactMap { $0["id"] }).count == all.count)
    let earlier = comments.map { $0["comment"] ?? "" }
    #expect(earlier.allSatisfy { text in all.filter { $0["comment"] == text }.count == 2 })
    // One Word form only.
    let refused = try CLI.run(["validate", "draft.yaml", "--annotate", "x.docx"], in: workspace.folder)
    #expect(refused.status == 2)
  }

  /// The template's hints are placeholders: typing over one replaces it, typing beside one
  /// leaves it out of the value, and neither leaves a warning.
  @Test func typingOverOrBesideAHintGivesTheValueAlone() throws {
    let workspace = try Workspace()
    #expect(try CLI.run(["template", "-o", "模板.docx"], in: workspace.folder).status == 0)
    try edit("模板.docx", "type-over", ["sb_unit_nature", "公益2类事业单位"], in: workspace)
    try FileManager.default.moveItem(at: workspace.url("edited.docx"), to: workspace.url("一.docx"))
    try edit("一.docx", "type-beside", ["sb_unit_name", "上海浦江高校技术转移服务中心"], in: workspace)
    let (back, run) = try extracted("edited.docx", in: workspace)
    #expect(back.value(at: "unit.nature")?.trimmedText == "公益2类事业单位")
    #expect(back.value(at: "unit.name")?.trimmedText == "上海浦江高校技术转移服务中心")
    #expect(!run.stderr.contains("docx-hint-left") && !run.stderr.contains("docx-empty-field"), "\(run.stderr)")
    let validate = try CLI.run(["validate", "edited.docx", "--format", "json"], in: workspace.folder)
    #expect(!validate.stdout.contains("\"unit.nature\"") && !validate.stdout.contains("\"unit.name\""), "\(validate.stdout)")
  }

  func edit(_ docx: String, _ kind: String, _ arguments: [String] = [], in workspace: Workspace) throws {
    let script = Repository.root.appendingPathComponent("Tests/Interop/edit_docx.py").path
    let run = try CLI.tool("python3", [script, workspace.url(docx).path, workspace.url("edited.docx").path, kind]
      + arguments)
    #expect(run.status == 0, "\(run.stdout)")
  }
}
