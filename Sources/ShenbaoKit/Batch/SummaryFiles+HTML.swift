import FoundationEssentials

extension SummaryFiles {
  /// One self-contained page a reviewer reads at 1366 px and prints on A4 landscape: no network,
  /// no other files. The counts, a filter (text and status), the rows grouped by recommending
  /// department, each row's findings and particulars opening below it across the full width, a
  /// table sortable by any column (click its heading), and the checks across applications.
  func html(_ summary: BatchSummary, now: Date = Date()) -> Data {
    let title = text("summary.title")
    let all = Self.columns(summary)
    let columns = all.filter(Self.mainColumns.contains)
    let particulars = all.filter { !Self.mainColumns.contains($0) }
    var page = """
      <!DOCTYPE html>
      <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(Self.style)</style></head><body>
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
    page += "<script>\(Self.script)</script>\n</body></html>\n"
    return Data(page.utf8)
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

  /// The page's look: columns of fixed share so nothing scrolls sideways at 1366 px, 说明 taking
  /// the rest; A4 landscape in print, without the tools, opened rows printed as shown.
  static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:20px;color:#222}
    h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.3em;margin-top:28px;break-after:avoid}
    #made{color:#555;font-size:.85em;margin:0 0 6px}#counts{font-size:1.1em;margin:6px 0}
    #cross code,.findings code{font-size:.85em;color:#777}.file{color:#555}
    #groups{list-style:none;padding:0;margin:4px 0 8px;display:flex;flex-wrap:wrap;gap:4px 24px;font-size:.9em}
    .tools{display:flex;gap:12px;align-items:center;margin:10px 0;font-size:13px}
    .tools input{flex:0 1 28em;padding:5px 8px;font:inherit}.tools select,.tools button{padding:4px 8px;font:inherit}
    table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px}
    th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
    thead th{background:#f2f2f2;cursor:pointer;position:sticky;top:0;white-space:nowrap;overflow:hidden}
    thead th:hover:after{content:" ⇅";color:#999}
    tr.group th{background:#e8eef7;text-align:left;font-weight:600;cursor:default}tr.group{break-after:avoid}
    col.c-number{width:52px}col.c-unit{width:14%}col.c-project{width:15%}col.c-recommender{width:8%}
    col.c-leader{width:6.5%}col.c-phone{width:8%}col.c-status{width:8.5%}col.c-errors,col.c-warnings{width:4%}
    td.n{text-align:right;white-space:nowrap}.nowrap{white-space:nowrap;overflow-wrap:normal}
    .path{display:inline-block;max-width:100%;overflow-wrap:anywhere}.mono{font-family:monospace;font-size:11px;word-break:break-all}
    tr.row{cursor:pointer}.s-packaged,.s-verified{background:#e6f4ea}
    .s-refused,.s-rejected,.s-failed,.s-unreadable{background:#fce8e6}.s-interrupted{background:#fff4e5}
    button.more{border:0;background:none;cursor:pointer;padding:0 4px 0 0;font:inherit;color:#555}
    tr.detail td{background:#fafafa;padding:6px 12px 8px 58px}
    .findings{margin:0 0 6px;padding-left:18px}
    .place{color:#444;font-weight:600}.error{color:#b3261e}.warning,.across{color:#8a5300}
    .facts{display:flex;flex-wrap:wrap;gap:2px 20px;margin:0;font-size:12px;color:#444}.facts b{margin-right:4px}
    @page{size:A4 landscape;margin:10mm}
    @media print{body{margin:0;font-size:9pt}.tools,button.more{display:none}table{font-size:9pt}
    thead th{position:static}thead th:hover:after{content:""}thead{display:table-header-group}
    tr{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """

  /// Sorting, filtering and opening rows; the words it shows come from the page.
  static let script = """
    (function(){
    var table=document.getElementById("summary"),filter=document.getElementById("filter"),
    status=document.getElementById("status"),shown=document.getElementById("shown"),
    expand=document.getElementById("expand"),nomatch=document.getElementById("nomatch");
    var rows=Array.prototype.slice.call(table.querySelectorAll("tr.row"));
    function detail(r){return r.nextElementSibling;}
    function open(r,on){r.querySelector("button.more").setAttribute("aria-expanded",on?"true":"false");
    r.querySelector("button.more").textContent=on?"▾":"▸";detail(r).hidden=!on||r.hidden;}
    function isOpen(r){return r.querySelector("button.more").getAttribute("aria-expanded")==="true";}
    function apply(){var q=filter.value.trim().toLowerCase(),s=status.value,count=0;
    rows.forEach(function(r){var match=(!q||r.dataset.search.toLowerCase().indexOf(q)>=0)&&(!s||r.dataset.status===s);
    r.hidden=!match;if(match)count++;open(r,isOpen(r));});
    Array.prototype.forEach.call(table.tBodies,function(b){var head=b.querySelector("tr.group");
    if(head)head.hidden=!b.querySelector("tr.row:not([hidden])");});
    shown.textContent=shown.dataset.template.replace("{shown}",count).replace("{total}",rows.length);
    nomatch.hidden=count>0;}
    rows.forEach(function(r){r.addEventListener("click",function(e){
    if(window.getSelection&&String(window.getSelection()))return;open(r,!isOpen(r));});});
    expand.addEventListener("click",function(){var on=!rows.some(function(r){return !r.hidden&&isOpen(r);});
    rows.forEach(function(r){if(!r.hidden)open(r,on);});expand.textContent=on?expand.dataset.close:expand.dataset.open;});
    filter.addEventListener("input",apply);status.addEventListener("change",apply);
    var dir={};table.tHead.querySelectorAll("th").forEach(function(th,i){th.addEventListener("click",function(){
    dir[i]=!dir[i];Array.prototype.forEach.call(table.tBodies,function(b){
    var list=Array.prototype.slice.call(b.querySelectorAll("tr.row"));
    list.sort(function(a,c){var x=a.cells[i].dataset.sort||a.cells[i].textContent,
    y=c.cells[i].dataset.sort||c.cells[i].textContent;var nx=parseFloat(x),ny=parseFloat(y);
    var k=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,"zh",{numeric:true});return dir[i]?k:-k;});
    list.forEach(function(r){var d=detail(r);b.appendChild(r);b.appendChild(d);});});});});
    apply();})();
    """
}
