/// The two ways a length limit such as "1000字以内" can be counted.
public struct CharacterCount: Sendable, Hashable {
  /// Characters without white space: what Word calls 字符数(不计空格). The limit is checked on
  /// this count.
  public var strict: Int
  /// Word's 字数: each CJK character or full-width mark counts one, each run of other
  /// characters between spaces counts one.
  public var words: Int

  public init(strict: Int, words: Int) {
    self.strict = strict
    self.words = words
  }

  /// Counts `text` both ways.
  public init(_ text: String) {
    var strict = 0
    var words = 0
    var inRun = false
    for character in text {
      if character.isWhitespace {
        inRun = false
        continue
      }
      strict += 1
      if character.unicodeScalars.first.map(Self.isAsianWide) ?? false {
        words += 1
        inRun = false
      } else if !inRun {
        words += 1
        inRun = true
      }
    }
    self.init(strict: strict, words: words)
  }

  /// CJK ideographs (all extensions), kana, hangul, CJK and full-width punctuation, and the
  /// quotes and dashes Chinese text uses: each counts as a word of its own.
  package static func isAsianWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00B7, 0x2014...0x2027, 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF,
      0x3100...0x31FF, 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7AF,
      0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
      true
    default:
      false
    }
  }
}
