/// The unified social credit code of GB 32100-2015: registering authority, kind of
/// organisation, six-digit region, the nine-character organisation code (GB 11714) and a
/// mod-31 check character.
public enum CreditCode {
  /// What is wrong with a code.
  public enum Problem: Sendable, Hashable {
    /// Not 18 characters; the count found.
    case length(Int)
    /// A character outside ASCII: full-width, a look-alike letter, a combining mark.
    case nonASCII(NonASCIICharacter)
    /// Lower-case letters, which the standard does not use.
    case lowercase
    /// Characters outside the 31 the standard uses (no I, O, Z, S, V); the first offender.
    case characters(Character)
    /// The check character does not match the first 17.
    case checkCharacter(expected: Character, found: Character)
  }

  /// The standard's characters, in value order 0-30.
  public static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
  package static let alphabetBytes = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
  package static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

  /// The first problem of `text` as a credit code, or `nil` for a valid one. Checked on Unicode
  /// scalars: any scalar outside ASCII is a problem of its own.
  public static func problem(in text: String) -> Problem? {
    if let character = NonASCIICharacter.first(in: text) { return .nonASCII(character) }
    let bytes = Array(text.utf8)
    guard bytes.count == 18 else { return .length(bytes.count) }
    if bytes.contains(where: { (0x61...0x7A).contains($0) }) { return .lowercase }
    if let bad = bytes.first(where: { !alphabetBytes.contains($0) }) {
      return .characters(Character(Unicode.Scalar(bad)))
    }
    let expected = checkCharacter(for: String(decoding: bytes[..<17], as: UTF8.self))
    let found = Character(Unicode.Scalar(bytes[17]))
    guard expected == found else { return .checkCharacter(expected: expected, found: found) }
    return nil
  }

  /// The check character for the first 17 characters (all from ``alphabet``).
  public static func checkCharacter(for body: String) -> Character {
    let sum = zip(body.utf8, weights).reduce(0) { total, pair in
      total + (alphabetBytes.firstIndex(of: pair.0) ?? 0) * pair.1
    }
    return Character(Unicode.Scalar(alphabetBytes[(31 - sum % 31) % 31]))
  }

  /// The organisation code embedded in characters 9 to 17.
  public static func organizationCode(of code: String) -> String? {
    let bytes = Array(code.utf8)
    guard bytes.count == 18, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(decoding: bytes[8..<17], as: UTF8.self)
  }
}

/// The organisation code of GB 11714-1997: eight digits or capital letters and a mod-11 check
/// character (X for 10).
public enum OrganizationCode {
  package static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

  /// The check character for eight body characters, or `nil` if one is not a digit or capital.
  public static func checkCharacter(for body: String) -> Character? {
    var sum = 0
    for (byte, weight) in zip(body.utf8, weights) {
      guard let value = value(of: byte) else { return nil }
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
    let bytes = Array(code.utf8)
    guard bytes.count == 9, bytes.allSatisfy({ $0 < 0x80 }),
      let expected = checkCharacter(for: String(decoding: bytes[..<8], as: UTF8.self))
    else { return nil }
    let found = Character(Unicode.Scalar(bytes[8]))
    return expected == found ? nil : (expected, found)
  }

  /// Digits are worth themselves, capitals A-Z 10-35.
  package static func value(of byte: UInt8) -> Int? {
    if byte.isDigit { return Int(byte - 0x30) }
    guard (65...90).contains(byte) else { return nil }
    return Int(byte) - 55
  }
}
