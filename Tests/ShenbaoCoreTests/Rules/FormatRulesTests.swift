import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("Formats of single fields")
struct FormatRulesTests {
  @Test func idNumberFindsEveryBadNumberAndMasksIt() throws {
    let found = try findingsForExample([
      ("unit.legalRep.idNumber", "310106196904270375"), ("members[4].idNumber", "310112881130055"),
      ("unit.contact.idNumber", "31010119900114028x"),
    ]).filter { $0.code == "id-number" }
    #expect(codes(found) == ["id-number unit.legalRep.idNumber", "id-number unit.contact.idNumber",
      "id-number members[4].idNumber"])
    for finding in found {
      #expect(!finding.message.contains("310106196904270375"))
      #expect(finding.found == nil || finding.found!.contains("*"))
    }
    #expect(try pairs("id-number", after: [("unit.legalRep.idNumber", .text(idNumber("81000019900101123")))]) == [])
  }

  @Test func creditCodeAndItsOrganisationCode() throws {
    #expect(try pairs("credit-code", after: [("unit.creditCode", "12310104425077310C")])
      == ["credit-code unit.creditCode"])
    #expect(try pairs("credit-code", after: [("unit.creditCode", "12310104425O77310B")])
      == ["credit-code unit.creditCode"])
    let badOrganisation = creditCode("12310104425077319")
    #expect(try pairs("credit-code", after: [("unit.creditCode", .text(badOrganisation))]) == [])
    #expect(try pairs("organization-code", after: [("unit.creditCode", .text(badOrganisation))])
      == ["organization-code unit.creditCode"])
    #expect(try pairs("organization-code", after: []) == [])
  }

  @Test func lookAlikeCharactersAreNamedWithTheirPosition() throws {
    let found = try findingsForExample([
      ("unit.creditCode", "12310104\u{212A}25077310M"), ("unit.postcode", "2000３0"),
      ("unit.legalRep.mobile", "1390176\u{0662}241"),
    ])
    let credit = try #require(found.first { $0.code == "credit-code" })
    #expect(credit.message.contains("第 9 个字符") && credit.message.contains("U+212A KELVIN SIGN"), "\(credit.message)")
    let postcode = try #require(found.first { $0.code == "postcode" })
    #expect(postcode.message.contains("第 5 个字符") && postcode.message.contains("全角"), "\(postcode.message)")
    let mobile = try #require(found.first { $0.code == "mobile" && $0.path == "unit.legalRep.mobile" })
    #expect(mobile.message.contains("U+0662 ARABIC-INDIC DIGIT TWO"), "\(mobile.message)")
  }

  @Test func contactFormats() throws {
    let edits: [(FieldPath, DraftValue?)] = [
      ("unit.legalRep.mobile", "1390176224"), ("unit.projectLeader.email", "chenlh@pjtt"),
      ("unit.postcode", "20003"), ("unit.bankAccount", "9843-0154-ABC"),
      ("leader.landline", "64871230"),
    ]
    #expect(try pairs("mobile", after: edits) == ["mobile unit.legalRep.mobile"])
    #expect(try pairs("email", after: edits) == ["email unit.projectLeader.email"])
    #expect(try pairs("postcode", after: edits) == ["postcode unit.postcode"])
    #expect(try pairs("bank-account", after: edits) == ["bank-account unit.bankAccount"])
    #expect(try pairs("landline", after: edits) == ["landline leader.landline"])
    #expect(try pairs("landline", after: [("leader.landline", "无")]) == [])
  }

  @Test func datesMustBeRealDays() throws {
    #expect(try pairs("date", after: [("cover.date", "2021-02-30"),
      ("opinions.applicant.date", "2021年5月20日"), ("opinions.recommender.date", "5月28日")])
      == ["date cover.date", "date opinions.recommender.date"])
  }

  @Test func choicesAndTheirSpellings() throws {
    #expect(try pairs("invalid-choice", after: [("leader.gender", "male"),
      ("attachments[1].category", "honours")])
      == ["invalid-choice leader.gender", "invalid-choice attachments[1].category"])
    #expect(try pairs("choice-spelling", after: [("unit.nature", "公益二类事业单位")])
      == ["choice-spelling unit.nature"])
    #expect(try pairs("unit-nature-unlisted", after: [("unit.nature", "民办非企业单位")])
      == ["unit-nature-unlisted unit.nature"])
    #expect(try pairs("unit-nature-unlisted", after: [("unit.nature", "科研机构")]) == [])
  }

  @Test func recommenderMustBeEligible() throws {
    #expect(try pairs("recommender-not-eligible", after: [("cover.recommender", "市发改委")])
      == ["recommender-not-eligible cover.recommender"])
    #expect(try pairs("recommender-not-eligible", after: [("cover.recommender", "上海市教育委员会")])
      == [])
  }

  @Test func numbersMustBeNumbers() throws {
    #expect(try pairs("number", after: [("targets.keyUnits", "八十家"),
      ("targets.satisfactionPercent", "95%"), ("targets.supplyItems", "3,000条")])
      == ["number targets.keyUnits"])
  }
}
