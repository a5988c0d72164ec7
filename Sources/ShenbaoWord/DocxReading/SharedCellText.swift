import ShenbaoCore
import ShenbaoSupport

/// The two fields of a cell that holds both — a text, then a code in brackets, as the form prints
/// 通信地址（邮政编码） — however applicants write the code: in brackets or after a comma, with its
/// label, a short form of the label (邮编 for 邮政编码) or none, after the text or before it.
package struct SharedCellText {
  /// The text part, without the code and the words around it.
  package var text: String
  /// The code as written: its digits when a run of `digits` digits was found, else what the
  /// brackets at the end hold, else "".
  package var code: String

  /// Splits `written`; `codeLabel` is the code's label, `digits` how many digits a code has.
  package init(_ written: String, codeLabel: String, digits: Int) {
    let characters = Array(written.trimmedForForm)
    let normal = Array(written.trimmedForForm.halfWidth)
    let folded = normal.count == characters.count ? normal : characters
    let label = Array(codeLabel.withoutWhiteSpace)

    guard let digitsRange = Self.codeRun(in: folded, digits: digits, label: label) else {
      // No code written as digits: what the closing brackets hold, else nothing.
      var rest = characters[...]
      rest = Self.droppingLabel(label, fromEndOf: rest)
      if let last = rest.last, Self.closing.contains(last),
        let open = rest.lastIndex(where: { Self.opening.contains($0) })
      {
        let inside = Self.droppingLabel(label, fromStartOf: rest[(open + 1)..<(rest.endIndex - 1)])
        text = Self.trimmed(rest[..<open])
        code = Self.trimmed(inside)
      } else {
        text = Self.trimmed(rest)
        code = ""
      }
      return
    }
    code = String(folded[digitsRange])
    // The code's span: the digits, the label before them, and the brackets around both.
    var start = digitsRange.lowerBound
    var end = digitsRange.upperBound
    start = Self.skipping(Self.separators, backFrom: start, in: characters)
    start = Self.labelStart(label, endingAt: start, in: characters)
    start = Self.skipping(Self.spaces, backFrom: start, in: characters)
    if start > 0, Self.opening.contains(characters[start - 1]) {
      start -= 1
      end = Self.skipping(Self.spaces, forwardFrom: end, in: characters)
      if end < characters.count, Self.closing.contains(characters[end]) { end += 1 }
    }
    let before = Self.trimmed(characters[..<start])
    let after = Self.trimmed(characters[end...])
    text = before.isEmpty ? after : (after.isEmpty ? before : before + after)
  }

  private static let opening: Set<Character> = ["（", "("]
  private static let closing: Set<Character> = ["）", ")"]
  private static let spaces: Set<Character> = [" ", "　", "\t"]
  /// What stands between a label and its value.
  private static let separators: Set<Character> = [" ", "　", "\t", "：", ":"]
  /// What may separate the text from the code.
  private static let joiners: Set<Character> = [" ", "　", "\t", "，", ",", "；", ";", "、", "。", "：", ":"]

  /// The range of the code's digits: a run of exactly `digits` ASCII digits, preferring one the
  /// label or a bracket introduces, else the last one that ends the cell, else one that starts it.
  private static func codeRun(in text: [Character], digits: Int, label: [Character]) -> Range<Int>? {
    var runs: [Range<Int>] = []
    var index = 0
    while index < text.count {
      guard text[index].isASCIIDigit else {
        index += 1
        continue
      }
      var end = index
      while end < text.count, text[end].isASCIIDigit { end += 1 }
      if end - index == digits { runs.append(index..<end) }
      index = end
    }
    func introduced(_ run: Range<Int>) -> Bool {
      let start = skipping(separators, backFrom: run.lowerBound, in: text)
      if labelStart(label, endingAt: start, in: text) < start { return true }
      return start > 0 && opening.contains(text[start - 1])
    }
    if let run = runs.last(where: introduced) { return run }
    if let run = runs.last, skipping(joiners.union(closing), forwardFrom: run.upperBound, in: text) == text.count {
      return run
    }
    if let run = runs.first, run.lowerBound == 0 { return run }
    return nil
  }

  /// Where a word naming the code ends at `end` starts: the longest run of two or more characters
  /// before `end` whose characters appear in the label in order (邮编 and 邮政编码 name 邮政编码);
  /// `end` when there is none.
  private static func labelStart(_ label: [Character], endingAt end: Int, in text: [Character]) -> Int {
    var best = end
    var start = end - 1
    while start >= 0, end - start <= label.count {
      if isSubsequence(text[start..<end], of: label) {
        if end - start >= 2 { best = start }
      } else {
        break
      }
      start -= 1
    }
    return best
  }

  private static func isSubsequence(_ word: ArraySlice<Character>, of label: [Character]) -> Bool {
    var position = label.startIndex
    for character in word {
      guard let found = label[position...].firstIndex(of: character) else { return false }
      position = found + 1
    }
    return true
  }

  private static func droppingLabel(_ label: [Character], fromEndOf text: ArraySlice<Character>) -> ArraySlice<Character> {
    let array = Array(text)
    let end = skipping(joiners, backFrom: array.count, in: array)
    let start = labelStart(label, endingAt: end, in: array)
    return start < end ? text.prefix(start) : text
  }

  private static func droppingLabel(_ label: [Character], fromStartOf text: ArraySlice<Character>) -> ArraySlice<Character> {
    let array = Array(text)
    var length = 0
    while length < min(array.count, label.count), isSubsequence(array[0...length], of: label) { length += 1 }
    return length >= 2 ? text.dropFirst(length) : text
  }

  private static func skipping(_ set: Set<Character>, backFrom index: Int, in text: [Character]) -> Int {
    var index = index
    while index > 0, set.contains(text[index - 1]) { index -= 1 }
    return index
  }

  private static func skipping(_ set: Set<Character>, forwardFrom index: Int, in text: [Character]) -> Int {
    var index = index
    while index < text.count, set.contains(text[index]) { index += 1 }
    return index
  }

  /// The characters without separators at either end, and without brackets left empty.
  private static func trimmed(_ characters: ArraySlice<Character>) -> String {
    var text = String(characters)
    for pair in ["（）", "()"] { text = text.replacingAll(pair, with: "") }
    return text.trimming { joiners.contains($0) }
  }
}
