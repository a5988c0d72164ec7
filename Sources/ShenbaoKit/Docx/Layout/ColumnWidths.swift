/// Column widths that follow a table's columns. A value of fixed shape (an ID number, a phone,
/// a date) gets the room its characters take at the table's font size, so it never wraps; the
/// columns of free text share what is left equally. When the fixed columns alone overflow the
/// text area, every column is scaled down. The last column takes what rounding leaves.
enum ColumnWidths {
  /// The twips a cell spends on its left and right margins (108 each).
  static let cellMargins = 216

  /// The characters a value of `kind` takes at most, when its shape fixes it; `nil` for free
  /// text (e-mail addresses included: they vary too much, and wrap well).
  static func characters(_ kind: FieldKind) -> Int? {
    switch kind {
    case .idNumber, .creditCode: 18
    case .bankAccount: 19
    case .landline: 14
    case .mobile: 11
    case .date: 11
    case .number: 8
    case .postcode: 6
    default: nil
    }
  }

  /// The width a value of `kind` takes in a cell at `halfPoints` (digits and Latin letters are
  /// half an em wide), or `nil` for free text.
  static func fixed(_ kind: FieldKind, halfPoints: Int) -> Int? {
    characters(kind).map { $0 * halfPoints * 5 * 21 / 20 + cellMargins }
  }

  /// What a column asks for: its own width, or a share of what the fixed ones leave.
  enum Want: Equatable {
    case fixed(Int)
    case free(weight: Int)
  }

  /// `fixed`'s width as a want, or a single share of the rest for free text.
  static func want(_ width: Int?) -> Want {
    width.map(Want.fixed) ?? .free(weight: 1)
  }

  /// Widths adding up to `total`: each fixed column its own width, the free ones shares of the
  /// rest by weight, none below `minimum`.
  static func fill(_ wants: [Want], to total: Int, minimum: Int = 600) -> [Int] {
    guard !wants.isEmpty else { return [] }
    var fixedSum = 0
    var weights = 0
    for want in wants {
      switch want {
      case .fixed(let width): fixedSum += width
      case .free(let weight): weights += weight
      }
    }
    var widths: [Int]
    if weights == 0 {
      widths = wants.map { if case .fixed(let width) = $0 { width * total / max(1, fixedSum) } else { 0 } }
    } else if fixedSum + weights * minimum <= total {
      let unit = (total - fixedSum) / weights
      widths = wants.map { want in
        switch want {
        case .fixed(let width): width
        case .free(let weight): weight * unit
        }
      }
    } else {
      let asked = wants.map { want in
        switch want {
        case .fixed(let width): width
        case .free(let weight): weight * minimum
        }
      }
      let sum = asked.reduce(0, +)
      widths = asked.map { max(400, $0 * total / max(1, sum)) }
    }
    widths[widths.count - 1] = max(400, total - widths.dropLast().reduce(0, +))
    return widths
  }
}
