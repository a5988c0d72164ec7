import ShenbaoCore

/// A draft as JSON, keys in the draft's order, every value text: what the form page's script
/// restores its fields from.
enum DraftJSON {
  static func text(of value: DraftValue) -> String {
    switch value {
    case .text(let text): quoted(text)
    case .list(let items): "[" + items.map(Self.text(of:)).joined(separator: ",") + "]"
    case .record(let record):
      "{" + record.entries.map { quoted($0.key) + ":" + text(of: $0.value) }.joined(separator: ",") + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
