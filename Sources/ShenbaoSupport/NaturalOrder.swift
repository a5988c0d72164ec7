/// File names in the order people number them: runs of digits compare by value, so 第2号
/// comes before 第10号 and app-9 before app-10; the rest compares as the standard library
/// compares strings.
public enum NaturalOrder {
  /// `true` when `left` comes before `right`.
  public static func isBefore(_ left: String, _ right: String) -> Bool {
    let (a, b) = (pieces(left), pieces(right))
    for (x, y) in zip(a, b) where x != y {
      if let m = x.number, let n = y.number, m != n { return smaller(m, n) }
      return x.text < y.text
    }
    return a.count != b.count ? a.count < b.count : left < right
  }

  /// Digit strings without leading zeros, by value: the longer is the larger.
  private static func smaller(_ m: Substring, _ n: Substring) -> Bool {
    m.count != n.count ? m.count < n.count : m < n
  }

  private struct Piece: Equatable {
    var text: Substring
    /// The value of a run of digits (without its leading zeros, so it never overflows).
    var number: Substring? {
      guard text.first?.isASCIIDigit == true else { return nil }
      return text.drop { $0 == "0" }
    }
  }

  private static func pieces(_ text: String) -> [Piece] {
    var result: [Piece] = []
    var start = text.startIndex
    while start < text.endIndex {
      let digits = text[start].isASCIIDigit
      let end = text[start...].firstIndex { $0.isASCIIDigit != digits } ?? text.endIndex
      result.append(Piece(text: text[start..<end]))
      start = end
    }
    return result
  }
}
