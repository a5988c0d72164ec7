import ShenbaoCore
import Testing

@Suite("Character counts")
struct CharacterCountTests {
  @Test func countsChineseTextStrictlyAndAsWord() {
    let count = CharacterCount("中心成立于2012年，服务 36 所高校。")
    // Strict: every character but the two spaces.
    #expect(count.strict == 19)
    // Word: 13 CJK characters and marks, plus the runs "2012" and "36".
    #expect(count.words == 13 + 2)
  }

  @Test func countsEnglishWordsAsWordDoes() {
    let count = CharacterCount("Patent licensing  and\ntransfer")
    #expect(count.strict == 26)
    #expect(count.words == 4)
  }

  @Test func countsGraphemesNotScalars() {
    // A family emoji is one character of several scalars; 𠀀 is one CJK Extension B character.
    let count = CharacterCount("👨‍👩‍👧𠀀é")
    #expect(count.strict == 3)
    // Word: the emoji starts a run, 𠀀 counts alone, é starts another run.
    #expect(count.words == 3)
  }
}
