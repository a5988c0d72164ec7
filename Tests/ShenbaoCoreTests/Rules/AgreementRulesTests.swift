import ShenbaoFixtures
import Testing

@Suite("Agreement between fields")
struct AgreementRulesTests {
  @Test func genderMustAgreeWithTheIDNumber() throws {
    #expect(try pairs("gender-mismatch", after: [("leader.gender", "女")])
      == ["gender-mismatch leader.gender"])
    #expect(try pairs("gender-mismatch", after: []) == [])
  }

  @Test func creditCodeMustAgreeWithTheUnitNature() throws {
    #expect(try pairs("credit-code-nature-mismatch", after: [("unit.nature", "国有企业")])
      == ["credit-code-nature-mismatch unit.creditCode"])
    let enterprise = creditCode(prefix: "91", region: "310000", organizationBody: "13220145")
    #expect(try pairs("credit-code-nature-mismatch", after: [("unit.nature", "国有企业"),
      ("unit.creditCode", .text(enterprise))]) == [])
    #expect(try pairs("credit-code-nature-mismatch", after: [("unit.nature", "科研机构"),
      ("unit.creditCode", .text(enterprise))]) == [])
  }

  @Test func leaderMustMatchTheUnitsProjectLeader() throws {
    let found = try findingsForExample([("leader.name", "陈丽华"),
      ("leader.idNumber", .text(idNumber("31010419780315051"))), ("leader.email", "CHENLH@pjtt.example.cn")])
      .filter { $0.code == "leader-mismatch" }
    #expect(codes(found) == ["leader-mismatch leader.name", "leader-mismatch leader.idNumber"])
    #expect(found[1].expected == "3101**********0412")
  }

  @Test func leaderMustBeInTheRoster() throws {
    #expect(try pairs("leader-not-in-roster", after: [("members[0]", nil)])
      == ["leader-not-in-roster members"])
    #expect(try pairs("leader-not-in-roster", after: []) == [])
  }

  @Test func nobodyIsListedTwice() throws {
    let found = try findingsForExample([("members[5].idNumber", "310110198507220625")])
      .filter { $0.code == "duplicate-member" }
    #expect(codes(found) == ["duplicate-member members[5].idNumber"])
    #expect(found.first?.message.contains("3101**********0625") == true)
    #expect(found.first?.message.contains("310110198507220625") == false)
  }

  @Test func coverApplicantMustBeTheUnitName() throws {
    let found = try findingsForExample([("cover.applicant", "上海浦江高校技术转移中心")])
    #expect(codes(found) == ["applicant-mismatch cover.applicant"])
    let widthOnly = try findingsForExample([("unit.name", "上海浦江(高校)技术转移服务中心"),
      ("cover.applicant", "上海浦江（高校）技术转移服务中心")])
    #expect(widthOnly.first?.message.contains("全角/半角") == true)
  }

  @Test func recommenderOpinionNotBeforeTheApplicants() throws {
    #expect(try pairs("date-order", after: [("opinions.recommender.date", "2021-05-19")])
      == ["date-order opinions.recommender.date"])
    #expect(try pairs("date-order", after: [("opinions.recommender.date", "2021-05-20")]) == [])
  }

  @Test func theApplicantsCommitmentStays() throws {
    #expect(try pairs("commitment-missing", after: [("opinions.applicant.text", "同意申报。")])
      == ["commitment-missing opinions.applicant.text"])
    #expect(try pairs("commitment-missing", after: [("opinions.applicant.text",
      "所提交的资料真实有效，并自愿承担相应责任。 同意申报，并配套经费。")]) == [])
  }
}
