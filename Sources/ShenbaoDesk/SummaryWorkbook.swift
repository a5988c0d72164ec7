import CLibXLSXWriter
import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// 汇总.xlsx, through libxlsxwriter: a 汇总 sheet of the summary's rows (frozen header,
/// autofilter, column widths, statuses in colour, an empty 处理意见 column for the department's
/// decision), a sheet counting each recommending department's rows, a 问题明细 sheet with a row
/// per finding, and a 跨申报 sheet of what the checks across applications found.
package struct SummaryWorkbook {
  package let files: SummaryFiles
  /// The time the workbook records as its creation (the run's), so the same summary written
  /// at the same time gives the same file.
  package let created: Date

  /// Writes the workbook to `url` atomically.
  package func write(_ summary: BatchSummary, to url: URL) throws(OutputError) {
    try AtomicFile.write(to: url, replacing: true) { path throws(OutputError) in
      guard let book = Book(path: path, created: created) else { throw .unwritable(url, errno: ENOMEM) }
      fill(book, summary)
      let result = book.close()
      guard result == LXW_NO_ERROR else { throw .unwritable(url, errno: book.errno(result)) }
    }
  }

  private func fill(_ book: Book, _ summary: BatchSummary) {
    let columns = SummaryFiles.columns(summary)
    let numbers = summary.rows.indices.map { $0 + 1 }
    // 汇总
    let decision = columns.firstIndex(of: "reason").map { $0 + 1 } ?? columns.count
    var headings = [files.text("summary.columns.number")] + columns.map(files.heading)
    headings.insert(files.text("summary.columns.decision"), at: decision + 1)
    var widths = [6] + columns.map { Self.widths[$0] ?? 16 }
    widths.insert(20, at: decision + 1)
    let main = book.sheet(files.text("summary.sheets.rows"), headings: headings, widths: widths)
    for (index, row) in summary.rows.enumerated() {
      var cells = [Cell.number(Double(numbers[index]))] + columns.map { column -> Cell in
        switch column {
        case "errors": .number(Double(row.errors))
        case "warnings": .number(Double(row.warnings))
        case "status": .status(files.value(row, column), row.status)
        default: .text(files.value(row, column))
        }
      }
      cells.insert(.decision, at: decision + 1)
      main.write(cells, at: index + 1)
    }
    main.finish(rows: summary.rows.count, printedColumns: decision + 2)
    // 按推荐单位
    let groups = summary.groups
    if !groups.isEmpty {
      let states = SummaryRow.Status.allCases.filter { state in summary.rows.contains { $0.status == state } }
      let sheet = book.sheet(files.text("summary.sheets.groups"),
        headings: [files.heading("recommender"), files.text("summary.columns.total")] + states.map(files.status),
        widths: [24, 8] + states.map { _ in 14 })
      func counts(_ rows: [SummaryRow]) -> [Cell] {
        [.number(Double(rows.count))] + states.map { state in .number(Double(rows.filter { $0.status == state }.count)) }
      }
      for (index, group) in groups.enumerated() {
        sheet.write([.text(files.department(group.department))] + counts(group.rows), at: index + 1)
      }
      sheet.write([.text(files.text("summary.total"))] + counts(summary.rows), at: groups.count + 1,
        format: book.heading)
      sheet.finish(rows: groups.count)
    }
    // 问题明细
    let details = book.sheet(files.text("summary.sheets.findings"),
      headings: [files.text("summary.columns.number"), files.heading("unit"), files.heading("file"),
        files.text("summary.columns.severity"), files.text("summary.columns.code"),
        files.text("summary.columns.place"), files.text("summary.columns.message")],
      widths: [6, 30, 26, 8, 24, 36, 70])
    var line = 0
    for (index, row) in summary.rows.enumerated() {
      // A row that could not be read has no findings, only the reason.
      if let reason = row.reason, row.findings.isEmpty {
        line += 1
        details.write([.number(Double(numbers[index])), .text(row.unit ?? ""), .text(row.file),
          .status(files.status(row.status), row.status), .text(""), .text(""), .text(reason)], at: line)
      }
      for finding in row.findings {
        line += 1
        details.write([.number(Double(numbers[index])), .text(row.unit ?? ""), .text(row.file),
          .severity(files.text("report.\(finding.severity.rawValue)"), finding.severity), .text(finding.code),
          .text(finding.place ?? finding.path), .text(finding.message)], at: line)
      }
    }
    details.finish(rows: line)
    // 跨申报
    let cross = book.sheet(files.text("summary.sheets.cross"),
      headings: [files.text("summary.columns.severity"), files.text("summary.columns.code"),
        files.text("summary.columns.message"), files.text("summary.columns.rows")],
      widths: [8, 28, 80, 24])
    for (index, finding) in summary.crossFindings.enumerated() {
      cross.write([.severity(files.text("report.\(finding.severity.rawValue)"), finding.severity),
        .text(finding.code), .text(finding.message), .text(files.rowNumbers(finding, in: summary))], at: index + 1)
    }
    cross.finish(rows: summary.crossFindings.count)
  }

  /// Column widths of the 汇总 sheet, in Excel's units (a Chinese character is about two).
  package static let widths: [String: Double] = [
    "unit": 24, "project": 26, "recommender": 14, "leader": 10, "phone": 13, "status": 14, "errors": 6,
    "warnings": 6, "reason": 52, "file": 28, "form": 26, "creditCode": 21, "nature": 16, "leaderID": 21,
    "bundle": 40, "sha256": 66,
  ]
}

/// What a cell holds and how it looks.
private enum Cell {
  case text(String)
  case number(Double)
  case status(String, SummaryRow.Status)
  case severity(String, Severity)
  /// The department's decision: empty, shaded for filling in.
  case decision
}

/// A workbook being written, with the formats its sheets share.
private final class Book {
  let handle: UnsafeMutablePointer<lxw_workbook>
  let heading: UnsafeMutablePointer<lxw_format>
  let body: UnsafeMutablePointer<lxw_format>
  let number: UnsafeMutablePointer<lxw_format>
  let good: UnsafeMutablePointer<lxw_format>
  let bad: UnsafeMutablePointer<lxw_format>
  let pending: UnsafeMutablePointer<lxw_format>
  let warning: UnsafeMutablePointer<lxw_format>
  let decision: UnsafeMutablePointer<lxw_format>
  private var closed = false

  init?(path: String, created: Date) {
    guard let handle = workbook_new(path) else { return nil }
    self.handle = handle
    func format(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format>? {
      guard let format = workbook_add_format(handle) else { return nil }
      format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      format_set_text_wrap(format)
      format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_border_color(format, 0xC8C8C8)
      configure(format)
      return format
    }
    guard let heading = format({ format_set_bold($0); format_set_bg_color($0, 0xF2F2F2) }),
      let body = format({ _ in }),
      let number = format({ format_set_num_format($0, "0") }),
      let good = format({ format_set_bg_color($0, 0xE6F4EA) }),
      let bad = format({ format_set_bg_color($0, 0xFCE8E6); format_set_font_color($0, 0xB3261E) }),
      let pending = format({ format_set_bg_color($0, 0xFFF4E5) }),
      let warning = format({ format_set_font_color($0, 0x8A5300) }),
      let decision = format({ format_set_bg_color($0, 0xFFFDE7); format_set_unlocked($0) })
    else {
      workbook_close(handle)
      return nil
    }
    (self.heading, self.body, self.number, self.good, self.bad, self.pending, self.warning, self.decision) =
      (heading, body, number, good, bad, pending, warning, decision)
    var properties = lxw_doc_properties()
    properties.created = time_t(created.timeIntervalSince1970.rounded(.down))
    workbook_set_properties(handle, &properties)
  }

  deinit {
    if !closed { workbook_close(handle) }
  }

  /// Writes the file and frees the workbook.
  func close() -> lxw_error {
    closed = true
    return workbook_close(handle)
  }

  /// The system's reason for `error`, as near as libxlsxwriter tells it.
  func errno(_ error: lxw_error) -> Int32 {
    error == LXW_ERROR_MEMORY_MALLOC_FAILED ? ENOMEM : error == LXW_ERROR_CREATING_TMPFILE ? ENOSPC : EIO
  }

  /// A new sheet with its heading row and the columns' `widths`.
  func sheet(_ name: String, headings: [String], widths: [Double]) -> Sheet {
    let sheet = Sheet(book: self, handle: workbook_add_worksheet(handle, Sheet.safeName(name)), widths: widths)
    for (column, width) in widths.enumerated() {
      sheet.width(column, width)
    }
    sheet.write(headings.map(Cell.text), at: 0, format: heading)
    return sheet
  }
}

/// One worksheet.
private struct Sheet {
  let book: Book
  let handle: UnsafeMutablePointer<lxw_worksheet>?
  let widths: [Double]
  var columns: Int { widths.count }

  /// The longest text a cell holds (Excel's limit is 32 767 characters).
  static let longestText = 32_000

  /// The most lines a row is made tall for (Excel's limit is 409 points).
  static let tallestRow = 27

  /// How wide `text` is in a column's units: two for a wide (CJK) character, one for others.
  static func width(of text: Substring) -> Double {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
  }

  /// `name` as a sheet may be named: at most 31 characters, none of []:*?/\.
  static func safeName(_ name: String) -> String {
    String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
  }

  func width(_ column: Int, _ width: Double) {
    guard let handle else { return }
    worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil)
  }

  func write(_ cells: [Cell], at row: Int, format: UnsafeMutablePointer<lxw_format>? = nil) {
    guard let handle else { return }
    // Spreadsheets do not grow a row to its wrapped text when they open a file: the row is as
    // tall as its longest text needs at its column's width.
    let lines = zip(cells, widths).map { cell, width -> Int in
      guard case .text(let text) = cell else { return 1 }
      return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { Int((Self.width(of: $0) / max(width - 2, 1)).rounded(.up)) }.reduce(0) { $0 + max($1, 1) }
    }.max() ?? 1
    worksheet_set_row(handle, lxw_row_t(row), 16 * Double(min(max(lines, 1), Self.tallestRow)), nil)
    for (column, cell) in cells.enumerated() {
      let (row, column) = (lxw_row_t(row), lxw_col_t(column))
      switch cell {
      case .text(let text):
        let kept = text.unicodeScalars.count > Self.longestText
          ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.longestText))) : text
        worksheet_write_string(handle, row, column, kept, format ?? book.body)
      case .number(let value):
        worksheet_write_number(handle, row, column, value, format ?? book.number)
      case .status(let text, let status):
        let look: UnsafeMutablePointer<lxw_format> = switch status {
        case .packaged, .verified: book.good
        case .interrupted: book.pending
        default: book.bad
        }
        worksheet_write_string(handle, row, column, text, look)
      case .severity(let text, let severity):
        worksheet_write_string(handle, row, column, text, severity == .error ? book.bad : book.warning)
      case .decision:
        worksheet_write_blank(handle, row, column, book.decision)
      }
    }
  }

  /// Freezes the heading row and puts an autofilter over the `rows` below it; sets the page
  /// for printing (A4 landscape, the first `printedColumns` one page wide, the heading repeated).
  func finish(rows: Int, printedColumns: Int? = nil) {
    guard let handle else { return }
    if let printedColumns {
      worksheet_print_area(handle, 0, 0, lxw_row_t(max(rows, 1)), lxw_col_t(printedColumns - 1))
    }
    worksheet_freeze_panes(handle, 1, 0)
    worksheet_autofilter(handle, 0, 0, lxw_row_t(max(rows, 1)), lxw_col_t(columns - 1))
    worksheet_set_landscape(handle)
    worksheet_set_paper(handle, 9)
    worksheet_fit_to_pages(handle, 1, 0)
    worksheet_repeat_rows(handle, 0, 0)
  }
}
