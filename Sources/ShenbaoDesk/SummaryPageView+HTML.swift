import ShenbaoNative

extension SummaryPageView {
  /// The summary page as HTML: every value escaped as it is written, but the cells marked `html`
  /// (escaped when the view was made, with their spans), the style and the script.
  package func html() -> String {
    let page = HTMLText()
    page.raw("<!DOCTYPE html>\n<html lang=\"").text(lang).raw("\"><head><meta charset=\"utf-8\">\n")
    page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").text(title)
      .raw("</title>\n")
    if inline {
      page.raw("<style>").raw(css).raw("</style>")
    } else {
      page.raw("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/summary.css\">")
    }
    page.raw("\n</head><body>\n")
    if hasDownloads {
      page.raw("<header class=\"top\"><a href=\"/\" class=\"brand\">").text(brand).raw("</a><span class=\"tagline\">")
        .text(tagline).raw("</span></header>\n")
      page.raw("<nav class=\"downloads\"><a class=\"back\" href=\"/\">").text(home)
        .raw("</a><a class=\"back\" href=\"/department\">").text(again).raw("</a>")
      for download in downloads {
        page.raw("<a class=\"download\" download=\"").text(download.name).raw("\" href=\"").text(download.href).raw("\">")
          .text(download.name).raw("</a>")
      }
      page.raw("</nav>\n")
    }
    page.raw("<h1>").text(title).raw("</h1>\n<p id=\"made\">").text(made).raw("</p>\n<p id=\"counts\">").text(counts)
      .raw("</p>\n")
    if interrupted { page.raw("<p class=\"warning\">").text(interruptedNote).raw("</p>\n") }
    if hasGroups {
      page.raw("<ul id=\"groups\">")
      for group in groups { page.raw("<li>").text(group).raw("</li>") }
      page.raw("</ul>\n")
    }
    tools(page)
    table(page)
    page.raw("<p id=\"nomatch\" hidden>").text(noMatch).raw("</p>\n<h2>").text(crossHeading).raw("</h2>\n")
    if hasCross {
      page.raw("<ul id=\"cross\">")
      for finding in cross {
        // The code is for scripts (and the JSON), not for the reader.
        page.raw("<li class=\"").text(finding.severity).raw("\" data-code=\"").text(finding.code).raw("\"><b>")
          .text(finding.rows).raw("</b>").raw(finding.html).raw("</li>")
      }
      page.raw("</ul>\n")
    } else {
      page.raw("<p>").text(noCross).raw("</p>\n")
    }
    page.raw(inline ? "<script>" + script + "</script>" : "<script src=\"/assets/summary.js\"></script>")
    page.raw("\n</body></html>\n")
    return page.html
  }

  /// The filter box, the status choice and the button that opens every row.
  private func tools(_ page: HTMLText) {
    page.raw("<div class=\"tools\"><input id=\"filter\" type=\"search\" placeholder=\"").text(placeholder)
      .raw("\" aria-label=\"").text(placeholder).raw("\"><select id=\"status\" aria-label=\"").text(statusLabel)
      .raw("\"><option value=\"\">").text(allStatuses).raw("</option>")
    for status in statuses {
      page.raw("<option value=\"").text(status.value).raw("\">").text(status.label).raw("</option>")
    }
    page.raw("</select><span id=\"shown\" data-template=\"").text(shown)
      .raw("\"></span><button id=\"expand\" type=\"button\" data-open=\"").text(expandAll).raw("\" data-close=\"")
      .text(collapseAll).raw("\">").text(expandAll).raw("</button></div>\n")
  }

  /// The table: its heading, then each department's rows, each with its details below it.
  private func table(_ page: HTMLText) {
    page.raw("<table id=\"summary\"><colgroup><col class=\"c-number\">")
    for column in columns { page.raw("<col class=\"c-").text(column).raw("\">") }
    page.raw("</colgroup><thead><tr><th>").text(numberHeading).raw("</th>")
    for heading in headings { page.raw("<th>").text(heading).raw("</th>") }
    page.raw("</tr></thead>\n")
    for body in bodies {
      page.raw("<tbody>")
      if body.hasHead { page.raw("<tr class=\"group\"><th colspan=\"\(span)\">").text(body.head).raw("</th></tr>\n") }
      for row in body.rows { self.row(row, page) }
      page.raw("</tbody>\n")
    }
    page.raw("</table>\n")
  }

  private func row(_ row: Row, _ page: HTMLText) {
    page.raw("<tr class=\"row s-").text(row.status).raw("\" data-status=\"").text(row.status).raw("\" data-search=\"")
      .text(row.search).raw("\"><td class=\"n\" data-sort=\"\(row.number)\"><button class=\"more\" type=\"button\" ")
      .raw("aria-expanded=\"false\" title=\"").text(details).raw("\">▸</button>\(row.number)</td>")
    for cell in row.cells {
      page.raw("<td")
      if cell.hasKind { page.raw(" class=\"").text(cell.kind).raw("\"") }
      page.raw(">").raw(cell.html).raw("</td>")
    }
    page.raw("</tr>\n<tr class=\"detail\" hidden><td colspan=\"\(span)\">")
    if row.hasFindings {
      page.raw("<ul class=\"findings\">")
      for item in row.items {
        page.raw("<li class=\"").text(item.severity).raw("\" data-code=\"").text(item.code).raw("\">")
        if item.hasPlace { page.raw("<span class=\"place\">").text(item.place).raw("</span> ") }
        page.text(item.message).raw("</li>")
      }
      for across in row.across { page.raw("<li class=\"across\"><b>").text(acrossLabel).raw("</b> ").raw(across).raw("</li>") }
      page.raw("</ul>")
    }
    if !row.returnNote.isEmpty {
      let lines = row.returnNote.split(separator: "\n").count
      page.raw("<div class=\"return\"><label>").text(returnLabel).raw("<textarea readonly rows=\"\(min(8, lines + 1))\">")
        .text(row.returnNote).raw("</textarea></label><button class=\"copy\" type=\"button\" data-copied=\"").text(copied)
        .raw("\">").text(copy).raw("</button></div>")
    }
    page.raw("<p class=\"facts\">")
    for fact in row.facts {
      page.raw("<span><b>").text(fact.heading).raw("</b> <span").raw(fact.mono ? " class=\"mono\"" : "").raw(">")
        .text(fact.value).raw("</span></span>")
    }
    page.raw("</p></td></tr>\n")
  }
}

/// HTML written piece by piece: markup as given, text escaped.
package final class HTMLText {
  private(set) var html = ""

  /// Appends markup as it is.
  @discardableResult
  package func raw(_ markup: String) -> HTMLText {
    html += markup
    return self
  }

  /// Appends text, escaped for an element or an attribute value.
  @discardableResult
  package func text(_ text: String) -> HTMLText {
    html += XMLText.escaped(text)
    return self
  }
}
