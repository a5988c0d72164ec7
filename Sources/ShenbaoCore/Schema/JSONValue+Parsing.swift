/// Parses JSON text into a ``JSONValue``: a small reader for the JSON the build embeds, which
/// starts far faster than a general decoder.
extension JSONValue {
  /// The value `text` holds; throws for anything but one well-formed JSON value.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var parser = JSONTextParser(bytes: Array(text.utf8))
    let value = try parser.value()
    parser.skipWhiteSpace()
    guard parser.position == parser.bytes.count else { throw parser.error("trailing characters") }
    return value
  }
}

/// Thrown when JSON text is malformed; `offset` is the byte where reading stopped.
public struct JSONParseError: Error, Sendable, Equatable {
  public var offset: Int
  public var reason: String
}

private struct JSONTextParser {
  let bytes: [UInt8]
  var position = 0

  func error(_ reason: String) -> JSONParseError {
    JSONParseError(offset: position, reason: reason)
  }

  mutating func skipWhiteSpace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
  }

  mutating func value() throws(JSONParseError) -> JSONValue {
    skipWhiteSpace()
    guard position < bytes.count else { throw error("unexpected end") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return .number(try number())
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
    let expected = Array(word.utf8)
    guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected
    else { throw error("unknown literal") }
    position += expected.count
    return value
  }

  mutating func object() throws(JSONParseError) -> JSONValue {
    position += 1
    var members: [String: JSONValue] = [:]
    skipWhiteSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhiteSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
      let key = try string()
      skipWhiteSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected :") }
      position += 1
      members[key] = try value()
      skipWhiteSpace()
      guard position < bytes.count else { throw error("unexpected end") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      guard bytes[position] == UInt8(ascii: "}") else { throw error("expected , or }") }
      position += 1
      return .object(members)
    }
  }

  mutating func array() throws(JSONParseError) -> JSONValue {
    position += 1
    var items: [JSONValue] = []
    skipWhiteSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      items.append(try value())
      skipWhiteSpace()
      guard position < bytes.count else { throw error("unexpected end") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      guard bytes[position] == UInt8(ascii: "]") else { throw error("expected , or ]") }
      position += 1
      return .array(items)
    }
  }

  mutating func string() throws(JSONParseError) -> String {
    position += 1
    // Most strings have no escapes: take them as one slice.
    var end = position
    while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
    if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
      defer { position = end + 1 }
      return String(decoding: bytes[position..<end], as: UTF8.self)
    }
    var out: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { throw error("unexpected end") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800...0xDBFF).contains(scalar), position + 1 < bytes.count,
            bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
          {
            position += 2
            let low = try hex4()
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let unicode = Unicode.Scalar(scalar) else { throw error("bad \\u escape") }
          out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default: out.append(escape)
        }
      default:
        out.append(byte)
      }
    }
    throw error("unterminated string")
  }

  mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard bytes.count - position >= 4,
      let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw error("bad \\u escape") }
    position += 4
    return value
  }

  mutating func number() throws(JSONParseError) -> Double {
    let start = position
    while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
    guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
      throw error("bad number")
    }
    return value
  }
}
