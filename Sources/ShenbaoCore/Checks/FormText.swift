import FoundationEssentials
import Glibc

/// Text helpers shared by the checks: what the form treats as blank, as "无", as the same name.
extension String {
  /// The form's marker for "nothing to say" (填报说明 3).
  public static let noneMarker = "无"

  /// The text without surrounding white space, full-width spaces (U+3000) included.
  public var trimmedForForm: String {
    String(unicodeScalars.trimmingWhiteSpace)
  }

  /// `true` when the text, trimmed, is exactly "无".
  public var isNoneMarker: Bool { trimmedForForm == Self.noneMarker }

  /// Full-width ASCII forms (Ａ-Ｚ, ０-９, （）, ＠ …) turned into their ASCII twins, and the
  /// ideographic space into a space.
  public var halfWidth: String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      case 0x3000: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `true` when `other` occurs in the text, compared by UTF-8 bytes: without Foundation's
  /// locale-aware search, which costs far more on hot paths.
  public func containsBytes(of other: String) -> Bool {
    other.isEmpty || withCString { text in other.withCString { strstr(text, $0) != nil } }
  }

  /// The text without any white space at all: how names are compared.
  public var withoutWhiteSpace: String {
    guard unicodeScalars.contains(where: \.isWhiteSpace) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.filter { !$0.isWhiteSpace }))
  }
}

extension String.UnicodeScalarView {
  fileprivate var trimmingWhiteSpace: Substring.UnicodeScalarView {
    guard let first = firstIndex(where: { !$0.isWhiteSpace }),
      let last = lastIndex(where: { !$0.isWhiteSpace })
    else { return Substring.UnicodeScalarView() }
    return self[first...last]
  }
}

extension Unicode.Scalar {
  /// Unicode's White_Space property, written out: the set is small and has not changed since
  /// Unicode 6.3, and looking it up in the property tables costs more than the whole comparison
  /// of a label.
  public var isWhiteSpace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}
