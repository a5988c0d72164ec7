import ShenbaoSupport

/// Writes text as a YAML scalar that reads back as the same string, in every YAML reader.
package enum YAMLScalar {
  /// `text` as a plain scalar where that is safe, double-quoted otherwise.
  package static func inline(_ text: String) -> String {
    isPlainSafe(text) ? text : doubleQuoted(text)
  }

  /// `text` as a literal block (`|-`, or `|` / `|+` to keep final line breaks), indented by
  /// `indent`; `nil` when a block cannot carry it exactly (leading spaces, control characters).
  package static func literalBlock(_ text: String, indent: String) -> String? {
    // Checked on UTF-8 bytes: a block cannot start with a space or tab, nor carry a space or tab
    // before a line break, nor control characters.
    let bytes = Array(text.utf8)
    guard bytes.contains(0x0A), bytes.first != 0x20, bytes.first != 0x09,
      !text.unicodeScalars.contains(where: { isEscaped($0) && $0 != "\n" }),
      !zip(bytes, bytes.dropFirst()).contains(where: { ($0 == 0x20 || $0 == 0x09) && $1 == 0x0A }),
      bytes.last != 0x20, bytes.last != 0x09
    else { return nil }
    var body = text
    var chomping = "-"
    if text.hasSuffix("\n") {
      body.removeLast()
      chomping = body.hasSuffix("\n") ? "+" : ""
      if chomping == "+" { return nil }
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : indent + $0 }
    return "|\(chomping)\n" + lines.joined(separator: "\n")
  }

  /// A double-quoted scalar with YAML escapes for quotes, backslashes and control characters.
  package static func doubleQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if isEscaped(scalar) {
          result += scalar.value <= 0xFF
            ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Characters YAML cannot carry unescaped: C0 and C1 controls, DEL, lone surrogates' kin,
  /// the BOM and the line and paragraph separators.
  package static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0x2028, 0x2029, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Plain when nothing in it means something to YAML and no reader would take it for a
  /// number, a boolean, a date or null.
  package static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      !first.isWhiteSpace, !last.isWhiteSpace,
      !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first),
      !text.containsBytes(of: ": "), !text.containsBytes(of: " #"), !text.hasSuffix(":"),
      !text.unicodeScalars.contains(where: { isEscaped($0) || $0 == "\n" || $0 == "\t" })
    else { return false }
    return !looksTyped(text)
  }

  /// Texts YAML 1.1 or 1.2 readers resolve to something other than a string.
  package static func looksTyped(_ text: String) -> Bool {
    let lower = text.lowercased()
    if ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf",
      "-.inf", "+.inf"].contains(lower)
    {
      return true
    }
    let numeric = "0123456789+-._:eExXoObBaAcCdDfF"
    if let first = text.first, first.isASCIIDigit || "+-.".contains(first),
      text.allSatisfy({ numeric.contains($0) })
    {
      return true
    }
    return false
  }

  package static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
