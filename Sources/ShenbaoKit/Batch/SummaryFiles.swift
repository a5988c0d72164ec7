import FoundationEssentials

/// Writes a summary three ways, each file atomically: 汇总.json for machines, 汇总.csv for Excel
/// (UTF-8 with a byte order mark, so Chinese opens as Chinese), and 汇总.html, one self-contained
/// page with a sortable table.
public struct SummaryFiles: Sendable {
  public var language: Language
  var catalogue: MessageCatalogue = .shared

  public init(language: Language) {
    self.language = language
  }

  /// The three files' names.
  public var names: [String] {
    let stem = catalogue.text("summary.fileName", language)
    return ["\(stem).json", "\(stem).csv", "\(stem).html"]
  }

  /// Writes the three files into `folder`, replacing earlier ones.
  public func write(_ summary: BatchSummary, to folder: URL) throws(BatchError) {
    let contents = [json(summary), csv(summary), html(summary)]
    for (name, data) in zip(names, contents) {
      do {
        try AtomicFile.write(data, to: folder.appendingPathComponent(name), replacing: true)
      } catch {
        throw .output(error)
      }
    }
  }

  func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalogue.text(key, language, arguments)
  }

  func status(_ status: SummaryRow.Status) -> String { text("summary.status.\(status.rawValue)") }

  /// Every column a table can show.
  static let allColumns = ["file", "form", "unit", "project", "creditCode", "nature", "recommender", "leader",
    "leaderID", "errors", "warnings", "status", "reason", "bundle", "sha256"]

  /// The columns the tables show: the form only when the applications are of more than one,
  /// and the columns of roles (单位性质, 推荐单位) only when some application's form has them.
  static func columns(_ summary: BatchSummary) -> [String] {
    allColumns.filter { column in
      switch column {
      case "form": Set(summary.rows.compactMap(\.form)).count > 1
      case "nature": summary.rows.contains { $0.nature != nil }
      case "recommender": summary.rows.contains { $0.recommender != nil }
      default: true
      }
    }
  }

  /// The row's values in `columns`.
  func values(_ row: SummaryRow, _ columns: [String]) -> [String] {
    columns.map { column in
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
      case "errors": String(row.errors)
      case "warnings": String(row.warnings)
      case "status": status(row.status)
      case "bundle": row.bundle ?? ""
      case "sha256": row.sha256 ?? ""
      default: explanation(row)
      }
    }
  }

  /// Why a row is as it is, in words: why it could not be read or packaged, else its first
  /// errors (and how many more), then what the checks across applications said of it.
  func explanation(_ row: SummaryRow) -> String {
    var parts: [String] = []
    if let reason = row.reason {
      parts.append(reason)
    } else {
      let errors = row.findings.filter { $0.severity == .error }
      parts += errors.prefix(Self.errorsExplained).map(\.message)
      if errors.count > Self.errorsExplained {
        parts.append(text("summary.moreErrors", ["count": String(errors.count)]))
      }
    }
    return (parts + row.across).joined(separator: text("summary.separator"))
  }

  /// How many of a row's errors its explanation quotes.
  static let errorsExplained = 2

  /// The counts line: 共 200 份：已打包 180 份，有错误 …
  public func counts(_ summary: BatchSummary) -> String {
    counts(summary.rows)
  }

  func counts(_ rows: [SummaryRow]) -> String {
    let details = SummaryRow.Status.allCases.compactMap { state -> String? in
      let count = rows.filter { $0.status == state }.count
      return count == 0 ? nil : text("summary.countItem", ["status": status(state), "count": String(count)])
    }
    return text("summary.counts", ["total": String(rows.count),
      "details": details.joined(separator: text("report.listSeparator"))])
  }

  /// The rows by recommending department, in the order the departments first appear, each
  /// with its counts; none when no application's form names one (the form has no such role).
  func groups(_ summary: BatchSummary) -> [(recommender: String, counts: String)] {
    guard summary.rows.contains(where: { $0.recommender != nil }) else { return [] }
    var order: [String] = []
    var rows: [String: [SummaryRow]] = [:]
    for row in summary.rows {
      let name = row.recommender.flatMap { $0.isEmpty ? nil : $0 } ?? text("summary.noRecommender")
      if rows[name] == nil { order.append(name) }
      rows[name, default: []].append(row)
    }
    return order.map { ($0, counts(rows[$0] ?? [])) }
  }

  func json(_ summary: BatchSummary) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(summary)) ?? Data()
  }

  /// RFC 4180: fields with commas, quotes or line breaks quoted, CRLF line ends; a BOM first.
  func csv(_ summary: BatchSummary) -> Data {
    func field(_ value: String) -> String {
      guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
      return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
    let columns = Self.columns(summary)
    var lines = [([text("summary.columns.number")] + columns.map { text("summary.columns.\($0)") })
      .map(field).joined(separator: ",")]
    for (index, row) in summary.rows.enumerated() {
      lines.append(([String(index + 1)] + values(row, columns)).map(field).joined(separator: ","))
    }
    return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
  }
}
