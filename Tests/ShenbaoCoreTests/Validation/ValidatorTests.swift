import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
import Testing

@Suite("Validation as a whole")
struct ValidatorTests {
  @Test func collectsEveryFindingInFormOrder() throws {
    let found = try findingsForExample([
      ("attachments[0].path", "附件/无.pdf"), ("members[2].idNumber", "1"), ("cover.date", "昨天"),
      ("unit.postcode", "1"),
    ])
    #expect(codes(found) == ["date cover.date", "postcode unit.postcode",
      "id-number members[2].idNumber", "attachment-missing-file attachments[0].path"])
  }

  @Test func locatesFindingsOnTheirLines() throws {
    let copy = try ExampleCopy()
    try copy.edit("postcode: \"200030\"", "postcode: \"2000\"")
    let finding = try #require(findings(try copy.application()).first)
    #expect(finding.code == "postcode")
    #expect(finding.line == 21)
    #expect(finding.label == "申报单位基本信息 · 邮政编码")
  }

  @Test func neverShowsAFullIDNumber() throws {
    let ids = ["310106196904270375", "310104197803150412", "31010119900114028X"]
    let found = try findingsForExample([
      ("unit.legalRep.idNumber", .text(ids[0])), ("leader.idNumber", .text(idNumber("31010419780315051"))),
      ("members[3].idNumber", .text(ids[2])), ("members[5].idNumber", .text(ids[2])),
    ])
    #expect(!found.isEmpty)
    let json = JSONReportFormatter.format([ValidationReport(file: "d", form: "f",
      completeness: Completeness(filled: 0, total: 0), findings: found)])
    for id in ids + [idNumber("31010419780315051")] {
      #expect(!json.contains(id), "\(id) appears in the report")
    }
  }

  @Test func countsCompleteness() throws {
    let copy = try ExampleCopy()
    var application = try copy.application()
    let full = Validator(today: testToday).validate(application).completeness
    #expect(full.filled == full.total)
    application.setValue("", at: "cover.projectName")
    application.setValue(nil, at: "unit.legalRep")
    let partial = Validator(today: testToday).validate(application).completeness
    #expect(partial.total == full.total)
    #expect(partial.filled == full.filled - 5)
    application.setValue("公益1类事业单位", at: "unit.nature")
    #expect(Validator(today: testToday).validate(application).completeness.total == full.total - 2)
  }

  /// Each field of the form counts once, however many rows its list has, so one application
  /// counts the same on every route; the first fields left to fill are named.
  @Test func countsEachFieldOnceAndNamesWhatIsLeft() throws {
    let copy = try ExampleCopy()
    var application = try copy.application()
    let full = Validator(today: testToday).validate(application).completeness
    let members = try #require(application.value(at: "members")?.items)
    application.setValue(.list(members + members.prefix(3)), at: "members")
    #expect(Validator(today: testToday).validate(application).completeness == full)
    application.setValue("", at: "members[4].task")
    application.setValue("", at: "members[5].task")
    application.setValue("", at: "unit.bank")
    let partial = Validator(today: testToday).validate(application).completeness
    #expect(partial.total == full.total)
    #expect(partial.filled == full.filled - 2)
    #expect(partial.missing == ["申报单位基本信息 · 开户银行", "项目组全部成员 第5人 · 承担任务"])
  }

  @Test func speaksEnglishWhenAsked() throws {
    let copy = try ExampleCopy()
    var application = try copy.application()
    application.setValue("1", at: "unit.postcode")
    let finding = try #require(findings(application, language: .en).first)
    #expect(finding.message.hasPrefix("“申报单位基本信息 · 邮政编码” “1” must be six digits"))
  }

}
