import FoundationEssentials
import ShenbaoSupport

/// Formats of the contact fields: mobile and landline numbers, e-mail addresses, postcodes and
/// bank account numbers. Each check returns what is wrong, or `nil`.
///
/// Written as scans over characters rather than regular expressions: a batch checks thousands
/// of fields, and these shapes are simple.
public enum ContactFormats {
  /// What is wrong with a contact value.
  public enum Problem: Sendable, Hashable {
    /// A character outside ASCII: full-width digits, letters or @ (typed with a Chinese input
    /// method), a look-alike letter, a combining mark.
    case nonASCII(NonASCIICharacter)
    /// Not of the field's shape at all.
    case shape
    /// A landline number where a mobile one belongs, or the other way round.
    case otherKindOfNumber
    /// A landline number without its area code.
    case missingAreaCode
  }

  /// Mainland mobile numbers, 1[3-9] and nine digits, optionally after +86; Hong Kong (+852,
  /// eight digits), Macau (+853, eight digits) and Taiwan (+886, 9 and eight digits) numbers.
  public static func mobileProblem(_ text: String) -> Problem? {
    if let character = NonASCIICharacter.first(in: text) { return .nonASCII(character) }
    guard let digits = digitsIgnoringSeparators(text, allowingPlus: true) else { return .shape }
    var national = digits
    if national.hasPrefix("+86") || (national.hasPrefix("86") && national.count == 13) {
      national = String(national.dropFirst(national.hasPrefix("+") ? 3 : 2))
    } else if national.hasPrefix("+852") || national.hasPrefix("+853") {
      return national.count == 12 ? nil : .shape
    } else if national.hasPrefix("+886") {
      return national.count == 13 && national.dropFirst(4).first == "9" ? nil : .shape
    }
    guard !national.hasPrefix("+") else { return .shape }
    if national.count == 11, national.hasPrefix("1"),
      let second = national.dropFirst().first, ("3"..."9").contains(second)
    {
      return nil
    }
    return national.hasPrefix("0") ? .otherKindOfNumber : .shape
  }

  /// Landline numbers with area code, `021-12345678`, `(021)12345678`, `0571 8888 7777`, with
  /// an optional extension (`-123`, `转123`, `ext.123`); 400 and 800 service numbers.
  public static func landlineProblem(_ text: String) -> Problem? {
    if let character = NonASCIICharacter.first(in: text, allowing: ["转"]) { return .nonASCII(character) }
    let (number, ext) = splitExtension(text)
    if let ext, ext.isEmpty || ext.count > 6 || !ext.allSatisfy(\.isASCIIDigit) { return .shape }
    guard let digits = digitsIgnoringSeparators(number, allowingParentheses: true) else {
      return .shape
    }
    if digits.count == 10, digits.hasPrefix("400") || digits.hasPrefix("800") { return nil }
    if mobileProblem(number) == nil { return .otherKindOfNumber }
    if !digits.hasPrefix("0"), (7...8).contains(digits.count) { return .missingAreaCode }
    // Area codes are 3 or 4 digits starting with 0; local numbers 7 or 8 digits.
    guard digits.hasPrefix("0"), (10...12).contains(digits.count) else { return .shape }
    return nil
  }

  /// A practical e-mail shape: `local@domain.tld`, ASCII letters, digits and `._%+-` locally,
  /// dot-separated labels of letters, digits and inner hyphens in the domain.
  public static func emailProblem(_ text: String) -> Problem? {
    // Only full-width forms get a message of their own: any other non-ASCII text is no address.
    if let character = NonASCIICharacter.first(in: text), character.isFullWidth { return .nonASCII(character) }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return .shape }
    let local = parts[0]
    let domain = parts[1]
    guard !local.isEmpty, local.count <= 64, local.first != ".", local.last != ".",
      !local.contains(".."),
      local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-".contains($0)) })
    else { return .shape }
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2,
      labels.allSatisfy({ label in
        !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
          && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
      }),
      let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
    else { return .shape }
    return nil
  }

  /// Six ASCII digits.
  public static func postcodeProblem(_ text: String) -> Problem? {
    if let character = NonASCIICharacter.first(in: text) { return .nonASCII(character) }
    return text.count == 6 && text.allSatisfy(\.isASCIIDigit) ? nil : .shape
  }

  /// Eight to thirty digits, optionally grouped by spaces or hyphens.
  public static func bankAccountProblem(_ text: String) -> Problem? {
    if let character = NonASCIICharacter.first(in: text) { return .nonASCII(character) }
    guard let digits = digitsIgnoringSeparators(text), (8...30).contains(digits.count) else {
      return .shape
    }
    return nil
  }

  /// The digits of `text` once spaces and hyphens (and, if allowed, a leading + or
  /// parentheses) are dropped; `nil` if anything else is in it.
  package static func digitsIgnoringSeparators(
    _ text: String, allowingPlus: Bool = false, allowingParentheses: Bool = false
  ) -> String? {
    var digits = ""
    for (offset, character) in text.enumerated() {
      switch character {
      case "0"..."9": digits.append(character)
      case " ", "-": continue
      case "+" where allowingPlus && offset == 0: digits.append(character)
      case "(" where allowingParentheses, ")" where allowingParentheses: continue
      default: return nil
      }
    }
    return digits.isEmpty ? nil : digits
  }

  /// The number and its extension, if it has one.
  package static func splitExtension(_ text: String) -> (String, String?) {
    for marker in ["转", "ext.", "ext", "EXT", "x", "X"] {
      if let (number, rest) = text.splitOnce(at: marker) {
        return (number, rest.trimmedForForm)
      }
    }
    // 021-12345678-123: a third hyphen-separated group is the extension.
    let groups = text.split(separator: "-")
    if groups.count == 3, groups[0].hasPrefix("0") || groups[0].hasPrefix("(") {
      return (groups[0] + "-" + groups[1], String(groups[2]))
    }
    return (text, nil)
  }
}
