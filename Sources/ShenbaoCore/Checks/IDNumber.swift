/// The resident identity card number of GB 11643-1999: six digits of region, eight of birth
/// date, three of sequence (odd for men) and a check character.
public enum IDNumber {
  /// What is wrong with a number.
  public enum Problem: Sendable, Hashable {
    /// A first-generation 15-digit number, replaced since 2013.
    case legacy
    /// Not 18 characters; the count found.
    case length(Int)
    /// A character outside ASCII: full-width (typed with a Chinese input method), a look-alike
    /// letter, a combining mark.
    case nonASCII(NonASCIICharacter)
    /// A character other than digits and a final X.
    case characters
    /// A lower-case x where the standard writes X.
    case lowercaseX
    /// The first two digits name no province-level region.
    case region(String)
    /// Digits 7 to 14 are not a real date.
    case birthDate(String)
    /// The birth date is after today.
    case futureBirthDate(CalendarDate)
    /// The check character does not match the first 17 digits.
    case checkCharacter(expected: Character, found: Character)
  }

  /// Province-level codes of GB/T 2260, plus 71 (台湾) and 81, 82, 83: the codes of residence
  /// permits for residents of Hong Kong, Macau and Taiwan (810000, 820000, 830000).
  public static let regionCodes: Set<String> = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83",
  ]

  package static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  package static let checkCharacters = Array("10X98765432".utf8)

  /// The first problem of `text` as an ID number, or `nil` for a valid one. Checked on Unicode
  /// scalars: any scalar outside ASCII is a problem of its own.
  public static func problem(in text: String, today: CalendarDate) -> Problem? {
    if let character = NonASCIICharacter.first(in: text) { return .nonASCII(character) }
    let bytes = Array(text.utf8)
    if bytes.count == 15, bytes.allSatisfy(\.isDigit) { return .legacy }
    guard bytes.count == 18 else { return .length(bytes.count) }
    guard bytes[..<17].allSatisfy(\.isDigit) else { return .characters }
    if bytes[17] == UInt8(ascii: "x") { return .lowercaseX }
    guard bytes[17].isDigit || bytes[17] == UInt8(ascii: "X") else { return .characters }
    let region = String(decoding: bytes[0..<2], as: UTF8.self)
    guard regionCodes.contains(region) else { return .region(region) }
    if ["81", "82", "83"].contains(region), String(decoding: bytes[2..<6], as: UTF8.self) != "0000" {
      return .region(String(decoding: bytes[0..<6], as: UTF8.self))
    }
    let birth = String(decoding: bytes[6..<14], as: UTF8.self)
    guard let date = birthDate(of: text) else { return .birthDate(birth) }
    guard date.year >= 1900 else { return .birthDate(birth) }
    guard date <= today else { return .futureBirthDate(date) }
    let expected = checkCharacter(for: String(decoding: bytes[..<17], as: UTF8.self))
    let found = Character(Unicode.Scalar(bytes[17]))
    guard expected == found else { return .checkCharacter(expected: expected, found: found) }
    return nil
  }

  /// The check character for 17 ASCII digits (anything else counts as 0).
  public static func checkCharacter(for digits: String) -> Character {
    let sum = zip(digits.utf8, weights).reduce(0) { total, pair in
      total + (pair.0.isDigit ? Int(pair.0 - 0x30) : 0) * pair.1
    }
    return Character(Unicode.Scalar(checkCharacters[sum % 11]))
  }

  /// The birth date the number carries, if it carries a real one.
  public static func birthDate(of text: String) -> CalendarDate? {
    let bytes = Array(text.utf8)
    guard bytes.count == 18, bytes[6..<14].allSatisfy(\.isDigit) else { return nil }
    func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
    return CalendarDate(year: number(6..<10), month: number(10..<12), day: number(12..<14))
  }

  /// The sex the 17th digit records: odd for men (男), even for women (女).
  public static func isMale(_ text: String) -> Bool? {
    let bytes = Array(text.utf8)
    guard bytes.count == 18, bytes[16].isDigit else { return nil }
    return (bytes[16] - 0x30) % 2 == 1
  }

  /// The number as reports show it: the first and last four characters kept, the rest starred
  /// (`3101**********123X`). Shorter texts are starred whole.
  public static func masked(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
    return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
      + String(characters.suffix(4))
  }
}

extension UInt8 {
  /// An ASCII digit.
  package var isDigit: Bool { (0x30...0x39).contains(self) }
}
