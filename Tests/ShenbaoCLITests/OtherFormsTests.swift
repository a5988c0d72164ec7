import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

/// A form the tests carry that is not built in (`Tests/Forms/<id>/`), with its example.
struct FixtureForm: CustomTestStringConvertible, Sendable {
  var id: String

  static let folder = Repository.root.appendingPathComponent("Tests/Forms")
  /// A later year's copy of the 2021 form: higher minimums, a longer plan, one more
  /// recommender, relabelled fields.
  static let laterYear = FixtureForm(id: "shanghai-ip-operations-2022")
  /// A call of another shape: budget tables, caps, a period, two rosters, no recommender.
  static let otherShape = FixtureForm(id: "shanghai-soft-science-2026")
  static let all = [laterYear, otherShape]

  var testDescription: String { id }
  var definitionFile: URL { Self.folder.appendingPathComponent(id).appendingPathComponent("form.yaml") }
  var exampleFolder: URL { Self.folder.appendingPathComponent(id).appendingPathComponent("example") }

  /// The definition, read as shenbao reads it.
  func definition() throws -> FormDefinition {
    try FormLibrary.load(definitionFile)
  }

  /// A workspace holding a copy of the example.
  func workspace() throws -> Workspace {
    let workspace = try Workspace(withExample: false)
    for name in try FileManager.default.contentsOfDirectory(atPath: exampleFolder.path) {
      try FileManager.default.copyItem(at: exampleFolder.appendingPathComponent(name), to: workspace.url(name))
    }
    return workspace
  }

  /// The example draft.
  func example() throws -> Application {
    try DraftReader.read(exampleFolder.appendingPathComponent("draft.yaml"))
  }
}

/// Runs `shenbao` with the fixture forms on the search path (`SHENBAO_FORMS`).
func runWithFixtureForms(_ arguments: [String], in folder: URL) throws -> CLI.Run {
  try CLI.run(arguments, in: folder, environment: ["SHENBAO_FORMS": FixtureForm.folder.path])
}

/// Every command, end to end, on forms that are only data: a later year's copy of the 2021
/// form and a call of another shape.
@Suite("Forms beyond the built-in one", .serialized)
struct OtherFormsTests {
  @Test(arguments: FixtureForm.all)
  func initWritesADraftAndASchemaBesideItThatWorkOffline(_ fixture: FixtureForm) throws {
    let workspace = try Workspace(withExample: false)
    let run = try runWithFixtureForms(["init", "--form", fixture.id, "-o", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let draft = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
    #expect(draft.hasPrefix("# yaml-language-server: $schema=\(fixture.id).schema.json\n"))
    #expect(draft.contains("form: \(fixture.id)\n"))
    // The schema beside the draft accepts the call's example, with no network.
    let schema = workspace.url("\(fixture.id).schema.json").path
    let check = try CLI.tool("check-jsonschema", ["--schemafile", schema,
      fixture.exampleFolder.appendingPathComponent("draft.yaml").path])
    #expect(check.status == 0, "\(check.stdout)")
    // Every field of the form is in the blank draft.
    let blank = try DraftReader.read(workspace.url("draft.yaml"))
    let form = try fixture.definition()
    for path in form.allFieldPaths(in: blank) {
      #expect(blank.value(at: path) != nil, "\(path)")
    }
  }

  @Test(arguments: FixtureForm.all)
  func theExampleValidatesCleanAndEveryRelationStaysSilent(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    let run = try runWithFixtureForms(["validate", "draft.yaml", "--format", "json"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stdout)")
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(reports.first?["form"] as? String == fixture.id)
    #expect((reports.first?["findings"] as? [Any])?.isEmpty == true, "\(run.stdout)")
  }

  @Test(arguments: FixtureForm.all)
  func renderPrintsEveryValueThroughLibreOffice(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    #expect(try runWithFixtureForms(["render", "draft.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 0)
    let profile = workspace.url("lo-profile").absoluteString
    let convert = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless",
      "--convert-to", "pdf", "--outdir", workspace.folder.path, workspace.url("申报书.docx").path])
    #expect(convert.status == 0, "\(convert.stdout)")
    let text = try CLI.tool("pdftotext", ["-raw", "-enc", "UTF-8", workspace.url("申报书.pdf").path, "-"]).stdout
    let compact = text.filter { !$0.isWhitespace }
    let application = try fixture.example()
    let form = try fixture.definition()
    // Every short value of the draft is printed (long texts wrap; attachments are listed by name).
    for path in form.allFieldPaths(in: application) where !path.description.hasPrefix("attachments") {
      guard let value = application.text(at: path), !value.isEmpty, value.count <= 12 else { continue }
      let printed = form.field(at: path.definitionPath)?.kind == .date
        ? CalendarDate(parsing: value).map { "\($0.year)年\($0.month)月\($0.day)日" } ?? value : value
      #expect(compact.contains(printed.filter { !$0.isWhitespace }), "\(path): \(value)")
    }
  }

  @Test(arguments: FixtureForm.all)
  func extractGivesTheRenderedDraftBack(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    #expect(try runWithFixtureForms(["render", "draft.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 0)
    let run = try runWithFixtureForms(["extract", "申报书.docx", "-o", "back.yaml"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let form = try fixture.definition()
    let back = try DraftReader.read(workspace.url("back.yaml"))
    #expect(back.comparableValues(form: form) == (try fixture.example()).comparableValues(form: form))
    #expect(back.formID == fixture.id)
  }

  @Test(arguments: FixtureForm.all)
  func aTemplateTypedIntoReadsBack(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    let template = try runWithFixtureForms(["template", "--form", fixture.id, "-o", "模板.docx"], in: workspace.folder)
    #expect(template.status == 0, "\(template.stderr)")
    let form = try fixture.definition()
    let application = try fixture.example()
    try JSONSerialization.data(withJSONObject: templateValues(form, application))
      .write(to: workspace.url("values.json"))
    let script = Repository.root.appendingPathComponent("Tests/Interop/fill_template.py").path
    let fill = try CLI.tool("python3", [script, workspace.url("模板.docx").path,
      workspace.url("填好的.docx").path, workspace.url("values.json").path])
    #expect(fill.status == 0, "\(fill.stdout)")
    let run = try runWithFixtureForms(["extract", "填好的.docx", "-o", "back.yaml"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let back = try DraftReader.read(workspace.url("back.yaml"))
    #expect(back.comparableValues(form: form) == application.comparableValues(form: form))
  }

  /// The Word route on the call of another shape, as a person fills it: typing over a hint and
  /// beside one, attachments left loose with their kind in their names.
  @Test func theOtherShapesTemplateIsFilledAsPeopleDo() throws {
    let fixture = FixtureForm.otherShape
    let workspace = try fixture.workspace()
    #expect(try runWithFixtureForms(["template", "--form", fixture.id, "-o", "模板.docx"], in: workspace.folder).status == 0)
    let script = Repository.root.appendingPathComponent("Tests/Interop/edit_docx.py").path
    for (input, edit, anchor, text) in [
      ("模板.docx", "type-over", "sb_project_subjectCode", "630.30"),
      ("一.docx", "type-beside", "sb_project_cooperation", "联合研究"),
    ] {
      let output = input == "模板.docx" ? "一.docx" : "二.docx"
      let run = try CLI.tool("python3", [script, workspace.url(input).path, workspace.url(output).path, edit, anchor, text])
      #expect(run.status == 0, "\(run.stdout)")
    }
    let folder = workspace.url("二-附件")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["单位营业执照.pdf", "合作协议（盖章）.pdf", "经费预算表.pdf"] {
      try Data("%PDF-1.4\n\(name)\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    let run = try runWithFixtureForms(["extract", "二.docx", "-o", "back.yaml"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stderr.contains("docx-hint-left"), "\(run.stderr)")
    let back = try DraftReader.read(workspace.url("back.yaml"))
    #expect(back.value(at: "project.subjectCode")?.trimmedText == "630.30")
    #expect(back.value(at: "project.cooperation")?.trimmedText == "联合研究")
    let categories = (back.value(at: "attachments")?.items ?? []).compactMap { $0.record?["category"]?.trimmedText }
    #expect(Set(categories) == ["license", "agreement", "budgetDetail"])
    let validate = try runWithFixtureForms(["validate", "二.docx", "--format", "json"], in: workspace.folder)
    for path in ["project.subjectCode", "project.cooperation", "attachments"] {
      #expect(!validate.stdout.contains("\"path\" : \"\(path)"), "\(path): \(validate.stdout)")
    }
  }

  @Test(arguments: FixtureForm.all)
  func aFilledWordFormValidatesPackagesAndVerifiesWhereTheFormIsUnknown(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    #expect(try runWithFixtureForms(["render", "draft.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 0)
    // The attachments go into the category folders beside the Word file.
    let form = try fixture.definition()
    for item in (try fixture.example()).value(at: "attachments")?.items ?? [] {
      guard let category = item.record?["category"]?.trimmedText, let path = item.record?["path"]?.trimmedText,
        let folder = form.attachments.category(category)?.folder
      else { continue }
      let target = workspace.url("申报书-附件").appendingPathComponent(folder)
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: workspace.url(path),
        to: target.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent))
    }
    let validate = try runWithFixtureForms(["validate", "申报书.docx"], in: workspace.folder)
    #expect(validate.status == 0, "\(validate.stdout)")
    #expect(validate.stdout.contains("没有发现问题"), "\(validate.stdout)")
    for (input, bundle) in [("draft.yaml", "yaml.zip"), ("申报书.docx", "docx.zip")] {
      let package = try runWithFixtureForms(["package", input, "-o", bundle], in: workspace.folder)
      #expect(package.status == 0, "\(input): \(package.stderr)")
    }
    // A reviewer with no copy of the form: the bundle's own definition is used, and said so.
    let reviewer = try Workspace(withExample: false)
    for bundle in ["yaml.zip", "docx.zip"] {
      try FileManager.default.copyItem(at: workspace.url(bundle), to: reviewer.url(bundle))
    }
    let verify = try CLI.run(["verify", "yaml.zip", "docx.zip", "--format", "json"], in: reviewer.folder)
    #expect(verify.status == 0, "\(verify.stdout)")
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [[String: Any]])
    #expect(reports.count == 2)
    for report in reports {
      let codes = (report["findings"] as? [[String: Any]] ?? []).map { $0["code"] as? String }
      #expect(codes == ["bag-form"], "\(report)")
      #expect(report["form"] as? String == fixture.id)
    }
    // A reviewer whose definition of the form differs: the bundle's edited copy is an error.
    let forms = reviewer.url("forms/\(fixture.id)")
    try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
    let definition = try String(contentsOf: fixture.definitionFile, encoding: .utf8)
    try (definition + "\n# the reviewer's copy\n").write(
      to: forms.appendingPathComponent("form.yaml"), atomically: true, encoding: .utf8)
    let strict = try CLI.run(["verify", "yaml.zip"], in: reviewer.folder)
    #expect(strict.status == 1, "\(strict.stdout)")
    #expect(strict.stdout.contains("错误[bag-form]"), "\(strict.stdout)")
  }

  @Test(arguments: FixtureForm.all)
  func batchPackagesTheDraftAndTheWordFormAndSummarisesThemByTheFormsRoles(_ fixture: FixtureForm) throws {
    let workspace = try fixture.workspace()
    let inbox = workspace.url("收件")
    try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    #expect(try runWithFixtureForms(["render", "draft.yaml", "-o", "收件/b.docx"], in: workspace.folder).status == 0)
    try FileManager.default.copyItem(at: workspace.url("draft.yaml"), to: inbox.appendingPathComponent("a.yaml"))
    try FileManager.default.copyItem(at: workspace.url("附件"), to: inbox.appendingPathComponent("附件"))
    let run = try runWithFixtureForms(["batch", "收件", "-o", "输出"], in: workspace.folder)
    // b.docx has the draft's loose 附件/ beside it: a form whose categories have keywords places
    // the files by their names and b.docx is packaged; without keywords they have no category.
    let form = try fixture.definition()
    let placed = form.attachments.categories.contains { !$0.keywords.isEmpty }
    #expect(run.status == (placed ? 0 : 1), "\(run.stderr)")
    let summary = try #require(try JSONSerialization.jsonObject(
      with: Data(contentsOf: workspace.url("输出/汇总.json"))) as? [String: Any])
    let rows = try #require(summary["rows"] as? [[String: Any]])
    #expect(rows.map { $0["status"] as? String } == ["packaged", placed ? "packaged" : "refused"])
    #expect(rows[0]["unit"] as? String == form.text(of: \.applicantName, in: try fixture.example()))
    let csv = try String(contentsOf: workspace.url("输出/汇总.csv"), encoding: .utf8)
    let header = csv.split(separator: "\r\n").first.map(String.init) ?? ""
    #expect(header.contains("推荐单位") == (form.roles.recommender != nil), "\(header)")
    #expect(!header.contains("表单"))
  }

  /// The bookmark names of the template and what a person types at each: every value of the
  /// draft but the attachments; a cell shared by several fields gets them as the form prints
  /// them, 通信地址（邮政编码）.
  func templateValues(_ form: FormDefinition, _ application: Application) -> [String: String] {
    var shared: [[FieldPath]] = []
    for section in form.sections {
      for case .grid(let rows) in section.layout?.map(\.block) ?? [] {
        for case .shared(let references, _) in rows { shared.append(references.map(\.path)) }
      }
    }
    let inShared = Set(shared.flatMap { $0 })
    var values: [String: String] = [:]
    for path in form.allFieldPaths(in: application) where !inShared.contains(path) {
      guard !path.description.hasPrefix("attachments"), let text = application.text(at: path), !text.isEmpty
      else { continue }
      values[FieldAnchor.name(for: path)] = text
    }
    for paths in shared {
      let texts = paths.map { application.text(at: $0) ?? "" }
      values[FieldAnchor.name(for: paths[0])] = texts[0] + texts.dropFirst().map { "（\($0)）" }.joined()
    }
    return values
  }
}

extension FormDefinition {
  /// The path of every value field in `application`: each field of the form, each list item's
  /// fields for the items the application has.
  func allFieldPaths(in application: Application) -> [FieldPath] {
    var paths: [FieldPath] = []
    func visit(_ fields: [FieldDefinition], _ path: FieldPath) {
      for field in fields {
        let fieldPath = path.appending(field.id)
        switch field.kind {
        case .group: visit(field.fields ?? [], fieldPath)
        case .list:
          for index in (application.value(at: fieldPath)?.items ?? []).indices {
            visit(field.fields ?? [], fieldPath.appending(index: index))
          }
        default: paths.append(fieldPath)
        }
      }
    }
    visit(topLevelFields, .root)
    return paths
  }
}
