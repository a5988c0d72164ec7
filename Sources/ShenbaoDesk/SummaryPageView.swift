import FoundationEssentials
import ShenbaoNative

/// What the summary page shows, worked out from a summary: every value plain text (escaped as
/// the page is written, ``html()``), except the few marked `html`, which are escaped here first
/// and carry the spans that keep file names whole.
package struct SummaryPageView {
  package struct Status {
    package var value: String
    package var label: String
  }

  package struct Cell {
    package var kind: String
    package var hasKind: Bool
    package var html: String
  }

  package struct Item {
    package var severity: String
    package var place: String
    package var hasPlace: Bool
    package var message: String
    package var code: String
  }

  package struct Fact {
    package var heading: String
    package var value: String
    package var mono: Bool
  }

  package struct Row {
    package var status: String
    package var search: String
    package var number: Int
    package var cells: [Cell]
    package var items: [Item]
    package var across: [String]
    package var hasFindings: Bool
    package var facts: [Fact]
    /// What to send back to the applicant, when there is anything.
    package var returnNote: String
  }

  package struct Body {
    package var hasHead: Bool
    package var head: String
    package var rows: [Row]
  }

  package struct Cross {
    package var severity: String
    package var rows: String
    package var html: String
    package var code: String
  }

  package var lang = ""
  package var inline = false
  package var css = ""
  package var script = ""
  package var downloads: [SummaryFiles.Download] = []
  package var hasDownloads = false
  /// The served page's ways back: the home page, and another batch of bundles.
  package var home: String
  package var again: String
  /// The site's header, the same as on its other pages.
  package var brand: String
  package var tagline: String

  package var title: String
  package var made: String
  package var counts: String
  package var interrupted: Bool
  package var interruptedNote: String
  package var groups: [String]
  package var hasGroups: Bool
  package var placeholder: String
  package var statusLabel: String
  package var allStatuses: String
  package var statuses: [Status]
  package var shown: String
  package var expandAll: String
  package var collapseAll: String
  package var details: String
  package var acrossLabel: String
  package var returnLabel: String
  package var copy: String
  package var copied: String
  package var numberHeading: String
  package var columns: [String]
  package var headings: [String]
  package var span: Int
  package var bodies: [Body]
  package var noMatch: String
  package var crossHeading: String
  package var noCross: String
  package var hasCross: Bool
  package var cross: [Cross]

  package init(_ files: SummaryFiles, _ summary: BatchSummary, now: Date) {
    let all = SummaryFiles.columns(summary)
    let columns = all.filter(SummaryFiles.mainColumns.contains)
    let particulars = all.filter { !SummaryFiles.mainColumns.contains($0) }
    let paths = SummaryFiles.WholePaths(summary.rows.map(\.file))
    let groups = summary.groups
    title = files.text("summary.title")
    home = files.text("web.home")
    brand = files.text("web.brand")
    tagline = files.text("web.tagline")
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
    returnLabel = files.text("summary.returnNote")
    copy = files.text("summary.copy")
    copied = files.text("summary.copied")
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
  package static func row(
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
      hasFindings: !items.isEmpty || !row.across.isEmpty, facts: facts, returnNote: files.returnNote(row))
  }
}
