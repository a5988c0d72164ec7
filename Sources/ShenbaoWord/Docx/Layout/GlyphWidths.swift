/// How wide text prints, in thousandths of an em: the widths of Times New Roman's ASCII glyphs
/// (and of Liberation Serif, metric-compatible, which LibreOffice stands in with), and an em
/// for any other character (SimSun's Chinese characters and full-width forms).
package enum GlyphWidths {
  /// The width of `text` in thousandths of an em.
  package static func thousandths(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  private static func width(of scalar: Unicode.Scalar) -> Int {
    guard scalar.isASCII else { return 1000 }
    let value = Int(scalar.value)
    guard value >= 32, value < 127 else { return 0 }
    return ascii[value - 32]
  }

  /// From U+0020 to U+007E.
  private static let ascii: [Int] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // space … /
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0 … ?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @ … O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P … _
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // ` … o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,  // p … ~
  ]
}
