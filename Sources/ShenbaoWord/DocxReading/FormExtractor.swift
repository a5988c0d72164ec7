import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Stage two of reading a DOCX: a ``ReadDocument`` mapped onto the form's fields.
///
/// Every value cell of a form written by `template` or `render` carries its field's bookmark,
/// so a field's value is the text of the cell its bookmark starts in, wherever in the cell the
/// bookmark has moved and however the text is split into runs and paragraphs. A field whose
/// bookmark was lost is looked for beside its label. The roster is read by its columns, so rows
/// may be added or deleted freely.
public struct FormExtractor {
  public let form: FormDefinition
  public let document: ReadDocument

  /// The fewest anchors a document must carry to be taken for this form.
  package static let minimumAnchors = 5

  private let tables: [ReadTable]
  /// Where each known anchor starts.
  private var anchors: [String: AnchorHit] = [:]
  /// The anchors that start in each cell, by table, row and cell.
  private var anchorsByCell: [CellKey: [String]] = [:]
  private(set) var notes: [ReadingNote] = []

  /// Where a bookmark starts: a cell of a table (or a body paragraph when `table` is `nil`).
  package struct AnchorHit {
    package var table: Int?
    package var row: Int
    package var cell: Int
    package var paragraph: Int
    package var bookmark: ReadBookmark

    package var cellKey: CellKey? { table.map { CellKey(table: $0, row: row, cell: cell) } }
  }

  /// One cell of one table.
  package struct CellKey: Hashable {
    package var table: Int
    package var row: Int
    package var cell: Int
  }

  public init(form: FormDefinition, document: ReadDocument) {
    self.form = form
    self.document = document
    self.tables = document.tables
    indexAnchors()
  }

  /// The draft the document holds, and what reading it noticed; throws when the document is
  /// not this form. A document whose properties name this form (`recordsTheForm`) is taken
  /// for it however few fields the form has; any other must carry the anchors of several.
  public mutating func extract(recordsTheForm: Bool = false) throws(DocxReadError) -> (DraftRecord, [ReadingNote]) {
    var known = 0
    for name in anchors.keys where known < Self.minimumAnchors {
      if let path = FieldAnchor.path(from: name), form.field(at: path.definitionPath) != nil { known += 1 }
    }
    guard known >= Self.minimumAnchors || recordsTheForm && known > 0 else {
      let first = document.paragraphs.map(\.text.trimmedForForm).first { !$0.isEmpty } ?? ""
      throw .notTheForm(expected: form.title, tables: tables.count, anchors: known,
        firstLine: first.count > 30 ? String(first.prefix(30)) + "…" : first)
    }
    var root = DraftValue.record([Application.formKey: .text(form.id)])
    for field in form.topLevelFields {
      extract(field, at: FieldPath.root.appending(field.id), into: &root)
    }
    noteMarks()
    // A field read twice (a shared cell, a role) notes the same thing once.
    var seen = Set<ReadingNote>()
    return (root.record ?? DraftRecord(), notes.filter { seen.insert($0).inserted })
  }

  // MARK: Fields

  private mutating func extract(_ field: FieldDefinition, at path: FieldPath, into root: inout DraftValue) {
    switch field.kind {
    case .group:
      for child in field.fields ?? [] { extract(child, at: path.appending(child.id), into: &root) }
    case .list where form.rosters.contains(path):
      if let rows = roster(field, at: path) { root.setValue(.list(rows), at: path) }
    case .list:
      break
    default:
      guard let text = value(of: field, at: path) else { return }
      if field.kind == .number, text.isEmpty { return }
      root.setValue(.text(draftText(text, field)), at: path)
    }
  }

  /// A printed value as a draft writes it: a date as `YYYY-MM-DD` (the blank date line as
  /// nothing), a number without the unit printing put after it, an e-mail address without the
  /// line breaks printing may have put in it (before its `@`, after a dot), a one-line text
  /// without those it may have put after a slash or a comma (副主任/ 研究员).
  private func draftText(_ text: String, _ field: FieldDefinition) -> String {
    switch field.kind {
    case .date:
      let blank = text.filter { !$0.isWhitespace && !form.wording.blankDate.contains($0) }.isEmpty
      return blank ? "" : CalendarDate(parsing: text)?.description ?? text
    case .number:
      return DeclaredNumber.parse(text, unit: field.unit).map(DeclaredNumber.format) ?? text
    case .email:
      return text.withoutWhiteSpace
    default:
      guard !field.multiline, text.contains("\n") else { return text }
      return text.split(separator: "\n").map { String($0).trimmedForForm }.joined()
    }
  }

  /// The text of a plain field: from its anchor, or beside its label.
  private mutating func value(of field: FieldDefinition, at path: FieldPath) -> String? {
    let name = FieldAnchor.name(for: path)
    if let hit = anchors[name] {
      return text(at: hit, field: field, path: path)
    }
    guard let (table, row, cell) = cellBesideLabel(of: field, at: path) else { return nil }
    notes.append(ReadingNote(.anchorMissing, path: path.description,
      ["label": named(path), "anchor": name]))
    let paragraphs = tables[table].rows[row].cells[cell].paragraphs
    return clean(paragraphs.map(\.text), field: field, path: path)
  }

  private mutating func text(at hit: AnchorHit, field: FieldDefinition, path: FieldPath) -> String {
    guard let tableIndex = hit.table else {
      // A body paragraph (the cover's 项目编号): the bookmark's extent, else what follows the label.
      let paragraph = document.body.flatMap(\.paragraphs).first { $0.bookmarks.contains(hit.bookmark) }
      let text = paragraph?.text ?? ""
      let extent = Self.extent(of: hit.bookmark, in: text)
      let prefix = label(path) + form.wording.labelSuffix
      let rest = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
      return (extent?.isEmpty == false ? extent! : rest).trimmedForForm
    }
    let cell = tables[tableIndex].rows[hit.row].cells[hit.cell]
    checkLabel(beside: hit, field: field, path: path)
    let paragraphs = cell.paragraphs
    // Anchors of this form that start in the same cell divide it: each field takes its own
    // paragraphs, up to the next anchor's.
    let starts = (hit.cellKey.flatMap { anchorsByCell[$0] } ?? []).compactMap { anchors[$0]?.paragraph }
    let next = starts.filter { $0 > hit.paragraph }.min() ?? paragraphs.count
    let shared = starts.filter { $0 == hit.paragraph }.count > 1
    if shared {
      return splitSharedParagraph(paragraphs[hit.paragraph].text, field: field, path: path)
    }
    let first = starts.count > 1 ? hit.paragraph : 0
    return clean(paragraphs[first..<max(first, next)].map(\.text), field: field, path: path)
  }

  /// A cell that holds two fields (通信地址（邮政编码）): the code is the postcode among the
  /// cell's fields, read however it is written; the text is the rest.
  private func splitSharedParagraph(_ text: String, field: FieldDefinition, path: FieldPath) -> String {
    let siblings = path.parent.flatMap { form.field(at: $0.definitionPath)?.fields } ?? []
    guard let code = field.kind == .postcode ? field : siblings.first(where: { $0.kind == .postcode }) else {
      return text.trimmedForForm
    }
    let parts = SharedCellText(text, codeLabel: code.label, digits: 6)
    return field.kind == .postcode ? parts.code : parts.text
  }

  /// The lines of a value, without the form's fixed words (hint, seal line, blank date), blank
  /// lines at either end, and full-width spaces around it.
  private mutating func clean(_ lines: [String], field: FieldDefinition, path: FieldPath) -> String {
    var lines = lines.map { $0.last == "\r" ? String($0.dropLast()) : $0 }
    let seal = form.wording.seal.trimmedForForm
    lines.removeAll { $0.trimmedForForm == seal }
    if let hint = field.hint {
      // The template prints a hint in brackets; only so is it taken out of a line that holds
      // more (the bare words may well be the applicant's own).
      let printed = ["（\(hint)）", "(\(hint))"]
      lines.removeAll { line in (printed + [hint]).contains(line.trimmedForForm) }
      for (index, line) in lines.enumerated() {
        for form in printed where line.containsBytes(of: form) {
          lines[index] = line.replacingAll(form, with: "")
          notes.append(ReadingNote(.hintLeft, path: path.description, ["label": named(path), "hint": hint]))
        }
      }
    }
    while let first = lines.first, first.trimmedForForm.isEmpty { lines.removeFirst() }
    while let last = lines.last, last.trimmedForForm.isEmpty { lines.removeLast() }
    let joined = field.multiline
      ? lines.joined(separator: "\n")
      : lines.map(\.trimmedForForm).filter { !$0.isEmpty }.joined()
    return joined.trimmedForForm
  }

  // MARK: Rosters

  /// The items of a list printed as a roster, one per filled row below its heading row, read by
  /// column. Columns are found by the anchors on their headings, else by their labels; a
  /// relabelled column is read by its anchor and noted, a lost one (anchor and label both gone)
  /// is noted and not read — never silently dropped.
  private mutating func roster(_ field: FieldDefinition, at path: FieldPath) -> [DraftValue]? {
    let fields = field.fields ?? []
    // The table the list's anchor names first, then any other whose heading row names its fields.
    let anchored = anchors[FieldAnchor.name(for: path)]?.table
    let candidates = (anchored.map { [$0] } ?? []) + tables.indices.filter { $0 != anchored }
    for tableIndex in candidates {
      let table = tables[tableIndex]
      guard let (headerRow, columns) = rosterColumns(table, fields, path, anchored: tableIndex == anchored) else {
        continue
      }
      for child in fields where columns[child.id] == nil {
        notes.append(ReadingNote(.columnMissing, path: path.description, ["label": label(path), "column": child.label]))
      }
      var members: [DraftValue] = []
      for rowIndex in table.rows.indices where rowIndex > headerRow {
        let cells = table.gridCells(row: rowIndex)
        var record = DraftRecord()
        for child in fields {
          guard let column = columns[child.id] else { continue }
          let text = column < cells.count
            ? cells[column].paragraphs.map { $0.text.trimmedForForm }.filter { !$0.isEmpty }.joined() : ""
          record[child.id] = .text(draftText(text, child))
        }
        if record.entries.contains(where: { !$0.value.isBlank }) { members.append(.record(record)) }
      }
      return members
    }
    return nil
  }

  /// The heading row of a roster table and the grid column of each field found in it: by the
  /// column anchors, else by the labels. A table the list's anchor does not name must match at
  /// least half its columns by label to be taken for it.
  private mutating func rosterColumns(
    _ table: ReadTable, _ fields: [FieldDefinition], _ path: FieldPath, anchored: Bool
  ) -> (row: Int, columns: [String: Int])? {
    let ids = Set(fields.map(\.id))
    let labels = fields.map { [$0.label, $0.printedLabel].compactMap { $0 }.map(\.withoutWhiteSpace) }
    var best: (row: Int, columns: [String: Int], byAnchor: Int)?
    for rowIndex in table.rows.indices.prefix(10) {
      let cells = table.gridCells(row: rowIndex)
      let texts = cells.map(\.text.withoutWhiteSpace)
      var columns: [String: Int] = [:]
      var byAnchor = 0
      for (column, cell) in cells.enumerated() {
        for name in cell.bookmarkNames {
          guard let found = FieldAnchor.column(from: name), found.list == path, ids.contains(found.column),
            columns[found.column] == nil
          else { continue }
          columns[found.column] = column
          byAnchor += 1
        }
      }
      for (index, child) in fields.enumerated() where columns[child.id] == nil {
        if let column = texts.indices.first(where: { labels[index].contains(texts[$0]) && !columns.values.contains($0) }) {
          columns[child.id] = column
        }
      }
      let enough = byAnchor > 0 || columns.count * 2 >= max(1, fields.count) && (anchored || columns.count == fields.count)
      if enough, columns.count > (best?.columns.count ?? 0) { best = (rowIndex, columns, byAnchor) }
    }
    guard let best else { return nil }
    // A heading read by its anchor whose words have changed: read, and noted.
    let cells = table.gridCells(row: best.row)
    for (index, child) in fields.enumerated() {
      guard let column = best.columns[child.id], column < cells.count else { continue }
      let found = cells[column].text.withoutWhiteSpace
      if !found.isEmpty, !labels[index].contains(found) {
        notes.append(ReadingNote(.labelEdited, path: path.appending(child.id).description,
          ["label": label(path), "expected": child.label, "found": cells[column].text],
          messageKey: "docx.\(DocxCheck.labelEdited.code).column"))
      }
    }
    return (best.row, best.columns)
  }

  // MARK: Anchors and labels

  private mutating func indexAnchors() {
    var found: [String: AnchorHit] = [:]
    func record(_ bookmark: ReadBookmark, _ hit: AnchorHit) {
      guard bookmark.name.hasPrefix("sb_"), found[bookmark.name] == nil else { return }
      found[bookmark.name] = hit
    }
    for (tableIndex, table) in tables.enumerated() {
      for (rowIndex, row) in table.rows.enumerated() {
        for (cellIndex, cell) in row.cells.enumerated() {
          for (paragraphIndex, paragraph) in cell.paragraphs.enumerated() {
            for bookmark in paragraph.bookmarks {
              record(bookmark, AnchorHit(table: tableIndex, row: rowIndex, cell: cellIndex,
                paragraph: paragraphIndex, bookmark: bookmark))
            }
          }
        }
      }
    }
    for block in document.body {
      guard case .paragraph(let paragraph) = block else { continue }
      for bookmark in paragraph.bookmarks {
        record(bookmark, AnchorHit(table: nil, row: 0, cell: 0, paragraph: 0, bookmark: bookmark))
      }
    }
    anchors = found
    for (name, hit) in found {
      if let key = hit.cellKey { anchorsByCell[key, default: []].append(name) }
    }
  }

  /// The cell right of the field's label, in the table that holds its group's other anchors.
  private func cellBesideLabel(of field: FieldDefinition, at path: FieldPath) -> (Int, Int, Int)? {
    let siblings = anchors.filter { FieldAnchor.path(from: $0.key)?.parent == path.parent }
    let homes = Set(siblings.values.compactMap(\.table))
    let labels = [field.printedLabel, field.label].compactMap { $0 }.map(\.withoutWhiteSpace)
    for tableIndex in homes.sorted() {
      for (rowIndex, row) in tables[tableIndex].rows.enumerated() {
        for (cellIndex, cell) in row.cells.enumerated().dropLast()
        where labels.contains(cell.text.withoutWhiteSpace) && cell.bookmarkNames.isEmpty {
          return (tableIndex, rowIndex, cellIndex + 1)
        }
      }
    }
    return nil
  }

  /// Warns when the label cell left of an anchored cell no longer reads as the form printed it.
  private mutating func checkLabel(beside hit: AnchorHit, field: FieldDefinition, path: FieldPath) {
    guard let tableIndex = hit.table, hit.cell > 0 else { return }
    let left = tables[tableIndex].rows[hit.row].cells[hit.cell - 1]
    let found = left.text.withoutWhiteSpace
    let suffix = form.wording.labelSuffix
    // The usual case: the label is the field's own, as printed.
    for own in [field.printedLabel, field.label].compactMap({ $0 }) where found == own || found == own + suffix {
      return
    }
    guard left.bookmarkNames.isEmpty, !found.isEmpty else { return }
    // Any field anchored in the same cell may name the label (通信地址（邮政编码） serves two).
    let sharing = (hit.cellKey.flatMap { anchorsByCell[$0] } ?? []).compactMap(FieldAnchor.path(from:))
    var expected: [String] = []
    for anchored in [path] + sharing {
      var current: FieldPath? = anchored
      while let step = current, step != .root {
        if let field = form.field(at: step.definitionPath) {
          expected += [field.printedLabel, field.label].compactMap { $0 }
        }
        current = step.parent
      }
    }
    expected += [form.wording.personTable].compactMap { $0 }
    guard !expected.contains(where: { found == $0.withoutWhiteSpace || found == ($0 + suffix).withoutWhiteSpace })
    else { return }
    notes.append(ReadingNote(.labelEdited, path: path.description,
      ["label": label(path), "expected": expected.first ?? "", "found": left.text]))
  }

  private func label(_ path: FieldPath) -> String {
    form.field(at: path.definitionPath).map { $0.printedLabel ?? $0.label } ?? path.description
  }

  /// The field as a message names it: its own label, which says it whole where the printed one
  /// leans on its place (申报单位 beside part 二's box is 申报单位承担项目能力基本情况).
  private func named(_ path: FieldPath) -> String {
    form.field(at: path.definitionPath)?.label ?? path.description
  }

  /// The text of a bookmark's extent in its paragraph, when it has one.
  package static func extent(of bookmark: ReadBookmark, in text: String) -> String? {
    guard let end = bookmark.end, end > bookmark.start else { return nil }
    let scalars = Array(text.unicodeScalars)
    guard end <= scalars.count else { return nil }
    return String(String.UnicodeScalarView(scalars[bookmark.start..<end]))
  }

  private mutating func noteMarks() {
    let marks = document.marks
    if marks.insertions + marks.deletions > 0 {
      notes.append(ReadingNote(.trackedChanges,
        ["insertions": String(marks.insertions), "deletions": String(marks.deletions)]))
    }
    if marks.comments > 0 { notes.append(ReadingNote(.comments, ["count": String(marks.comments)])) }
    if marks.hiddenRuns > 0 { notes.append(ReadingNote(.hiddenText, ["count": String(marks.hiddenRuns)])) }
    if marks.emptyFields + marks.placeholders > 0 {
      notes.append(ReadingNote(.emptyField, ["count": String(marks.emptyFields + marks.placeholders)]))
    }
  }
}
