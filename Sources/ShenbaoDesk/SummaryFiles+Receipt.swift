import FoundationEssentials
import ShenbaoSupport

extension SummaryFiles {
  /// 回执.json: the receipt as `verify --receipt` reads it.
  package func receiptJSON(_ receipt: Receipt) -> Data {
    Self.json(receipt)
  }

  /// 回执.html: the receipt to print (A4 landscape) and sign — each bundle with its name, size,
  /// SHA-256 in full, when it was received and its status; how to check a bundle against it;
  /// lines for the receiving department's seal, the person and the date.
  package func receiptHTML(_ receipt: Receipt) -> Data {
    let title = text("receipt.title")
    var page = """
      <!DOCTYPE html>
      <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(Self.receiptStyle)</style></head><body>
      <h1>\(escape(title))</h1>
      <p id="issued">\(escape(text("receipt.issued", ["time": Self.displayTime(receipt.issued), "maker": receipt.maker,
        "count": String(receipt.bundles.count)])))</p>
      <table id="receipt"><thead><tr>
      """
    let headings = [text("summary.columns.number"), heading("unit"), heading("project"), heading("bundle"),
      text("receipt.size"), heading("sha256"), text("receipt.received"), heading("status")]
    page += headings.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
    for (index, entry) in receipt.bundles.enumerated() {
      let cells = [String(index + 1), entry.unit ?? "", entry.project ?? "", entry.name,
        text("receipt.bytes", ["count": Self.grouped(entry.size)]), entry.sha256, Self.displayTime(entry.received),
        status(entry.status)]
      let kinds = ["n", "", "", "", "n", "mono", "", ""]
      page += "<tr>" + zip(cells, kinds).map { cell, kind in
        "<td\(kind.isEmpty ? "" : " class=\"\(kind)\"")>\(escape(cell))</td>"
      }.joined() + "</tr>\n"
    }
    page += "</tbody></table>\n<p class=\"how\">\(escape(text("receipt.how")))<br><code>"
      + "\(escape(text("receipt.command")))</code></p>\n"
    page += "<p class=\"sign\">" + ["receipt.seal", "receipt.person", "receipt.date"]
      .map { "<span>\(escape(text($0)))</span>" }.joined() + "</p>\n</body></html>\n"
    return Data(page.utf8)
  }

  /// `2026-11-30T22:05:28+08:00` as people write it, `2026-11-30 22:05:28`.
  package static func displayTime(_ iso: String) -> String {
    String(iso.prefix(19)).replacingAll("T", with: " ")
  }

  /// `1234567` as `1,234,567`.
  package static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return result
  }

  static let receiptStyle = """
    body{font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;margin:20px;color:#111}
    h1{font-family:"Noto Sans CJK SC","Source Han Sans SC","SimHei",sans-serif;font-size:22px;text-align:center}
    table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:12px}
    th,td{border:1px solid #444;padding:4px 5px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
    th{background:#eee}th:nth-child(1){width:36px}th:nth-child(4){width:24%}th:nth-child(5){width:90px}
    th:nth-child(6){width:250px}th:nth-child(7){width:84px}th:nth-child(8){width:76px}
    td.n{text-align:right}.mono{font-family:monospace;font-size:11px;word-break:break-all}
    .how{font-size:12px;color:#333;margin-top:12px}code{font-family:monospace;font-size:12px}
    .sign{display:flex;justify-content:space-between;margin-top:40px;font-size:14px}.sign span{min-width:28%}
    @page{size:A4 landscape;margin:12mm}
    @media print{body{margin:0}tr{break-inside:avoid}thead{display:table-header-group}}
    """
}
