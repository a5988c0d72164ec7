import FoundationEssentials

extension SummaryFiles {
  /// 汇总.html: one self-contained page a reviewer reads at 1366 px and prints on A4 landscape:
  /// no network, no other files. The counts, a filter (text and status), the rows grouped by recommending
  /// department, each row's findings and particulars opening below it across the full width, a
  /// table sortable by any column (click its heading), and the checks across applications.
  func html(_ summary: BatchSummary, now: Date = Date()) -> Data {
    Data(page(summary, now: now, inline: true).utf8)
  }

  /// A link the served page offers to download one of the summary's files.
  public struct Download: Sendable {
    public var name: String
    public var href: String

    public init(name: String, href: String) {
      self.name = name
      self.href = href
    }
  }

  /// The summary page from the `summary` template: with its style and script inside it
  /// (`inline`, the file 汇总.html) or from the server's assets (a served page, whose policy
  /// allows no inline script), with `downloads` offered above it.
  public func page(_ summary: BatchSummary, now: Date, inline: Bool, downloads: [Download] = []) -> String {
    struct Page {
      var lang: String
      var title: String
      var inline: Bool
      var css: String
      var script: String
      var body: String
      var downloads: [Download]
      var hasDownloads: Bool
    }
    let title = text("summary.title")
    let content = Page(lang: language == .zh ? "zh-CN" : "en", title: title, inline: inline,
      css: inline ? WebTemplates.asset("summary.css") ?? "" : "", script: inline ? WebTemplates.asset("summary.js") ?? "" : "",
      body: body(summary, now: now), downloads: downloads, hasDownloads: !downloads.isEmpty)
    return WebTemplates.shared.render(content, "summary")
  }

  /// The page's content: the counts, the tools, the table and the checks across applications.
  private func body(_ summary: BatchSummary, now: Date) -> String {
    let title = text("summary.title")
    let all = Self.columns(summary)
    let columns = all.filter(Self.mainColumns.contains)
    let particulars = all.filter { !Self.mainColumns.contains($0) }
    var page = """
      <h1>\(escape(title))</h1>
      <p id="made">\(escape(made(now)))</p>
      <p id="counts">\(escape(counts(summary)))</p>

      """
    if summary.interrupted { page += "<p class=\"warning\">\(escape(text("summary.interruptedNote")))</p>\n" }
    let groups = summary.groups
    if !groups.isEmpty {
      page += "<ul id=\"groups\">" + groups.map { "<li>\(escape(groupLine($0)))</li>" }.joined() + "</ul>\n"
    }
    page += tools(summary)
    page += "<table id=\"summary\"><colgroup><col class=\"c-number\">"
    page += columns.map { "<col class=\"c-\($0)\">" }.joined() + "</colgroup><thead><tr>"
    page += ([text("summary.columns.number")] + columns.map(heading)).map { "<th>\(escape($0))</th>" }.joined()
    page += "</tr></thead>\n"
    let paths = WholePaths(summary.rows.map(\.file))
    var number = 0
    for group in groups.isEmpty ? [BatchSummary.Group(department: .blank, rows: summary.rows)] : groups {
      page += "<tbody>"
      if !groups.isEmpty {
        page += "<tr class=\"group\"><th colspan=\"\(columns.count + 1)\">\(escape(groupLine(group)))</th></tr>\n"
      }
      for row in group.rows {
        number += 1
        page += self.row(row, number: number, columns: columns, particulars: particulars, paths: paths)
      }
      page += "</tbody>\n"
    }
    page += "</table>\n<p id=\"nomatch\" hidden>\(escape(text("summary.filter.noMatch")))</p>\n"
    page += "<h2>\(escape(text("summary.crossHeading")))</h2>\n"
    if summary.crossFindings.isEmpty {
      page += "<p>\(escape(text("summary.noCross")))</p>\n"
    } else {
      page += "<ul id=\"cross\">"
      for finding in summary.crossFindings {
        page += "<li class=\"\(finding.severity.rawValue)\"><b>"
          + escape(text("summary.crossRows", ["rows": rowNumbers(finding, in: summary)])) + "</b>"
          + "\(paths.marked(escape(finding.message))) <code>\(escape(finding.code))</code></li>"
      }
      page += "</ul>\n"
    }
    return page
  }

  /// When the page was made, and from what.
  func made(_ now: Date) -> String {
    let time = ShanghaiTime(now).display
    return source.map { text("summary.madeFrom", ["time": time, "source": $0]) } ?? text("summary.made", ["time": time])
  }

  /// The filter box, the status choice, the count of rows shown and the button opening every row.
  private func tools(_ summary: BatchSummary) -> String {
    let statuses = SummaryRow.Status.allCases.filter { state in summary.rows.contains { $0.status == state } }
    var html = "<div class=\"tools\"><input id=\"filter\" type=\"search\" placeholder=\""
      + escape(text("summary.filter.placeholder")) + "\" aria-label=\"" + escape(text("summary.filter.placeholder"))
      + "\"><select id=\"status\" aria-label=\"\(escape(heading("status")))\"><option value=\"\">"
      + escape(text("summary.filter.allStatuses")) + "</option>"
    html += statuses.map { "<option value=\"\($0.rawValue)\">\(escape(status($0)))</option>" }.joined()
    html += "</select><span id=\"shown\" data-template=\"\(escape(text("summary.filter.shown")))\"></span>"
    html += "<button id=\"expand\" type=\"button\" data-open=\"\(escape(text("summary.expandAll")))\" data-close=\""
      + escape(text("summary.collapseAll")) + "\">\(escape(text("summary.expandAll")))</button></div>\n"
    return html
  }

  /// A row and, hidden until it is opened, its findings and `particulars` (file, bundle,
  /// SHA-256 …) below it across the full width.
  private func row(
    _ row: SummaryRow, number: Int, columns: [String], particulars: [String], paths: WholePaths
  ) -> String {
    let searched = ["unit", "project", "recommender", "leader", "file"].map { value(row, $0) }
    var html = "<tr class=\"row s-\(row.status.rawValue)\" data-status=\"\(row.status.rawValue)\" data-search=\""
      + escape(searched.joined(separator: " ")) + "\"><td class=\"n\" data-sort=\"\(number)\">"
      + "<button class=\"more\" type=\"button\" aria-expanded=\"false\" title=\"\(escape(text("summary.details")))\">"
      + "▸</button>\(number)</td>"
    for column in columns {
      let kind = ["errors", "warnings"].contains(column) ? " class=\"n\"" : column == "phone" ? " class=\"nowrap\"" : ""
      if column == "unit", row.unit == nil {
        // Nothing was read of it: the file stands in for the unit.
        html += "<td><span class=\"path file\">\(escape(row.bundle ?? row.file))</span></td>"
        continue
      }
      html += "<td\(kind)>\(paths.marked(escape(value(row, column))))</td>"
    }
    html += "</tr>\n<tr class=\"detail\" hidden><td colspan=\"\(columns.count + 1)\">"
    html += findings(row, paths: paths)
    html += "<p class=\"facts\">"
    for column in particulars {
      let value = value(row, column)
      guard !value.isEmpty else { continue }
      html += "<span><b>\(escape(heading(column)))</b> <span\(column == "sha256" ? " class=\"mono\"" : "")>"
        + "\(escape(value))</span></span>"
    }
    return html + "</p></td></tr>\n"
  }

  /// A row's findings, each with where it is, and what the checks across applications said of it.
  private func findings(_ row: SummaryRow, paths: WholePaths) -> String {
    guard !row.findings.isEmpty || !row.across.isEmpty else { return "" }
    var html = "<ul class=\"findings\">"
    // The message names the field; a Word form's findings also say where it is printed.
    for finding in row.findings {
      html += "<li class=\"\(finding.severity.rawValue)\">"
        + (finding.place.map { "<span class=\"place\">\(escape($0))</span> " } ?? "")
        + "\(escape(finding.message)) <code>\(escape(finding.code))</code></li>"
    }
    for message in row.across {
      html += "<li class=\"across\"><b>\(escape(text("summary.crossHeading")))</b> \(paths.marked(escape(message)))</li>"
    }
    return html + "</ul>"
  }

  /// The rows' file names, kept whole where a text names them (app-0001/draft.yaml never
  /// breaks after its hyphen or slash).
  struct WholePaths {
    private var byFirst: [Character: [String]] = [:]

    init(_ files: [String]) {
      for file in Set(files.map(XMLText.escaped)) where file.contains(where: { !$0.isLetter }) {
        guard let first = file.first else { continue }
        byFirst[first, default: []].append(file)
      }
      for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    }

    /// `html` with every file name in it wrapped in a span that does not break.
    func marked(_ html: String) -> String {
      guard !byFirst.isEmpty else { return html }
      var result = ""
      var index = html.startIndex
      while index < html.endIndex {
        if let file = byFirst[html[index]]?.first(where: { html[index...].hasPrefix($0) }) {
          index = html.index(index, offsetBy: file.count)
          // Punctuation that closes or follows the name stays on its line.
          let trailing = html[index...].prefix { "、，。；：）」”".contains($0) }
          index = trailing.endIndex
          result += "<span class=\"path\">\(file)\(trailing)</span>"
        } else {
          result.append(html[index])
          index = html.index(after: index)
        }
      }
      return result
    }
  }

  /// Text as HTML carries it.
  func escape(_ text: String) -> String {
    XMLText.escaped(text)
  }
}
