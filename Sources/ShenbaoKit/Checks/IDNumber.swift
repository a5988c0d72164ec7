/// The resident identity card number of GB 11643-1999: six digits of region, eight of birth
/// date, three of sequence (odd for men) and a check character.
public enum IDNumber {
  /// What is wrong with a number.
  public enum Problem: Sendable, Hashable {
    /// A first-generation 15-digit number, replaced since 2013.
    case legacy
    /// Not 18 characters; the count found.
    case length(Int)
    /// Full-width digits or letters (typed with a Chinese input method).
    case fullWidth
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

  static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  static let checkCharacters = Array("10X98765432")

  /// The first problem of `text` as an ID number, or `nil` for a valid one.
  public static func problem(in text: String, today: CalendarDate) -> Problem? {
    if text.hasFullWidthForms { return .fullWidth }
    let characters = Array(text)
    if characters.count == 15, characters.allSatisfy(\.isASCIIDigit) { return .legacy }
    guard characters.count == 18 else { return .length(characters.count) }
    guard characters[..<17].allSatisfy(\.isASCIIDigit) else { return .characters }
    if characters[17] == "x" { return .lowercaseX }
    guard characters[17].isASCIIDigit || characters[17] == "X" else { return .characters }
    let region = String(characters[0..<2])
    guard regionCodes.contains(region) else { return .region(region) }
    if ["81", "82", "83"].contains(region), String(characters[2..<6]) != "0000" {
      return .region(String(characters[0..<6]))
    }
    let birth = String(characters[6..<14])
    guard let date = birthDate(of: text) else { return .birthDate(birth) }
    guard date.year >= 1900 else { return .birthDate(birth) }
    guard date <= today else { return .futureBirthDate(date) }
    let expected = checkCharacter(for: String(characters[..<17]))
    guard expected == characters[17] else {
      return .checkCharacter(expected: expected, found: characters[17])
    }
    return nil
  }

  /// The check character for 17 digits.
  public static func checkCharacter(for digits: String) -> Character {
    let sum = zip(digits, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
    return checkCharacters[sum % 11]
  }

  /// The birth date the number carries, if it carries a real one.
  public static func birthDate(of text: String) -> CalendarDate? {
    let characters = Array(text)
    guard characters.count == 18 else { return nil }
    guard let year = Int(String(characters[6..<10])), let month = Int(String(characters[10..<12])),
      let day = Int(String(characters[12..<14]))
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// The sex the 17th digit records: odd for men (男), even for women (女).
  public static func isMale(_ text: String) -> Bool? {
    let characters = Array(text)
    guard characters.count == 18, let digit = characters[16].wholeNumberValue else { return nil }
    return digit % 2 == 1
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
