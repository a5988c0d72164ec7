import ShenbaoCore
import Testing

@Suite("White space")
struct WhiteSpaceTests {
  @Test func isUnicodesWhiteSpacePropertyForEveryScalar() {
    let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
      $0.isWhiteSpace != $0.properties.isWhitespace
    }
    #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
  }

  @Test func labelsCompareWithoutAnyWhiteSpace() {
    #expect("姓　名 ".withoutWhiteSpace == "姓名")
    #expect("\u{2003}现从事\n专业\u{3000}".withoutWhiteSpace == "现从事专业")
    #expect("专业方向".withoutWhiteSpace == "专业方向")
  }
}
