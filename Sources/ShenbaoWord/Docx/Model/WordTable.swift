/// A table with fixed column widths, so it never grows past the text area.
public struct WordTable: Sendable, Hashable {
  /// The grid's column widths in twips.
  public var columns: [Int]
  public var rows: [WordTableRow]
  /// Single-line borders on every edge and between cells; `false` for a layout table.
  public var borders: Bool

  public init(columns: [Int], rows: [WordTableRow], borders: Bool = true) {
    self.columns = columns
    self.rows = rows
    self.borders = borders
  }

  /// The table's total width.
  public var width: Int { columns.reduce(0, +) }
}

/// One row of a table.
public struct WordTableRow: Sendable, Hashable {
  public var cells: [WordTableCell]
  /// Repeated at the top of every page the table runs onto.
  public var isHeader: Bool
  /// The least height in twips, or `nil` to fit the content.
  public var minimumHeight: Int?
  /// Keeps the row on one page.
  public var cantSplit: Bool

  public init(cells: [WordTableCell], isHeader: Bool = false, minimumHeight: Int? = nil,
    cantSplit: Bool = false)
  {
    self.cells = cells
    self.isHeader = isHeader
    self.minimumHeight = minimumHeight
    self.cantSplit = cantSplit
  }
}

/// One cell: its content, how many grid columns it spans, and its part in a vertical merge.
public struct WordTableCell: Sendable, Hashable {
  /// A cell's part in cells merged down a column.
  public enum VerticalMerge: Sendable, Hashable {
    /// The first cell of a merge, which holds the content.
    case restart
    /// A cell covered by the one above.
    case `continue`
  }

  public enum VerticalAlignment: String, Sendable {
    case top, center, bottom
  }

  public var blocks: [WordBlock]
  public var span: Int
  public var verticalMerge: VerticalMerge?
  public var verticalAlignment: VerticalAlignment
  /// A fill colour as six hex digits (label cells).
  public var shading: String?
  /// A single line under the cell, in a table without borders: the cover's blanks.
  public var underlined: Bool

  public init(
    _ blocks: [WordBlock], span: Int = 1, verticalMerge: VerticalMerge? = nil,
    verticalAlignment: VerticalAlignment = .center, shading: String? = nil,
    underlined: Bool = false
  ) {
    self.blocks = blocks
    self.span = span
    self.verticalMerge = verticalMerge
    self.verticalAlignment = verticalAlignment
    self.shading = shading
    self.underlined = underlined
  }

  /// A cell of one paragraph.
  public init(_ paragraph: WordParagraph, span: Int = 1, verticalMerge: VerticalMerge? = nil,
    verticalAlignment: VerticalAlignment = .center, shading: String? = nil,
    underlined: Bool = false)
  {
    self.init([.paragraph(paragraph)], span: span, verticalMerge: verticalMerge,
      verticalAlignment: verticalAlignment, shading: shading, underlined: underlined)
  }
}

extension WordTable {
  /// The table kept on one page with what comes before it, as Word and LibreOffice keep a
  /// table together: no row splits, and every paragraph but those of the last row keeps with
  /// the next.
  public func keptTogether() -> WordTable {
    var table = self
    for index in table.rows.indices {
      table.rows[index].cantSplit = true
      guard index < table.rows.count - 1 else { continue }
      for cell in table.rows[index].cells.indices {
        table.rows[index].cells[cell].blocks = table.rows[index].cells[cell].blocks.map { block in
          guard case .paragraph(var paragraph) = block else { return block }
          paragraph.keepWithNext = true
          return .paragraph(paragraph)
        }
      }
    }
    return table
  }
}
