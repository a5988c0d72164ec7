/// The unified social credit code of GB 32100-2015: registering authority, kind of
/// organisation, six-digit region, the nine-character organisation code (GB 11714) and a
/// mod-31 check character.
public enum CreditCode {
  /// What is wrong with a code.
  public enum Problem: Sendable, Hashable {
    /// Not 18 characters; the count found.
    case length(Int)
    /// Full-width digits or letters.
    case fullWidth
    /// Lower-case letters, which the standard does not use.
    case lowercase
    /// Characters outside the 31 the standard uses (no I, O, Z, S, V); the first offender.
    case characters(Character)
    /// The check character does not match the first 17.
    case checkCharacter(expected: Character, found: Character)
  }

  /// The standard's characters, in value order 0-30.
  public static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
  static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

  /// The first problem of `text` as a credit code, or `nil` for a valid one.
  public static func problem(in text: String) -> Problem? {
    if text.hasFullWidthForms { return .fullWidth }
    let characters = Array(text)
    guard characters.count == 18 else { return .length(characters.count) }
    if characters.contains(where: \.isLowercase) { return .lowercase }
    if let bad = characters.first(where: { !alphabet.contains($0) }) { return .characters(bad) }
    let expected = checkCharacter(for: String(characters[..<17]))
    guard expected == characters[17] else {
      return .checkCharacter(expected: expected, found: characters[17])
    }
    return nil
  }

  /// The check character for the first 17 characters (all from ``alphabet``).
  public static func checkCharacter(for body: String) -> Character {
    let sum = zip(body, weights).reduce(0) { total, pair in
      total + (alphabet.firstIndex(of: pair.0) ?? 0) * pair.1
    }
    return alphabet[(31 - sum % 31) % 31]
  }

  /// The organisation code embedded in characters 9 to 17.
  public static func organizationCode(of code: String) -> String? {
    let characters = Array(code)
    guard characters.count == 18 else { return nil }
    return String(characters[8..<17])
  }
}

/// The organisation code of GB 11714-1997: eight digits or capital letters and a mod-11 check
/// character (X for 10).
public enum OrganizationCode {
  static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

  /// The check character for eight body characters, or `nil` if one is not a digit or capital.
  public static func checkCharacter(for body: String) -> Character? {
    var sum = 0
    for (character, weight) in zip(body, weights) {
      guard let value = value(of: character) else { return nil }
      sum += value * weight
    }
    switch 11 - sum % 11 {
    case 10: return "X"
    case 11: return "0"
    case let digit: return Character(String(digit))
    }
  }

  /// `nil` when the code's check character is right; otherwise the expected and found ones.
  public static func mismatch(in code: String) -> (expected: Character, found: Character)? {
    let characters = Array(code)
    guard characters.count == 9, let expected = checkCharacter(for: String(characters[..<8]))
    else { return nil }
    return expected == characters[8] ? nil : (expected, characters[8])
  }

  /// Digits are worth themselves, capitals A-Z 10-35.
  static func value(of character: Character) -> Int? {
    if let digit = character.wholeNumberValue, character.isASCIIDigit { return digit }
    guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
    return Int(ascii) - 55
  }
}
