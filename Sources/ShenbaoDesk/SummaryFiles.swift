import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Writes a summary four ways, each file atomically: 汇总.json for machines, 汇总.csv for any
/// spreadsheet (UTF-8 with a byte order mark, so Chinese opens as Chinese), 汇总.html, one
/// self-contained page to read and filter, and 汇总.xlsx to record decisions in; and the
/// receipt of the bundles, 回执.json and 回执.html.
public struct SummaryFiles: Sendable {
  public var language: Language
  /// What was summarised (the folder given), shown under the page's title.
  public var source: String?
  package var catalogue: MessageCatalogue = .shared

  public init(language: Language, source: String? = nil) {
    self.language = language
    self.source = source
  }

  /// The receipt's files' stem, 回执.
  public var receiptStem: String { catalogue.text("receipt.fileName", language) }

  /// The files' names: 汇总.json, .csv, .html and .xlsx, then 回执.json and .html.
  public var names: [String] {
    let stem = catalogue.text("summary.fileName", language)
    let receipt = catalogue.text("receipt.fileName", language)
    return ["\(stem).json", "\(stem).csv", "\(stem).html", "\(stem).xlsx", "\(receipt).json", "\(receipt).html"]
  }

  /// Writes the summaries and the receipt into `folder`, replacing earlier ones, each file
  /// atomically. `location` says where each row's bundle is on disk (for the receipt's sizes
  /// and times); `now` is the time the workbook and the receipt record.
  public func write(
    _ summary: BatchSummary, to folder: URL, now: Date = Date(), location: (SummaryRow) -> String?
  ) throws(BatchError) {
    let receipt = Receipt(summary, issued: now, location: location)
    let url = { (index: Int) in folder.appendingPathComponent(names[index]) }
    do {
      for (index, data) in [json(summary), csv(summary), html(summary, now: now)].enumerated() {
        try AtomicFile.write(data, to: url(index), replacing: true)
      }
      try SummaryWorkbook(files: self, created: now).write(summary, to: url(3))
      try AtomicFile.write(receiptJSON(receipt), to: url(4), replacing: true)
      try AtomicFile.write(receiptHTML(receipt), to: url(5), replacing: true)
    } catch {
      throw .output(error)
    }
  }

  package func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalogue.text(key, language, arguments)
  }

  package func status(_ status: SummaryRow.Status) -> String { text("summary.status.\(status.rawValue)") }

  /// A row's status as the tables say it: a pass with warnings is told from a clean one,
  /// 校验通过（有 3 条提示）.
  package func status(of row: SummaryRow) -> String {
    guard [.packaged, .verified].contains(row.status), row.warnings > 0 else { return status(row.status) }
    return text("summary.withNotes", ["status": status(row.status), "count": String(row.warnings)])
  }

  /// Every column a table can show, in order: who and what, the outcome and why, then where
  /// it came from and the bundle it made.
  package static let allColumns = ["unit", "project", "recommender", "leader", "contact", "phone", "status", "errors",
    "warnings", "reason", "file", "form", "creditCode", "nature", "leaderID", "bundle", "sha256"]

  /// The columns a reviewer reads first; the HTML shows the others under the row, on demand.
  package static let mainColumns: Set<String> = ["unit", "project", "recommender", "leader", "contact", "phone", "status",
    "errors", "warnings", "reason"]

  /// The columns the tables show: the form only when the applications are of more than one,
  /// and the columns of roles (单位性质, 推荐单位, 联系电话) only when some application's form has them.
  package static func columns(_ summary: BatchSummary) -> [String] {
    allColumns.filter { column in
      switch column {
      case "form": Set(summary.rows.compactMap(\.form)).count > 1
      case "nature": summary.rows.contains { $0.nature != nil }
      case "recommender": summary.rows.contains { $0.recommender != nil }
      case "phone": summary.rows.contains { $0.phone != nil }
      case "contact": summary.rows.contains { $0.contact != nil }
      default: true
      }
    }
  }

  /// The row's value in `column`.
  package func value(_ row: SummaryRow, _ column: String) -> String {
    switch column {
    case "file": row.file
    case "form": row.form ?? ""
    case "unit": row.unit ?? ""
    case "project": row.projectName ?? ""
    case "creditCode": row.creditCode ?? ""
    case "nature": row.nature ?? ""
    case "recommender": row.recommender ?? ""
    case "leader": row.leader ?? ""
    case "leaderID": row.leaderID ?? ""
    case "contact": row.contact ?? ""
    case "phone": row.phone ?? ""
    case "errors": String(row.errors)
    case "warnings": String(row.warnings)
    case "status": status(of: row)
    case "bundle": row.bundle ?? ""
    case "sha256": row.sha256 ?? ""
    default: explanation(row)
    }
  }

  /// The row's values in `columns`.
  package func values(_ row: SummaryRow, _ columns: [String]) -> [String] {
    columns.map { value(row, $0) }
  }

  /// A column's heading.
  package func heading(_ column: String) -> String { text("summary.columns.\(column)") }

  /// Why a row is as it is, in words: why it could not be read or packaged, else its own first
  /// errors (and how many more) — or, with none, its first warning — then one short line per
  /// kind of what the checks across applications said of it (与第 2、3 号共用 5 名成员); the
  /// details open under the row.
  package func explanation(_ row: SummaryRow) -> String {
    var parts: [String] = []
    if let reason = row.reason {
      parts.append(reason)
    } else {
      let errors = row.findings.filter { $0.severity == .error }
      let quoted = errors.isEmpty ? Array(row.findings.filter { $0.severity == .warning }.prefix(1)) : errors
      let said = clerkLines(quoted)
      parts += said.prefix(Self.errorsExplained)
      // A finding that stands for many rows counts as many, as the 错误 column counts them.
      let count = errors.reduce(0) { $0 + $1.weight }
      if said.count > Self.errorsExplained {
        parts.append(text("summary.moreErrors", ["count": String(count)]))
      }
    }
    parts += row.acrossKinds.map(acrossLine)
    return parts.joined(separator: text("summary.separator"))
  }

  /// The whole of what a row's applicant is to be told, one problem a line, in the words
  /// `explanation` uses: the text a clerk copies to send back.
  package func returnNote(_ row: SummaryRow) -> String {
    let own = row.reason.map { [$0] } ?? clerkLines(row.findings)
    return (own + row.acrossKinds.map(acrossLine)).joined(separator: "\n")
  }

  /// `findings` in a clerk's words, each said once; the bag's count of files (Payload-Oxum) only
  /// when nothing names the file that was changed.
  private func clerkLines(_ findings: [Finding]) -> [String] {
    let named = findings.contains { ["bag-checksum", "bag-file-unlisted", "bag-file-missing"].contains($0.code) }
    var seen = Set<String>()
    return findings.filter { !(named && $0.code == "bag-oxum") }.map(clerkText).filter { seen.insert($0).inserted }
  }

  /// A finding as a clerk acts on it: a bundle's failure says what was done to it and what to
  /// ask for (附件“x.pdf”在打包后被改动，请申报单位重新打包); anything else its own message.
  package func clerkText(_ finding: Finding) -> String {
    let key = "summary.clerk.\(finding.code)"
    guard catalogue.template(key, language) != key else { return finding.message }
    let file = finding.path.split(separator: "/").last.map(String.init) ?? finding.path
    return text(key, ["file": file])
  }

  /// One kind of cross-application finding on a row, short: 与第 2、3 号共用 5 名成员.
  package func acrossLine(_ kind: SummaryRow.AcrossKind) -> String {
    text("summary.across.\(kind.code)", ["rows": kind.rows.map(String.init).joined(separator: text("summary.rowSeparator")),
      "count": String(kind.count)])
  }

  /// The 序号 of the rows `finding` concerns, in order, as the tables write them: 1、4.
  package func rowNumbers(_ finding: CrossFinding, in summary: BatchSummary) -> String {
    let numberOf = Dictionary(summary.rows.enumerated().map { ($1.file, $0 + 1) }) { first, _ in first }
    return Set(finding.applications.compactMap { numberOf[$0] }).sorted().map(String.init)
      .joined(separator: text("summary.rowSeparator"))
  }

  /// How many of a row's errors its explanation quotes.
  package static let errorsExplained = 2

  /// The counts line: 共 200 份：已打包 180 份，有错误 …
  public func counts(_ summary: BatchSummary) -> String {
    counts(summary.rows)
  }

  package func counts(_ rows: [SummaryRow]) -> String {
    let details = SummaryRow.Status.allCases.compactMap { state -> String? in
      let count = rows.filter { $0.status == state }.count
      return count == 0 ? nil : text("summary.countItem", ["status": status(state), "count": String(count)])
    }
    return text("summary.counts", ["total": String(rows.count),
      "details": details.joined(separator: text("report.listSeparator"))])
  }

  /// A department as the summaries show it: its name, （未填推荐单位）, or （未能读出）.
  package func department(_ department: BatchSummary.Department) -> String {
    switch department {
    case .named(let name): name
    case .blank: text("summary.noRecommender")
    case .unread: text("summary.unread")
    }
  }

  /// Each department's line: 市教委　共 2 份：已打包 1 份 …
  package func groupLine(_ group: BatchSummary.Group) -> String {
    text("summary.group", ["recommender": department(group.department), "counts": counts(group.rows)])
  }

  package func json(_ summary: BatchSummary) -> Data {
    Self.json(summary)
  }

  /// `value` as indented JSON with sorted keys.
  package static func json(_ value: some Encodable) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)) ?? Data()
  }

  /// RFC 4180 (``CSVField``): fields with commas, quotes or line breaks quoted, cells a spreadsheet
  /// would run as formulas neutralised, CRLF line ends; a BOM first.
  package func csv(_ summary: BatchSummary) -> Data {
    let columns = Self.columns(summary)
    var lines = [CSVField.line([text("summary.columns.number")] + columns.map { text("summary.columns.\($0)") })]
    for (index, row) in summary.rows.enumerated() {
      lines.append(CSVField.line([String(index + 1)] + values(row, columns)))
    }
    return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
  }
}
