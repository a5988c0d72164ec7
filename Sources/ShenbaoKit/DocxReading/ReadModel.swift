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

/// A table's rows.
public struct ReadTable: Sendable {
  public var rows: [ReadRow]

  /// The cells of row `index` by grid column: a cell spanning three columns stands in all three.
  public func gridCells(row index: Int) -> [ReadCell] {
    rows[index].cells.flatMap { Array(repeating: $0, count: max(1, $0.span)) }
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
