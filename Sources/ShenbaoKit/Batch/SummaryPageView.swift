import FoundationEssentials

/// What the `summary` template shows, worked out from a summary: every value plain text (the
/// template escapes it), except the few marked `html`, which are escaped here first and carry
/// the spans that keep file names whole. Every value is stored: a template sees stored
/// properties only, and looks a missing one up in the enclosing value.
struct SummaryPageView {
  struct Status {
    var value: String
    var label: String
  }

  struct Cell {
    var kind: String
    var hasKind: Bool
    var html: String
  }

  struct Item {
    var severity: String
    var place: String
    var hasPlace: Bool
    var message: String
    var code: String
  }

  struct Fact {
    var heading: String
    var value: String
    var mono: Bool
  }

  struct Row {
    var status: String
    var search: String
    var number: Int
    var cells: [Cell]
    var items: [Item]
    var across: [String]
    var hasFindings: Bool
    var facts: [Fact]
  }

  struct Body {
    var hasHead: Bool
    var head: String
    var rows: [Row]
  }

  struct Cross {
    var severity: String
    var rows: String
    var html: String
    var code: String
  }

  var lang = ""
  var inline = false
  var css = ""
  var script = ""
  var downloads: [SummaryFiles.Download] = []
  var hasDownloads = false
  /// The served page's ways back: the home page, and another batch of bundles.
  var home: String
  var again: String

  var title: String
  var made: String
  var counts: String
  var interrupted: Bool
  var interruptedNote: String
  var groups: [String]
  var hasGroups: Bool
  var placeholder: String
  var statusLabel: String
  var allStatuses: String
  var statuses: [Status]
  var shown: String
  var expandAll: String
  var collapseAll: String
  var details: String
  var acrossLabel: String
  var numberHeading: String
  var columns: [String]
  var headings: [String]
  var span: Int
  var bodies: [Body]
  var noMatch: String
  var crossHeading: String
  var noCross: String
  var hasCross: Bool
  var cross: [Cross]

  init(_ files: SummaryFiles, _ summary: BatchSummary, now: Date) {
    let all = SummaryFiles.columns(summary)
    let columns = all.filter(SummaryFiles.mainColumns.contains)
    let particulars = all.filter { !SummaryFiles.mainColumns.contains($0) }
    let paths = SummaryFiles.WholePaths(summary.rows.map(\.file))
    let groups = summary.groups
    title = files.text("summary.title")
    home = files.text("web.home")
    again = files.text("web.verifyMore")
    made = files.made(now)
    counts = files.counts(summary)
    interrupted = summary.interrupted
    interruptedNote = files.text("summary.interruptedNote")
    self.groups = groups.map(files.groupLine)
    hasGroups = !groups.isEmpty
    placeholder = files.text("summary.filter.placeholder")
    statusLabel = files.heading("status")
    allStatuses = files.text("summary.filter.allStatuses")
    statuses = SummaryRow.Status.allCases.filter { state in summary.rows.contains { $0.status == state } }
      .map { Status(value: $0.rawValue, label: files.status($0)) }
    shown = files.text("summary.filter.shown")
    expandAll = files.text("summary.expandAll")
    collapseAll = files.text("summary.collapseAll")
    details = files.text("summary.details")
    acrossLabel = files.text("summary.crossHeading")
    numberHeading = files.text("summary.columns.number")
    self.columns = columns
    headings = columns.map(files.heading)
    span = columns.count + 1
    var number = 0
    bodies = (groups.isEmpty ? [BatchSummary.Group(department: .blank, rows: summary.rows)] : groups).map { group in
      Body(hasHead: !groups.isEmpty, head: files.groupLine(group), rows: group.rows.map { row in
        number += 1
        return Self.row(row, number: number, files, columns: columns, particulars: particulars, paths: paths)
      })
    }
    noMatch = files.text("summary.filter.noMatch")
    crossHeading = files.text("summary.crossHeading")
    noCross = files.text("summary.noCross")
    hasCross = !summary.crossFindings.isEmpty
    cross = summary.crossFindings.map { finding in
      Cross(severity: finding.severity.rawValue,
        rows: files.text("summary.crossRows", ["rows": files.rowNumbers(finding, in: summary)]),
        html: paths.marked(XMLText.escaped(finding.message)), code: finding.code)
    }
  }

  /// A row: its main cells, and what opens below it — its findings (a Word form's with where they
  /// are printed), what the checks across applications said of it, and its `particulars`.
  static func row(
    _ row: SummaryRow, number: Int, _ files: SummaryFiles, columns: [String], particulars: [String],
    paths: SummaryFiles.WholePaths
  ) -> Row {
    let cells = columns.map { column -> Cell in
      if column == "unit", row.unit == nil {
        // Nothing was read of it: the file stands in for the unit.
        return Cell(kind: "", hasKind: false,
          html: "<span class=\"path file\">\(XMLText.escaped(row.bundle ?? row.file))</span>")
      }
      let kind = ["errors", "warnings"].contains(column) ? "n" : column == "phone" ? "nowrap" : ""
      return Cell(kind: kind, hasKind: !kind.isEmpty, html: paths.marked(XMLText.escaped(files.value(row, column))))
    }
    let items = row.findings.map {
      Item(severity: $0.severity.rawValue, place: $0.place ?? "", hasPlace: $0.place != nil, message: $0.message,
        code: $0.code)
    }
    let facts = particulars.compactMap { column -> Fact? in
      let value = files.value(row, column)
      return value.isEmpty ? nil : Fact(heading: files.heading(column), value: value, mono: column == "sha256")
    }
    let searched = ["unit", "project", "recommender", "leader", "file"].map { files.value(row, $0) }
    return Row(status: row.status.rawValue, search: searched.joined(separator: " "), number: number, cells: cells,
      items: items, across: row.across.map { paths.marked(XMLText.escaped($0)) },
      hasFindings: !items.isEmpty || !row.across.isEmpty, facts: facts)
  }
}
