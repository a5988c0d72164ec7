import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("GB 32100 credit codes and GB 11714 organisation codes")
struct CreditCodeTests {
  @Test func acceptsCodesComputedByTheStandard() {
    for first17 in ["91310000132201453", "12310104425077310", "52310000MJ4912345", "Y1310000123456789"] {
      #expect(CreditCode.problem(in: creditCode(first17)) == nil, "\(first17)")
    }
  }

  @Test func acceptsAPublishedCode() {
    // The sample code printed on the specimen business licence of the registration reform.
    #expect(CreditCode.problem(in: "91350100M000100Y43") == nil)
  }

  @Test func refusesAWrongCheckCharacter() {
    let valid = creditCode("91310000132201453")
    let other: Character = valid.last == "A" ? "B" : "A"
    let wrong = String(valid.dropLast()) + String(other)
    #expect(CreditCode.problem(in: wrong) == .checkCharacter(expected: valid.last!, found: other))
  }

  @Test func refusesLettersOutsideTheAlphabet() {
    for letter in ["I", "O", "Z", "S", "V"] {
      let code = "91310000" + letter + "32201453A"
      #expect(CreditCode.problem(in: code) == .characters(Character(letter)))
    }
  }

  @Test func refusesLengthCaseAndWidth() {
    #expect(CreditCode.problem(in: "9131000013220145") == .length(16))
    #expect(CreditCode.problem(in: creditCode("12310104425077310").lowercased()) == .lowercase)
    #expect(CreditCode.problem(in: "９１310000132201453B") == .nonASCII(NonASCIICharacter(scalar: "９", position: 1)))
  }

  @Test func refusesTheKelvinSignThatSwiftEquatesWithK() {
    let genuine = "12310104K25077310M"
    let forged = genuine.replacingOccurrences(of: "K", with: "\u{212A}")
    #expect(Character("\u{212A}") == Character("K"), "the trap: Swift compares characters canonically")
    #expect(CreditCode.problem(in: forged) == .nonASCII(NonASCIICharacter(scalar: "\u{212A}", position: 9)))
    #expect(CreditCode.organizationCode(of: forged) == nil)
  }

  @Test func checksTheEmbeddedOrganisationCode() {
    let good = creditCode(prefix: "12", region: "310104", organizationBody: "42507731")
    #expect(OrganizationCode.mismatch(in: CreditCode.organizationCode(of: good)!) == nil)
    // The organisation code inside the specimen licence's credit code: M000100Y-4.
    #expect(OrganizationCode.checkCharacter(for: "M000100Y") == "4")
    let bad = creditCode("12310104425077319")
    #expect(CreditCode.problem(in: bad) == nil)
    #expect(OrganizationCode.mismatch(in: CreditCode.organizationCode(of: bad)!) != nil)
  }
}
