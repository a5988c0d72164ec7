import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("Filling rules 2 and 3, and length limits")
struct FillingRulesTests {
  @Test func requiredQuotesFillingRuleThree() throws {
    let found = try findingsForExample([("cover.projectName", ""), ("unit.legalRep.mobile", nil),
      ("members[3].task", "  ")]).filter { $0.code == "required" }
    #expect(codes(found) == ["required cover.projectName", "required unit.legalRep.mobile",
      "required members[3].task"])
    // 承担任务 takes 无, so the filling rule is quoted; 项目名称 and 手机 do not, so it is not: it
    // would tell the applicant to write what another rule refuses.
    #expect(found[2].message.contains("填报说明 3：申报书各栏目不得空缺，无内容时填“无”。"))
    #expect(found[0].message == "「封面 · 项目名称」未填写。")
    #expect(!found[1].message.contains("无"))
    #expect(found[0].line == 8)
  }

  @Test func placeholdersInFieldsToFillAreWarnedAbout() throws {
    #expect(try pairs("placeholder-value", after: []).isEmpty)
    let found = try findingsForExample([("members[3].task", "暂无"), ("unit.legalRep.mobile", " / "),
      ("unit.businessScope", "n/a"), ("cover.projectNumber", "略")]).filter { $0.code == "placeholder-value" }
    // 项目编号 is left blank by the applicant, so a placeholder there is no finding.
    #expect(codes(found) == ["placeholder-value unit.legalRep.mobile", "placeholder-value unit.businessScope",
      "placeholder-value members[3].task"])
    #expect(found.allSatisfy { $0.severity == .warning })
    // 承担任务 takes 无; 手机 does not.
    #expect(found[2].message.contains("确无内容请填“无”"))
    #expect(found[0].message.contains("也不能填“无”"))
    #expect(found[0].found == "/")
  }

  @Test func requiredReportsAMissingPartOnce() throws {
    #expect(try pairs("required", after: [("unit", nil)]) == ["required unit"])
    #expect(try pairs("required", after: [("members", .list([]))]) == ["required members"])
  }

  @Test func requiredDoesNotAskPublicWelfareClassOneForBankDetails() throws {
    let edits: [(FieldPath, DraftValue?)] = [("unit.nature", "公益1类事业单位"),
      ("unit.bank", ""), ("unit.bankAccount", "无")]
    #expect(try pairs("required", after: edits) == [])
    #expect(try pairs("none-not-allowed", after: edits) == [])
    #expect(try pairs("required", after: [("unit.bank", "")]) == ["required unit.bank"])
  }

  @Test func optionalAndDefaultedFieldsMayStayBlank() throws {
    #expect(try pairs("required", after: [("targets", nil), ("opinions.applicant.text", ""),
      ("opinions.recommender.date", ""), ("attachments[0].title", nil),
      ("cover.projectNumber", nil)]) == [])
  }

  @Test func noneIsRefusedWhereSubstanceIsRequired() throws {
    #expect(try pairs("none-not-allowed", after: [("unit.name", "无"), ("members[1].idNumber", "无"),
      ("unit.bankAccount", "无"), ("leader.landline", "无"), ("leader.education", "无")])
      == ["none-not-allowed unit.name", "none-not-allowed unit.bankAccount",
        "none-not-allowed members[1].idNumber"])
  }

  @Test func projectNumberMustStayBlank() throws {
    #expect(try pairs("project-number-filled", after: [("cover.projectNumber", "2021-ZSCQ-001")])
      == ["project-number-filled cover.projectNumber"])
    #expect(try pairs("project-number-filled", after: [("cover.projectNumber", "无")]) == [])
  }

  @Test func tooLongCountsStrictlyAndGivesWordsCount() throws {
    let exactly = String(repeating: "知", count: 1000)
    #expect(try pairs("too-long", after: [("capability", .text(exactly + "   \n"))]) == [])
    let over = try findingsForExample([("plan", .text(String(repeating: "知识 ", count: 501)))])
      .filter { $0.code == "too-long" }
    #expect(codes(over) == ["too-long plan"])
    #expect(over.first?.found == "1002")
    #expect(over.first?.message.contains("1002") == true)
    #expect(over.first?.message.contains("Word 显示的“字数”为 1002") == true)
  }
}
