import ShenbaoCore
import Testing

@Suite("Patterns of form definitions")
struct SafePatternTests {
  func matches(_ pattern: String, _ text: String) throws -> Bool {
    try SafePattern(pattern).matches(text)
  }

  @Test func matchesTheWholeValue() throws {
    #expect(try matches("[0-9]{6}", "200030"))
    #expect(try !matches("[0-9]{6}", "2000301"))
    #expect(try matches("^\\d{3,4}-\\d{7,8}$", "021-64871230"))
    #expect(try !matches("\\d{3,4}-\\d{7,8}", "021-6487"))
    #expect(try matches("(GB|DB)\\d+(\\.\\d+)?", "GB32100.2015"))
    #expect(try matches("(?:ab)*c", "ababc") && !(try matches("(?:ab)*c", "abac")))
    #expect(try matches("[^,，]+", "上海") && !(try matches("[^,，]+", "上，海")))
    #expect(try matches("\\p{Han}{2,4}", "张三丰") && !(try matches("\\p{Han}{2,4}", "Zhang")))
    #expect(try matches("a.c", "a中c") && !(try matches("a.c", "a\nc")))
    #expect(try matches("x?", "") && !(try matches("x+", "")))
    #expect(try matches("\\w+@\\w+\\.cn", "zhang_min@pjtt.cn"))
  }

  @Test func hostilePatternsStayLinear() throws {
    // Exponential for a backtracking matcher; linear here.
    let value = String(repeating: "a", count: 5_000)
    #expect(try !matches("(a+)+b", value))
    #expect(try !matches("(a|aa)*b", value))
    #expect(try matches("(a*)*", value))
    #expect(try !matches("a*", String(repeating: "a", count: SafePattern.maximumValueLength + 1)))
  }

  @Test func refusesWhatItCannotRead() {
    for bad in ["(", "a)", "*a", "a{3,2}", "[z-a]", "a{2000}", "\\q", "a^b", "[abc", "(?=a)"] {
      #expect(throws: SafePattern.Problem.self, "\(bad)") { try SafePattern(bad) }
    }
    #expect(throws: SafePattern.Problem.tooLong) { try SafePattern(String(repeating: "(a|b)", count: 300)) }
  }
}
