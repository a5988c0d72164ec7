import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("GB 11643 ID numbers")
struct IDNumberTests {
  let valid = idNumber("31010419780315041")

  @Test func acceptsNumbersComputedByTheStandard() {
    for first17 in ["11010519491231002", "44030419850101123", "31011519900228888", "65010219701010404"] {
      #expect(IDNumber.problem(in: idNumber(first17), today: testToday) == nil, "\(first17)")
    }
  }

  @Test func acceptsAPublishedSpecimen() {
    // The specimen number printed in the GB 11643-1999 standard.
    #expect(IDNumber.problem(in: "11010519491231002X", today: testToday) == nil)
  }

  @Test func refusesAWrongCheckCharacter() {
    let wrong = String(valid.dropLast()) + (valid.last == "1" ? "2" : "1")
    #expect(IDNumber.problem(in: wrong, today: testToday)
      == .checkCharacter(expected: valid.last!, found: wrong.last!))
  }

  @Test func refusesLegacyFifteenDigitNumbers() {
    #expect(IDNumber.problem(in: "310104780315041", today: testToday) == .legacy)
  }

  @Test func refusesWrongLengthsAndCharacters() {
    #expect(IDNumber.problem(in: "3101041978031504", today: testToday) == .length(16))
    #expect(IDNumber.problem(in: "31010419780315A41X", today: testToday) == .characters)
    #expect(IDNumber.problem(in: "31010419780315041Y", today: testToday) == .characters)
  }

  @Test func refusesLowerCaseXAndFullWidthDigits() {
    let withX = idNumber("11010519491231002")
    #expect(withX.hasSuffix("X"))
    #expect(IDNumber.problem(in: withX.lowercased(), today: testToday) == .lowercaseX)
    #expect(IDNumber.problem(in: "３１０１０４" + valid.dropFirst(6), today: testToday) == .nonASCII(NonASCIICharacter(scalar: "３", position: 1)))
  }

  @Test func refusesLookAlikesOnUnicodeScalars() {
    // A digit followed by a combining acute accent is one Swift character that compares inside
    // "0"..."9"; on scalars it is a digit and a stray mark.
    let accented = String(valid.prefix(16)) + "\u{301}" + String(valid.suffix(2))
    #expect(IDNumber.problem(in: accented, today: testToday)
      == .nonASCII(NonASCIICharacter(scalar: "\u{301}", position: 17)))
    #expect(IDNumber.isMale(accented) == nil)
    #expect(IDNumber.birthDate(of: accented) == nil)
    let kelvin = String(valid.prefix(17)) + "\u{212A}"
    #expect(IDNumber.problem(in: kelvin, today: testToday)
      == .nonASCII(NonASCIICharacter(scalar: "\u{212A}", position: 18)))
  }

  @Test func refusesUnknownRegions() {
    #expect(IDNumber.problem(in: idNumber("99010419780315041"), today: testToday) == .region("99"))
    #expect(IDNumber.problem(in: idNumber("81123419780315041"), today: testToday) == .region("811234"))
  }

  @Test func acceptsResidencePermitsOfHongKongMacauAndTaiwanResidents() {
    for region in ["810000", "820000", "830000"] {
      #expect(IDNumber.problem(in: idNumber(region + "19900101123"), today: testToday) == nil)
    }
  }

  @Test func refusesImpossibleAndFutureBirthDates() {
    #expect(IDNumber.problem(in: idNumber("31010419780230041"), today: testToday)
      == .birthDate("19780230"))
    #expect(IDNumber.problem(in: idNumber("31010418990101041"), today: testToday)
      == .birthDate("18990101"))
    #expect(IDNumber.problem(in: idNumber("31010420210602041"), today: testToday)
      == .futureBirthDate(CalendarDate(year: 2021, month: 6, day: 2)!))
    #expect(IDNumber.problem(in: idNumber("31010420000229041"), today: testToday) == nil)
  }

  @Test func readsSexFromTheSeventeenthDigit() {
    #expect(IDNumber.isMale(idNumber("31010419780315041")) == true)
    #expect(IDNumber.isMale(idNumber("31010419780315042")) == false)
  }

  @Test func masksAllButTheFirstAndLastFour() {
    #expect(IDNumber.masked("31010119900114028X") == "3101**********028X")
    #expect(IDNumber.masked("1234") == "****")
  }
}
