import ShenbaoCore
import ShenbaoSupport

/// Column widths that follow a table's columns. A value of fixed shape (an ID number, a phone,
/// a date) gets the room its characters take at the table's font size, so it never wraps; the
/// columns of free text share what is left equally. When the fixed columns alone overflow the
/// text area, every column is scaled down. The last column takes what rounding leaves.
package enum ColumnWidths {
  /// The twips a cell spends on its left and right margins (108 each).
  package static let cellMargins = 216

  /// The half-width characters (a digit is one, a Chinese character two) a value of `field`
  /// takes at most, when its kind fixes its shape; `nil` for free text (e-mail addresses
  /// included: they vary too much, and wrap well).
  package static func characters(_ field: FieldDefinition) -> Int? {
    switch field.kind {
    case .idNumber: 19  // 18 digits, the last perhaps an X
    case .creditCode: 22  // 18 digits and capitals
    case .bankAccount: 19
    case .landline: 14
    case .mobile, .date: 11
    case .postcode: 6
    case .number:
      if case .number(let maximum)? = field.maximum { DeclaredNumber.format(maximum).count + 1 } else { 8 }
    case .choice where !field.open:
      (field.options ?? []).map { width($0.value) }.max()
    default: nil
    }
  }

  /// The half-width characters a column of `field` needs for `values`, the values it prints:
  /// the kind's room, or the widest value when wider (`+86` before a mobile); an e-mail address
  /// gets its widest value, up to `widestAddress`. `nil` for free text, and for e-mail
  /// addresses in the template or too long to keep whole (they wrap at their `@` and dots).
  package static func characters(_ field: FieldDefinition, values: [String]) -> Int? {
    let widest = values.filter { !$0.isEmpty }.map(width).max()
    if field.kind == .email {
      guard let widest, widest <= widestAddress else { return nil }
      return widest
    }
    return characters(field).map { max($0, min(widest ?? 0, widestAddress)) }
  }

  /// The longest e-mail address a column is widened for, in half-width characters.
  package static let widestAddress = 32

  /// The half-width characters a free-text column keeps on one line when its values are that
  /// short: a name, a degree, a department of five characters.
  package static let shortText = 10

  /// The narrowest a free-text column of `values` under `label` is at `halfPoints`: its heading
  /// without a broken word, a Chinese name, and its values when they are short.
  package static func freeMinimum(label: String, values: [String], halfPoints: Int) -> Int {
    let piece = Breaks.label.pieces(label).map(width).max() ?? 0
    let widest = min(values.map(width).max() ?? 0, shortText)
    return cell(halfWidth: max(6, piece, widest), halfPoints: halfPoints)
  }

  /// The text sizes a table steps down through, largest first, to keep fixed-shape values whole:
  /// 五号 then 小五.
  package static let sizes = [WordStyle.tableTextSize, WordStyle.compactTextSize]

  /// The first of `sizes` at which the columns `wants` asks for fit across `total`, with their
  /// widths; when none does, the last size with every column scaled down (`fits` false).
  package static func stepping(
    _ sizes: [Int], to total: Int, _ wants: (Int) -> [Want]
  ) -> (size: Int, widths: [Int], fits: Bool) {
    for size in sizes {
      let asked = wants(size)
      if asked.reduce(0, { $0 + $1.minimum }) <= total { return (size, fill(asked, to: total), true) }
    }
    let size = sizes.last ?? WordStyle.compactTextSize
    return (size, fill(wants(size), to: total), false)
  }

  /// The width of `text` in half-width characters (half an em, a digit's width), rounded up: a
  /// Chinese character is two, an `X` or an `m` more than one, a dot or an `i` less.
  package static func width(_ text: String) -> Int {
    (GlyphWidths.thousandths(text) + 499) / 500
  }

  /// The width `field`'s values take in a cell at `halfPoints` — and its heading without a
  /// broken word — or `nil` for free text; with `values`, the widest of them too.
  package static func fixed(_ field: FieldDefinition, halfPoints: Int, values: [String]? = nil) -> Int? {
    let wanted = values.map { Self.characters(field, values: $0) } ?? Self.characters(field)
    let heading = Breaks.label.pieces(field.label).map { label($0, halfPoints: halfPoints) }.max() ?? 0
    return wanted.map { max(cell(halfWidth: $0, halfPoints: halfPoints), heading) }
  }

  /// What a column of `field` printing `values` asks for at `halfPoints`: its fixed width, or
  /// `weight` shares of the room left beyond its free minimum.
  package static func want(_ field: FieldDefinition, values: [String], halfPoints: Int, weight: Int = 1) -> Want {
    if let width = fixed(field, halfPoints: halfPoints, values: values) { return .fixed(width) }
    return .free(weight: weight, atLeast: freeMinimum(label: field.label, values: values, halfPoints: halfPoints))
  }

  /// The width of a cell holding `halfWidth` half-width characters at `halfPoints`: a digit is
  /// half an em in Times New Roman (and Liberation Serif, which stands in for it), a Chinese
  /// character an em in SimSun; `slack` absorbs the rounding of the layout engines.
  package static func cell(halfWidth: Int, halfPoints: Int) -> Int {
    halfWidth * halfPoints * 5 + cellMargins + slack
  }

  /// The twips a cell keeps beyond its text's width.
  package static let slack = 30

  /// The narrowest a column of free text is at `halfPoints`: a Chinese name (three characters)
  /// on one line.
  package static func freeText(halfPoints: Int) -> Int {
    cell(halfWidth: 6, halfPoints: halfPoints)
  }

  /// The width a label takes on one line at `halfPoints`.
  package static func label(_ text: String, halfPoints: Int) -> Int {
    cell(halfWidth: width(text), halfPoints: halfPoints)
  }

  /// Where a text may be broken between lines without breaking a word: before some characters,
  /// after others.
  package struct Breaks {
    package var before: Set<Character>
    package var after: Set<Character>

    /// A label: before a bracket (通信地址 （邮政编码）), after a slash or an enumeration comma
    /// (职务/ 职称).
    package static let label = Breaks(before: ["（", "("], after: ["/", "、"])
    /// An e-mail address: before its `@`, after each dot.
    package static let address = Breaks(before: ["@"], after: ["."])

    /// The pieces `text` may be broken into.
    package func pieces(_ text: String) -> [String] {
      var pieces: [String] = []
      var current = ""
      for character in text {
        if before.contains(character), !current.isEmpty {
          pieces.append(current)
          current = ""
        }
        current.append(character)
        if after.contains(character) {
          pieces.append(current)
          current = ""
        }
      }
      if !current.isEmpty { pieces.append(current) }
      return pieces
    }
  }

  /// The text as printed in a cell `width` wide at `halfPoints`: on one line when it fits, else
  /// broken where `breaks` allow, as few lines as fit.
  package static func fitted(_ text: String, width: Int, halfPoints: Int, breaks: Breaks = .label) -> String {
    guard label(text, halfPoints: halfPoints) > width else { return text }
    var lines: [String] = []
    for piece in breaks.pieces(text) {
      if let last = lines.last, label(last + piece, halfPoints: halfPoints) <= width {
        lines[lines.count - 1] = last + piece
      } else {
        lines.append(piece)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The width of a column of `labels` at `halfPoints`, within `range`: each on one line where
  /// the range allows, and never narrower than a label's widest piece.
  package static func labelColumn(_ labels: [String], halfPoints: Int, within range: ClosedRange<Int>) -> Int {
    let whole = labels.map { label($0, halfPoints: halfPoints) }.max() ?? 0
    let piece = labels.flatMap(Breaks.label.pieces).map { label($0, halfPoints: halfPoints) }.max() ?? 0
    return max(piece, min(range.upperBound, max(range.lowerBound, whole)))
  }

  /// What a column asks for: at least `minimum`, and `weight` shares of the room left (none
  /// for a column of fixed-shape values only).
  package struct Want: Equatable {
    package var minimum: Int
    package var weight: Int

    package static func fixed(_ width: Int) -> Want { Want(minimum: width, weight: 0) }
    package static func free(weight: Int = 1, atLeast minimum: Int = ColumnWidths.minimum) -> Want {
      Want(minimum: max(minimum, ColumnWidths.minimum), weight: weight)
    }
  }

  /// The narrowest free column.
  package static let minimum = 600

  /// `fixed`'s width as a want, or a single share of the rest for free text.
  package static func want(_ width: Int?) -> Want {
    width.map(Want.fixed) ?? .free()
  }

  /// Widths adding up to `total`: every column its minimum, and the room left shared by weight
  /// among the columns its share would widen. When the minimums alone overflow, all are scaled.
  package static func fill(_ wants: [Want], to total: Int) -> [Int] {
    guard !wants.isEmpty else { return [] }
    var widths = wants.map(\.minimum)
    let least = widths.reduce(0, +)
    if least >= total || !wants.contains(where: { $0.weight > 0 }) {
      widths = widths.map { max(400, $0 * total / max(1, least)) }
    } else {
      // Give each weighted column its share; one whose share is below its minimum keeps its
      // minimum and leaves the sharing, until every share fits.
      var sharing = Set(wants.indices.filter { wants[$0].weight > 0 })
      var room = total - wants.indices.filter { !sharing.contains($0) }.reduce(0) { $0 + widths[$1] }
      while true {
        let weights = sharing.reduce(0) { $0 + wants[$1].weight }
        let unit = room / max(1, weights)
        let narrow = sharing.filter { wants[$0].weight * unit < wants[$0].minimum }
        if narrow.isEmpty || narrow.count == sharing.count {
          for index in sharing { widths[index] = max(wants[index].minimum, wants[index].weight * unit) }
          break
        }
        for index in narrow { room -= widths[index] }
        sharing.subtract(narrow)
      }
    }
    widths[widths.count - 1] = max(400, total - widths.dropLast().reduce(0, +))
    return widths
  }
}
