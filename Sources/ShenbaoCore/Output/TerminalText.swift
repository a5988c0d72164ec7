extension String {
  /// The text with every character that could act on a terminal written out as `\u{1B}`:
  /// controls (C0 but the tab, DEL, C1), line and paragraph separators, and the bidirectional
  /// embeddings, overrides and isolates. What a draft or document holds then cannot clear the
  /// screen, move the cursor, break a report line in two or reorder it.
  public var escapingControlCharacters: String {
    guard unicodeScalars.contains(where: \.actsOnTerminal) else { return self }
    var escaped = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.actsOnTerminal {
        escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        escaped.append(scalar)
      }
    }
    return String(escaped)
  }
}

extension String {
  /// The most characters of a value a message quotes.
  public static let quotedLimit = 200

  /// The text cut to its first ``quotedLimit`` characters, with "…" where it was cut: a message
  /// quoting a value from the input stays a sentence, however long the value.
  public var abridged: String {
    // A cheap bound first: no more characters than UTF-8 bytes.
    guard utf8.count > Self.quotedLimit, count > Self.quotedLimit else { return self }
    return String(prefix(Self.quotedLimit)) + "…"
  }
}

extension Unicode.Scalar {
  fileprivate var actsOnTerminal: Bool {
    switch value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
