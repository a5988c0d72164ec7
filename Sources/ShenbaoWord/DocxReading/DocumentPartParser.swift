import ShenbaoCore
import ShenbaoNative

/// Stage one of reading a DOCX: the main document part, node by node, into a ``ReadDocument``.
///
/// Every count the document supplies is bounded before it is used: a cell's span by its
/// table's grid, and rows, cells, nesting, blocks and bookmarks by ``DocxReadLimits``.
package struct DocumentPartParser {
  package static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// WordprocessingML elements whose whole subtree is skipped: drawings and text boxes, and
  /// properties that say nothing of the text. Elements of other namespaces (markup
  /// compatibility alternatives, Word 2010+ extensions) are skipped too.
  package static let skipped: Set<String> = [
    "drawing", "pict", "object", "pPr", "sectPr", "tblPr", "trPr", "sdtEndPr",
  ]

  private let reader: XMLStreamReader
  private let part: String
  private let limits: DocxReadLimits
  private var document = ReadDocument()
  /// Paragraphs, tables, rows and cells read so far, and bookmarks.
  private var blockCount = 0
  private var bookmarkCount = 0
  /// The length of the open paragraph's text in Unicode scalars.
  private var textLength = 0

  // Open containers: cells of open tables (innermost last), and their rows and tables.
  private var tables: [ReadTable] = []
  private var rows: [ReadRow] = []
  private var cells: [ReadCell] = []
  private var paragraph: ReadParagraph?
  /// Bookmarks that started outside any paragraph, waiting for the next one.
  private var pendingBookmarks: [String] = []
  private var bookmarkNames: [String: String] = [:]

  private var depth = 0
  private var skipUntil: Int?
  private var deletedDepth: Int?
  private var placeholderDepth: Int?
  private var inRunProperties = false
  private var runHidden = false
  private var inInstruction = false
  private var fieldStates: [FieldState] = []
  private var simpleFieldText: [Int] = []
  /// Open content controls: where each starts, whether it shows its placeholder, and whether it
  /// is one of the template's own hints (tagged), whose placeholder is no unfilled field of the
  /// applicant's.
  private var sdtStarts: [(depth: Int, placeholder: Bool, hint: Bool)] = []
  /// The columns the innermost table's `w:tblGrid` has declared so far, while it is open.
  private var declaredColumns: Int?

  /// The WordprocessingML elements the parser acts on; every other one is `other`. Matching a
  /// name once to a case, rather than against every name in turn, keeps the per-node cost low.
  package enum Element: String {
    case p
    case r
    case rPr
    case vanish
    case t
    case delText
    case instrText
    case tab
    case br
    case cr
    case noBreakHyphen
    case ins
    case moveTo
    case del
    case moveFrom
    case commentReference
    case fldChar
    case fldSimple
    case sdt
    case showingPlcHdr
    case tag
    case sdtContent
    case bookmarkStart
    case bookmarkEnd
    case tbl
    case tblGrid
    case gridCol
    case tr
    case tc
    case gridSpan
    case vMerge
    case other
  }

  private enum FieldState {
    case instruction
    case result(textLength: Int)
  }

  package init(reader: XMLStreamReader, part: String, limits: DocxReadLimits = DocxReadLimits()) {
    self.reader = reader
    self.part = part
    self.limits = limits
  }

  /// Reads the whole part.
  package mutating func parse() throws(DocxReadError) -> ReadDocument {
    while let node = try nextNode() {
      switch node {
      case .start(let name, let isEmpty):
        if !isEmpty { depth += 1 }
        guard skipUntil == nil else { continue }
        guard name.namespace == Self.w, !Self.skipped.contains(name.local) else {
          if !isEmpty { skipUntil = depth }
          continue
        }
        try start(element(name), isEmpty: isEmpty)
      case .end(let name):
        defer { depth -= 1 }
        if let until = skipUntil {
          if depth == until { skipUntil = nil }
          continue
        }
        guard name.namespace == Self.w else { continue }
        end(element(name))
      case .text(let text):
        guard skipUntil == nil else { continue }
        if paragraph != nil, isShowingText(), currentElementIsText { append(text) }
      }
    }
    return document
  }

  /// Whether the text node belongs to a `w:t` (rather than an instruction or deleted text).
  private var currentElementIsText = false

  private func isShowingText() -> Bool {
    deletedDepth == nil && placeholderDepth == nil && !inInstruction && !runHidden
  }

  private func nextNode() throws(DocxReadError) -> XMLStreamReader.Node? {
    do {
      return try reader.next()
    } catch {
      throw DocxReadError(part: part, error)
    }
  }

  /// Counts one more of `structure`, refusing the document past `limit`.
  private func check(_ count: Int, _ structure: DocxStructure, _ limit: Int) throws(DocxReadError) {
    guard count <= limit else { throw .tooComplex(part, structure, limit: limit) }
  }

  private mutating func countBlock() throws(DocxReadError) {
    blockCount += 1
    try check(blockCount, .blocks, limits.blocks)
  }

  private mutating func start(_ element: Element, isEmpty: Bool) throws(DocxReadError) {
    switch element {
    case .p:
      try countBlock()
      textLength = 0
      paragraph = ReadParagraph(bookmarks: pendingBookmarks.map { ReadBookmark(name: $0, start: 0, end: nil) })
      pendingBookmarks = []
      if isEmpty { finishParagraph() }
    case .r:
      runHidden = false
    case .rPr:
      inRunProperties = !isEmpty
    case .vanish where inRunProperties:
      runHidden = true
    case .t:
      currentElementIsText = !isEmpty
      if runHidden { document.marks.hiddenRuns += 1 }
    case .delText:
      currentElementIsText = false
    case .instrText:
      inInstruction = !isEmpty
    case .tab where !inRunProperties:
      if paragraph != nil, isShowingText() { append("\t") }
    case .br, .cr:
      if paragraph != nil, isShowingText() { append("\n") }
    case .noBreakHyphen:
      if paragraph != nil, isShowingText() { append("-") }
    case .ins, .moveTo:
      document.marks.insertions += 1
    case .del, .moveFrom:
      document.marks.deletions += 1
      if !isEmpty, deletedDepth == nil { deletedDepth = depth }
    case .commentReference:
      document.marks.comments += 1
    case .fldChar:
      fieldCharacter()
    case .fldSimple:
      if isEmpty { document.marks.emptyFields += 1 } else { simpleFieldText.append(textLength) }
    case .sdt:
      if !isEmpty { sdtStarts.append((depth, false, false)) }
    case .showingPlcHdr:
      if !sdtStarts.isEmpty { sdtStarts[sdtStarts.count - 1].placeholder = true }
    case .tag:
      if !sdtStarts.isEmpty, sdtStarts[sdtStarts.count - 1].depth == depth - 1,
        reader.attribute("val", namespace: Self.w) == FieldAnchor.hintTag
      {
        sdtStarts[sdtStarts.count - 1].hint = true
      }
    case .sdtContent:
      if let last = sdtStarts.last, last.placeholder, placeholderDepth == nil, !isEmpty {
        placeholderDepth = depth
        if !last.hint { document.marks.placeholders += 1 }
      }
    case .bookmarkStart:
      bookmarkCount += 1
      try check(bookmarkCount, .bookmarks, limits.bookmarks)
      let name = reader.attribute("name", namespace: Self.w) ?? ""
      let id = reader.attribute("id", namespace: Self.w) ?? ""
      bookmarkNames[id] = name
      if paragraph != nil {
        let start = textLength
        paragraph?.bookmarks.append(ReadBookmark(name: name, start: start, end: nil))
      } else {
        pendingBookmarks.append(name)
      }
    case .bookmarkEnd:
      let id = reader.attribute("id", namespace: Self.w) ?? ""
      if let name = bookmarkNames[id], let index = paragraph?.bookmarks.lastIndex(where: { $0.name == name }) {
        let end = textLength
        paragraph?.bookmarks[index].end = end
      }
    case .tbl:
      try countBlock()
      try check(tables.count + 1, .tableDepth, limits.tableDepth)
      tables.append(ReadTable(rows: [], gridColumns: limits.gridColumns))
      declaredColumns = nil
      if isEmpty { end(.tbl) }
    case .tblGrid:
      if !tables.isEmpty, !isEmpty { declaredColumns = 0 }
    case .gridCol:
      if let declared = declaredColumns, !tables.isEmpty {
        declaredColumns = declared + 1
        tables[tables.count - 1].gridColumns = min(max(1, declared + 1), limits.gridColumns)
      }
    case .tr:
      try countBlock()
      try check((tables.last?.rows.count ?? 0) + 1, .rowsPerTable, limits.rowsPerTable)
      rows.append(ReadRow(cells: []))
      if isEmpty { end(.tr) }
    case .tc:
      try countBlock()
      try check((rows.last?.cells.count ?? 0) + 1, .cellsPerRow, limits.cellsPerRow)
      cells.append(ReadCell(blocks: [], span: 1, continuesMerge: false))
      // An empty element has no end tag: close it now, or it would swallow what follows.
      if isEmpty { end(.tc) }
    case .gridSpan:
      // The span is bounded by the grid when the table is read; here only by the widest grid.
      if !cells.isEmpty, let value = reader.attribute("val", namespace: Self.w) {
        cells[cells.count - 1].span = ReadTable.span(value, limit: limits.gridColumns)
      }
    case .vMerge:
      let value = reader.attribute("val", namespace: Self.w)
      if !cells.isEmpty { cells[cells.count - 1].continuesMerge = value == nil || value == "continue" }
    default:
      break
    }
  }

  private mutating func end(_ element: Element) {
    switch element {
    case .p: finishParagraph()
    case .rPr: inRunProperties = false
    case .r: runHidden = false
    case .t: currentElementIsText = false
    case .instrText: inInstruction = false
    case .del, .moveFrom:
      if deletedDepth == depth { deletedDepth = nil }
    case .fldSimple:
      if let started = simpleFieldText.popLast(), started == textLength { document.marks.emptyFields += 1 }
    case .sdtContent:
      if placeholderDepth == depth { placeholderDepth = nil }
    case .sdt:
      if sdtStarts.last?.depth == depth { sdtStarts.removeLast() }
    case .tc:
      if let cell = cells.popLast(), !rows.isEmpty { rows[rows.count - 1].cells.append(cell) }
    case .tr:
      if let row = rows.popLast(), !tables.isEmpty { tables[tables.count - 1].rows.append(row) }
    case .tblGrid:
      declaredColumns = nil
    case .tbl:
      if let table = tables.popLast() { add(.table(table)) }
    default:
      break
    }
  }

  /// Complex fields: the instruction between `begin` and `separate` is not shown; the result
  /// between `separate` and `end` is. A result with no text is an empty field.
  private mutating func fieldCharacter() {
    switch reader.attribute("fldCharType", namespace: Self.w) {
    case "begin":
      fieldStates.append(.instruction)
      inInstruction = true
    case "separate":
      if !fieldStates.isEmpty { fieldStates[fieldStates.count - 1] = .result(textLength: textLength) }
      inInstruction = false
    case "end":
      if case .result(let length)? = fieldStates.popLast(), length == textLength {
        document.marks.emptyFields += 1
      }
      inInstruction = fieldStates.last.map { if case .instruction = $0 { true } else { false } } ?? false
    default:
      break
    }
  }

  /// Elements by name token, each matched once.
  private var elements: [Element?] = []

  private mutating func element(_ name: XMLName) -> Element {
    guard name.token >= 0 else { return Element(rawValue: name.local) ?? .other }
    if name.token < elements.count, let known = elements[name.token] { return known }
    if name.token >= elements.count { elements += Array(repeating: nil, count: name.token - elements.count + 1) }
    let element = Element(rawValue: name.local) ?? .other
    elements[name.token] = element
    return element
  }

  private mutating func append(_ text: String) {
    guard paragraph != nil else { return }
    paragraph?.text += text
    textLength += text.unicodeScalars.count
  }

  private mutating func finishParagraph() {
    guard let finished = paragraph else { return }
    paragraph = nil
    textLength = 0
    add(.paragraph(finished))
  }

  /// Adds a finished block to the innermost open cell, or to the body. A table's block is
  /// added after its own cells are closed, so the innermost open cell is its parent's.
  private mutating func add(_ block: ReadBlock) {
    if cells.isEmpty {
      document.body.append(block)
    } else {
      cells[cells.count - 1].blocks.append(block)
    }
  }
}
