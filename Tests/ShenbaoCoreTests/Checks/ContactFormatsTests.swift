import ShenbaoCore
import Testing

@Suite("Contact formats")
struct ContactFormatsTests {
  @Test(arguments: ["13816204417", "138 1620 4417", "138-1620-4417", "+86 13816204417",
    "8613816204417", "19912345678", "+852 91234567", "+853 66123456", "+886 912345678"])
  func acceptsMobileNumbers(_ number: String) {
    #expect(ContactFormats.mobileProblem(number) == nil)
  }

  @Test func refusesOtherMobileShapes() {
    #expect(ContactFormats.mobileProblem("12816204417") == .shape)
    #expect(ContactFormats.mobileProblem("1381620441") == .shape)
    #expect(ContactFormats.mobileProblem("138162044170") == .shape)
    #expect(ContactFormats.mobileProblem("021-64871230") == .otherKindOfNumber)
    #expect(ContactFormats.mobileProblem("１３８１６２０４４１７") == .nonASCII(NonASCIICharacter(scalar: "１", position: 1)))
    #expect(ContactFormats.mobileProblem("tel 13816204417") == .shape)
  }

  @Test(arguments: ["021-64871230", "(021)64871230", "0571 8888 7777", "021-64871230-8012",
    "021-64871230转8012", "021-64871230 ext.12", "0755-1234567", "400-820-8820"])
  func acceptsLandlines(_ number: String) {
    #expect(ContactFormats.landlineProblem(number) == nil)
  }

  @Test func refusesOtherLandlineShapes() {
    #expect(ContactFormats.landlineProblem("64871230") == .missingAreaCode)
    #expect(ContactFormats.landlineProblem("13816204417") == .otherKindOfNumber)
    #expect(ContactFormats.landlineProblem("021-648") == .shape)
    #expect(ContactFormats.landlineProblem("021-64871230转") == .shape)
    #expect(ContactFormats.landlineProblem("０２１-64871230") == .nonASCII(NonASCIICharacter(scalar: "０", position: 1)))
  }

  @Test func checksEmailAddresses() {
    for good in ["chenlh@pjtt.example.cn", "a.b+c@sub.example.com", "x_y@example.org"] {
      #expect(ContactFormats.emailProblem(good) == nil, "\(good)")
    }
    for bad in ["chenlh", "chenlh@", "@example.com", "a@b", "a..b@example.com", "a@-x.com",
      "a b@example.com", "陈@example.com", "a@example.c0m", "a@b@example.com"]
    {
      #expect(ContactFormats.emailProblem(bad) == .shape, "\(bad)")
    }
    #expect(ContactFormats.emailProblem("chenlh＠example.com") == .nonASCII(NonASCIICharacter(scalar: "＠", position: 7)))
  }

  @Test func checksPostcodesAndBankAccounts() {
    #expect(ContactFormats.postcodeProblem("200030") == nil)
    #expect(ContactFormats.postcodeProblem("20003") == .shape)
    #expect(ContactFormats.postcodeProblem("2000301") == .shape)
    #expect(ContactFormats.postcodeProblem("２０００３０") == .nonASCII(NonASCIICharacter(scalar: "２", position: 1)))
    #expect(ContactFormats.bankAccountProblem("98430154800012345") == nil)
    #expect(ContactFormats.bankAccountProblem("9843 0154 8000 1234 5") == nil)
    #expect(ContactFormats.bankAccountProblem("1234567") == .shape)
    #expect(ContactFormats.bankAccountProblem("98430154800O12345") == .shape)
  }
}
