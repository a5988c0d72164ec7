/// A character that is not plain ASCII in a value that must be (an ID number, a code, a phone
/// number): which Unicode scalar, and where.
///
/// Numbers are checked on Unicode scalars, never on Swift characters, which compare by
/// canonical equivalence: U+212A KELVIN SIGN equals "K", and a digit followed by a combining
/// accent is still one character. Such a value is refused, never silently normalised.
public struct NonASCIICharacter: Sendable, Hashable {
  public var scalar: Unicode.Scalar
  /// The one-based position among the value's Unicode scalars.
  public var position: Int

  public init(scalar: Unicode.Scalar, position: Int) {
    self.scalar = scalar
    self.position = position
  }

  /// The first scalar of `text` outside ASCII and `allowed`, if any.
  public static func first(in text: String, allowing allowed: Set<Unicode.Scalar> = []) -> NonASCIICharacter? {
    for (offset, scalar) in text.unicodeScalars.enumerated() where !scalar.isASCII && !allowed.contains(scalar) {
      return NonASCIICharacter(scalar: scalar, position: offset + 1)
    }
    return nil
  }

  /// A full-width form (Ａ-Ｚ, ０-９, ＠ …) or the ideographic space: typed with a Chinese
  /// input method.
  public var isFullWidth: Bool {
    (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
  }

  /// `U+212A`.
  public var codePoint: String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The scalar's Unicode name, `KELVIN SIGN`; empty for one that has none.
  public var name: String {
    scalar.properties.name ?? scalar.properties.nameAlias ?? ""
  }

  /// The scalar as it can be shown: a combining mark on a dotted circle, nothing for one that
  /// shows nothing (a control, a format character, a space).
  public var glyph: String {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: "\u{25CC}" + String(scalar)
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate,
      .privateUse, .unassigned:
      ""
    default: String(scalar)
    }
  }
}

