import FoundationEssentials

extension SummaryFiles {
  /// One self-contained page: no network, no other files. A table sortable by any column
  /// (click its heading), statuses in colour, the counts, the cross-application findings, and
  /// each application's findings folded under its row.
  func html(_ summary: BatchSummary) -> Data {
    let title = text("summary.title")
    var page = """
      <!DOCTYPE html>
      <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
      h1{font-size:22px}h2{font-size:18px;margin-top:28px}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#f2f2f2;cursor:pointer;white-space:nowrap}th:after{content:" ⇅";color:#999}
      td.n{text-align:right}.mono{font-family:monospace;font-size:11px;word-break:break-all}
      .packaged,.verified{background:#e6f4ea}.refused,.rejected,.failed,.unreadable{background:#fce8e6}
      .interrupted{background:#fff4e5}.error{color:#b3261e}.warning{color:#8a5300}
      details summary{cursor:pointer}ul{margin:4px 0;padding-left:18px}
      </style></head><body>
      <h1>\(escape(title))</h1>
      <p id="counts">\(escape(counts(summary)))</p>

      """
    if summary.interrupted { page += "<p class=\"warning\">\(escape(text("summary.interruptedNote")))</p>\n" }
    let groups = groups(summary)
    if !groups.isEmpty {
      page += "<h2>\(escape(text("summary.groupsHeading")))</h2>\n<ul id=\"groups\">"
      for group in groups {
        page += "<li>\(escape(text("summary.group", ["recommender": group.recommender, "counts": group.counts])))</li>"
      }
      page += "</ul>\n"
    }
    let columns = Self.columns(summary)
    let headings = [text("summary.columns.number")] + columns.map { text("summary.columns.\($0)") }
      + [text("summary.columns.findings")]
    page += "<table id=\"summary\"><thead><tr>"
    page += headings.map { "<th>\(escape($0))</th>" }.joined()
    page += "</tr></thead><tbody>\n"
    for (index, row) in summary.rows.enumerated() {
      page += "<tr class=\"\(row.status.rawValue)\" data-status=\"\(row.status.rawValue)\">"
      page += "<td class=\"n\">\(index + 1)</td>"
      for (column, value) in zip(columns, values(row, columns)) {
        let kind = ["errors", "warnings"].contains(column) ? " class=\"n\"" : column == "sha256" ? " class=\"mono\"" : ""
        page += "<td\(kind)>\(escape(value))</td>"
      }
      page += "<td>\(findings(row.findings))</td></tr>\n"
    }
    page += "</tbody></table>\n<h2>\(escape(text("summary.crossHeading")))</h2>\n"
    if summary.crossFindings.isEmpty {
      page += "<p>\(escape(text("summary.noCross")))</p>\n"
    } else {
      page += "<ul id=\"cross\">"
      for finding in summary.crossFindings {
        page += "<li class=\"\(finding.severity.rawValue)\">[\(escape(finding.code))] \(escape(finding.message))</li>"
      }
      page += "</ul>\n"
    }
    page += """
      <script>
      (function(){var t=document.getElementById("summary");var dir={};
      t.querySelectorAll("th").forEach(function(th,i){th.addEventListener("click",function(){
      var rows=Array.prototype.slice.call(t.tBodies[0].rows);dir[i]=!dir[i];
      rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
      var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,"zh");
      return dir[i]?c:-c;});rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});})();
      </script>
      </body></html>

      """
    return Data(page.utf8)
  }

  private func findings(_ findings: [Finding]) -> String {
    guard !findings.isEmpty else { return "" }
    var html = "<details><summary>\(escape(text("summary.findingsCount", ["count": String(findings.count)])))</summary><ul>"
    for finding in findings {
      html += "<li class=\"\(finding.severity.rawValue)\">[\(escape(finding.code))] \(escape(finding.message))</li>"
    }
    return html + "</ul></details>"
  }

  /// Text as HTML carries it.
  func escape(_ text: String) -> String {
    XMLText.escaped(text)
  }
}
