import ShenbaoCore

/// A filled Word document as read: the body's paragraphs and tables, close to
/// WordprocessingML, with what a reviewer should know about it (tracked changes, comments,
/// hidden text, empty fields). Text is as the document shows it: insertions kept, deletions,
/// field instructions, hidden text and placeholders left out.
public struct ReadDocument: Sendable {
  public var body: [ReadBlock]
  public var marks: DocumentMarks

  public init(body: [ReadBlock] = [], marks: DocumentMarks = DocumentMarks()) {
    self.body = body
    self.marks = marks
  }

  /// Every table, nested ones too, in document order.
  public var tables: [ReadTable] {
    func collect(_ blocks: [ReadBlock]) -> [ReadTable] {
      blocks.flatMap { block -> [ReadTable] in
        guard case .table(let table) = block else { return [] }
        return [table] + table.rows.flatMap { $0.cells.flatMap { collect($0.blocks) } }
      }
    }
    return collect(body)
  }

  /// Every paragraph, in tables too, in document order.
  public var paragraphs: [ReadParagraph] {
    body.flatMap(\.paragraphs)
  }
}

/// A paragraph or a table.
public enum ReadBlock: Sendable {
  case paragraph(ReadParagraph)
  case table(ReadTable)

  /// The paragraphs of this block, nested ones included.
  public var paragraphs: [ReadParagraph] {
    switch self {
    case .paragraph(let paragraph): [paragraph]
    case .table(let table): table.rows.flatMap { $0.cells.flatMap { $0.blocks.flatMap(\.paragraphs) } }
    }
  }
}

/// A paragraph's visible text (tabs as tab characters, breaks as line feeds) and the bookmarks
/// that start in it.
public struct ReadParagraph: Sendable {
  public var text: String
  /// Bookmark names with where they start and end in `text` (in Unicode scalars); the end is
  /// `nil` when the bookmark ends in another paragraph.
  public var bookmarks: [ReadBookmark]

  public init(text: String = "", bookmarks: [ReadBookmark] = []) {
    self.text = text
    self.bookmarks = bookmarks
  }
}

/// A bookmark in a paragraph.
public struct ReadBookmark: Sendable, Hashable {
  public var name: String
  public var start: Int
  public var end: Int?
}

/// A table's rows, and the width of its grid.
public struct ReadTable: Sendable {
  public var rows: [ReadRow]
  /// The columns of the table's grid (`w:tblGrid`), at most ``DocxReadLimits/gridColumns``.
  public var gridColumns: Int

  public init(rows: [ReadRow], gridColumns: Int = DocxReadLimits().gridColumns) {
    self.rows = rows
    self.gridColumns = gridColumns
  }

  /// The cells of row `index` by grid column: a cell spanning three columns stands in all three.
  /// Spans are cut at the grid's edge, so a row never stands in more columns than the grid has
  /// (or than it has cells, where it has more cells than grid columns).
  public func gridCells(row index: Int) -> [ReadCell] {
    guard rows.indices.contains(index) else { return [] }
    var cells: [ReadCell] = []
    for cell in rows[index].cells {
      let room = max(1, gridColumns - cells.count)
      cells += repeatElement(cell, count: min(cell.span, room))
    }
    return cells
  }

  /// A `w:gridSpan` value as a span of at least one and at most `limit` columns; a value that is
  /// not a number spans one.
  package static func span(_ value: String, limit: Int) -> Int {
    guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return 1 }
    let digits = value.drop { $0 == "0" }
    // More digits than the limit has cannot be within it (and might not fit an Int).
    guard digits.utf8.count <= String(limit).utf8.count, let number = Int(digits.isEmpty ? "0" : digits)
    else { return limit }
    return min(max(1, number), limit)
  }
}

/// A row's cells.
public struct ReadRow: Sendable {
  public var cells: [ReadCell]
}

/// A cell: its blocks, how many grid columns it spans, its part in a vertical merge.
public struct ReadCell: Sendable {
  public var blocks: [ReadBlock]
  public var span: Int
  /// `true` for a cell covered by the one above (`w:vMerge` without `restart`).
  public var continuesMerge: Bool

  /// The cell's own paragraphs (not those of tables nested in it).
  public var paragraphs: [ReadParagraph] {
    blocks.compactMap { block in
      if case .paragraph(let paragraph) = block { return paragraph }
      return nil
    }
  }

  /// The cell's text, paragraphs joined by line feeds, trimmed.
  public var text: String {
    paragraphs.map(\.text).joined(separator: "\n").trimmedForForm
  }

  /// The names of the bookmarks that start in the cell's own paragraphs.
  public var bookmarkNames: [String] {
    paragraphs.flatMap { $0.bookmarks.map(\.name) }
  }
}

/// What a reviewer should know about a filled document: changes not accepted, comments, hidden
/// text, fields and content controls left empty.
public struct DocumentMarks: Sendable, Hashable {
  public var insertions = 0
  public var deletions = 0
  public var comments = 0
  public var hiddenRuns = 0
  public var emptyFields = 0
  public var placeholders = 0

  public init() {}
}
