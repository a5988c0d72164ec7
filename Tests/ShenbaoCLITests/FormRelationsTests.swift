import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

/// A broken example: the fixture form's example with one thing changed, and the finding that
/// must follow.
struct BrokenExample: CustomTestStringConvertible, Sendable {
  var form: FixtureForm
  var code: String
  var severity: String = "错误"
  /// What a finding's path starts with.
  var path: String
  var edit: @Sendable (inout Application) -> Void

  var testDescription: String { "\(form.id) \(code) at \(path)" }

  static func set(_ values: [(FieldPath, DraftValue?)]) -> @Sendable (inout Application) -> Void {
    let values = values.map { (path: $0.0, value: $0.1) }
    return { application in
      for (path, value) in values { application.setValue(value, at: path) }
    }
  }
}

/// Every relation and field rule of the fixture forms fires on a draft that breaks it, and on
/// the example (checked clean in `OtherFormsTests`) stays silent.
@Suite("Relations and field rules written as data")
struct FormRelationsTests {
  static let laterYear = FixtureForm.laterYear
  static let otherShape = FixtureForm.otherShape

  static let cases: [BrokenExample] = [
    // The 2021 relations, carried over into a later year's form.
    BrokenExample(form: laterYear, code: "applicant-mismatch", path: "cover.applicant",
      edit: BrokenExample.set([("cover.applicant", "上海浦江技术转移中心")])),
    BrokenExample(form: laterYear, code: "leader-mismatch", path: "leader.mobile",
      edit: BrokenExample.set([("leader.mobile", "13900001111")])),
    BrokenExample(form: laterYear, code: "leader-not-in-roster", path: "members",
      edit: { application in
        let members = application.value(at: "members")?.items ?? []
        application.setValue(.list(Array(members.dropFirst())), at: "members")
      }),
    BrokenExample(form: laterYear, code: "duplicate-member", path: "members[2].idNumber",
      edit: { application in
        application.setValue(application.value(at: "members[0]"), at: "members[2]")
      }),
    BrokenExample(form: laterYear, code: "date-order", severity: "警告", path: "opinions.recommender.date",
      edit: BrokenExample.set([("opinions.recommender.date", "2022-05-01")])),
    // Its own values: a higher minimum, a longer limit.
    BrokenExample(form: laterYear, code: "target-below-minimum", path: "targets.keyUnits",
      edit: BrokenExample.set([("targets.keyUnits", "55")])),
    BrokenExample(form: laterYear, code: "too-long", path: "plan",
      edit: { application in
        application.setValue(.text(String(repeating: "计划", count: 751)), at: "plan")
      }),
    // A call of another shape.
    BrokenExample(form: otherShape, code: "applicant-mismatch", path: "cover.applicant",
      edit: BrokenExample.set([("cover.applicant", "上海浦江科技研究院")])),
    BrokenExample(form: otherShape, code: "budget-sum", path: "costs.total",
      edit: BrokenExample.set([("costs.travel", "13")])),
    BrokenExample(form: otherShape, code: "funding-sum", path: "funding.total",
      edit: BrokenExample.set([("funding.total", "61")])),
    BrokenExample(form: otherShape, code: "personnel-cap", path: "costs.personnel",
      edit: BrokenExample.set([("costs.personnel", "5"), ("costs.other", "30")])),
    BrokenExample(form: otherShape, code: "self-funding", path: "funding.selfFunded",
      edit: BrokenExample.set([("funding.selfFunded", "20"), ("funding.total", "50")])),
    BrokenExample(form: otherShape, code: "period-order", path: "project.end",
      edit: BrokenExample.set([("project.end", "2026-08-01")])),
    BrokenExample(form: otherShape, code: "leader-in-team", path: "members",
      edit: BrokenExample.set([("leader.idNumber", "310115198804090435")])),
    BrokenExample(form: otherShape, code: "member-twice", path: "members[1].idNumber",
      edit: BrokenExample.set([("members[1].idNumber", "310105198006120035")])),
    BrokenExample(form: otherShape, code: "partner-twice", severity: "警告", path: "partners[1].creditCode",
      edit: { application in
        let partner = application.value(at: "partners[0]") ?? .text("")
        application.setValue(.list([partner, partner]), at: "partners")
      }),
    BrokenExample(form: otherShape, code: "out-of-range", path: "funding.requested",
      edit: BrokenExample.set([("funding.requested", "250"), ("funding.selfFunded", "250"), ("funding.total", "500")])),
    BrokenExample(form: otherShape, code: "out-of-range", path: "project.start",
      edit: BrokenExample.set([("project.start", "2026-03-01")])),
    BrokenExample(form: otherShape, code: "out-of-range", path: "members[0].months",
      edit: BrokenExample.set([("members[0].months", "40")])),
    BrokenExample(form: otherShape, code: "pattern", path: "project.subjectCode",
      edit: BrokenExample.set([("project.subjectCode", "63A")])),
    BrokenExample(form: otherShape, code: "too-long", path: "project.summary",
      edit: { application in
        application.setValue(.text(String(repeating: "研", count: 301)), at: "project.summary")
      }),
    BrokenExample(form: otherShape, code: "required", path: "project.cooperation",
      edit: BrokenExample.set([("project.cooperation", "")])),
  ]

  /// Runs `validate` on `application` written as a draft, returning the findings' codes,
  /// severities and paths.
  func findings(_ application: Application, of fixture: FixtureForm) throws -> [(code: String, line: String)] {
    let workspace = try fixture.workspace()
    let text = DraftYAMLWriter(form: try fixture.definition()).write(application)
    try text.write(to: workspace.url("broken.yaml"), atomically: true, encoding: .utf8)
    let run = try runWithFixtureForms(["validate", "broken.yaml"], in: workspace.folder)
    return run.stdoutLines.compactMap { line in
      guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return nil }
      return (String(line[line.index(after: open)..<close]), line)
    }
  }

  @Test(arguments: cases)
  func aBrokenDraftFiresTheRule(_ broken: BrokenExample) throws {
    var application = try broken.form.example()
    broken.edit(&application)
    let found = try findings(application, of: broken.form)
    let matching = found.filter { $0.code == broken.code }
    #expect(!matching.isEmpty, "\(found.map(\.line))")
    #expect(matching.contains { $0.line.contains("\(broken.severity)[\(broken.code)] \(broken.path)") },
      "\(matching.map(\.line))")
  }

  @Test func aConditionTurnsARelationAndARequirementOff() throws {
    var application = try Self.otherShape.example()
    let partner = application.value(at: "partners[0]") ?? .text("")
    application.setValue(.list([partner, partner]), at: "partners")
    application.setValue("否", at: "project.hasPartners")
    application.setValue("", at: "project.cooperation")
    let codes = try findings(application, of: Self.otherShape).map(\.code)
    #expect(!codes.contains("partner-twice"), "\(codes)")
    #expect(!codes.contains("required"), "\(codes)")
  }

  @Test func theLaterYearsValuesAreItsOwn() throws {
    // The 2022 example under the 2021 form: its plan is too long there, 市文旅局 cannot recommend.
    let workspace = try Self.laterYear.workspace()
    let run = try runWithFixtureForms(["validate", "draft.yaml", "--form", "shanghai-ip-operations-2021"],
      in: workspace.folder)
    #expect(run.status == 1)
    for expected in ["错误[too-long] plan", "错误[recommender-not-eligible] cover.recommender"] {
      #expect(run.stdout.contains(expected), "\(run.stdout)")
    }
  }

  @Test func aRelabelledRosterColumnIsReadAndALostOneIsReported() throws {
    let fixture = Self.laterYear
    let workspace = try fixture.workspace()
    #expect(try runWithFixtureForms(["render", "draft.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 0)
    let script = Repository.root.appendingPathComponent("Tests/Interop/edit_docx.py").path
    let form = try fixture.definition()
    let example = try fixture.example()
    for edit in ["relabel", "lose-column"] {
      let edited = try CLI.tool("python3", [script, workspace.url("申报书.docx").path, workspace.url("\(edit).docx").path,
        edit, "sbc_members_specialty", "研究方向"])
      #expect(edited.status == 0, "\(edited.stdout)")
      let run = try runWithFixtureForms(["extract", "\(edit).docx", "-o", "\(edit).yaml"], in: workspace.folder)
      #expect(run.status == 0, "\(run.stderr)")
      let back = try DraftReader.read(workspace.url("\(edit).yaml"))
      // Six people either way: no row is dropped.
      #expect(back.value(at: "members")?.items?.count == example.value(at: "members")?.items?.count)
      if edit == "relabel" {
        #expect(run.stderr.contains("警告[docx-label-edited] members.specialty"), "\(run.stderr)")
        #expect(back.comparableValues(form: form) == example.comparableValues(form: form))
      } else {
        #expect(run.stderr.contains("警告[docx-column-missing] members"), "\(run.stderr)")
        #expect(back.text(at: "members[0].name") == example.text(at: "members[0].name"))
      }
    }
  }
}
