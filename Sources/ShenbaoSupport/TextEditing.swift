/// Editing text by exact UTF-8 matches: what a form's placeholders and the file formats' escapes
/// need, with no locale and no regular expressions.
extension String {
  /// The byte offsets in the UTF-8 of the text where `target` starts, left to right, not
  /// overlapping.
  private func utf8Matches(of target: String) -> [Int] {
    let text = Array(utf8), pattern = Array(target.utf8)
    guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
    var matches: [Int] = []
    var start = 0
    while start + pattern.count <= text.count {
      if text[start] == pattern[0], text[start..<(start + pattern.count)].elementsEqual(pattern) {
        matches.append(start)
        start += pattern.count
      } else {
        start += 1
      }
    }
    return matches
  }

  /// The text with every occurrence of `target` replaced by `replacement`.
  package func replacingAll(_ target: String, with replacement: String) -> String {
    let matches = utf8Matches(of: target)
    guard !matches.isEmpty else { return self }
    let text = Array(utf8), length = target.utf8.count
    var result: [UInt8] = []
    result.reserveCapacity(text.count + matches.count * max(0, replacement.utf8.count - length))
    var copied = 0
    for match in matches {
      result.append(contentsOf: text[copied..<match])
      result.append(contentsOf: replacement.utf8)
      copied = match + length
    }
    result.append(contentsOf: text[copied...])
    return String(decoding: result, as: UTF8.self)
  }

  /// The pieces between occurrences of `separator`, empty pieces kept.
  package func pieces(separatedBy separator: String) -> [String] {
    let text = Array(utf8), length = separator.utf8.count
    var pieces: [String] = []
    var copied = 0
    for match in utf8Matches(of: separator) {
      pieces.append(String(decoding: text[copied..<match], as: UTF8.self))
      copied = match + length
    }
    pieces.append(String(decoding: text[copied...], as: UTF8.self))
    return pieces
  }

  /// The text with `insertion` just before the last occurrence of `marker`; `nil` when it does
  /// not occur.
  package func inserting(_ insertion: String, beforeLast marker: String) -> String? {
    guard let offset = utf8Matches(of: marker).last else { return nil }
    let bytes = Array(utf8)
    return String(decoding: bytes[..<offset] + Array(insertion.utf8) + bytes[offset...], as: UTF8.self)
  }

  /// The text before and after the first occurrence of `separator`, if it occurs.
  package func splitOnce(at separator: String) -> (before: String, after: String)? {
    let parts = pieces(separatedBy: separator)
    guard parts.count > 1 else { return nil }
    return (parts[0], parts.dropFirst().joined(separator: separator))
  }

  /// The text without the leading and trailing characters that `drop` matches.
  package func trimming(_ drop: (Character) -> Bool) -> String {
    guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else {
      return ""
    }
    return String(self[first...last])
  }

  /// The text without leading and trailing `characters`.
  package func trimming(_ characters: Set<Character>) -> String {
    trimming { characters.contains($0) }
  }
}

extension Character {
  /// `true` for the ASCII digits 0-9 only: one scalar, no combining mark after it.
  package var isASCIIDigit: Bool {
    guard let first = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
    return (0x30...0x39).contains(first.value)
  }
}
