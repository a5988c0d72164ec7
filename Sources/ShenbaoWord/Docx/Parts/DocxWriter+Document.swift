import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport

extension DocxWriter {
  package static func documentPart(_ document: WordDocument) throws(XMLError) -> Data {
    let xml = try XMLWriter()
    var writer = BlockWriter(xml: xml)
    try xml.element("w:document", ["xmlns:w": OOXMLNamespace.wordprocessing,
      "xmlns:r": OOXMLNamespace.relationships]) { () throws(XMLError) in
      try xml.element("w:body") { () throws(XMLError) in
        if !document.leadingSheet.isEmpty {
          for block in document.leadingSheet { try writer.write(block) }
          // The sheet's section ends with the paragraph that carries its properties.
          try xml.element("w:p") { () throws(XMLError) in
            try xml.element("w:pPr") { () throws(XMLError) in
              try sectionProperties(document.page, xml, part: .leadingSheet)
            }
          }
        }
        writer.inBody = true
        for block in document.body { try writer.write(block) }
        try sectionProperties(document.page, xml, part: writer.bodySectionsEnded == 0 ? .firstOfBody : .restOfBody)
      }
    }
    return try xml.finish()
  }

  package static func footerPart(_ document: WordDocument) throws(XMLError) -> Data {
    let xml = try XMLWriter()
    var writer = BlockWriter(xml: xml)
    try xml.element("w:ftr", ["xmlns:w": OOXMLNamespace.wordprocessing,
      "xmlns:r": OOXMLNamespace.relationships]) { () throws(XMLError) in
      let paragraphs = document.footer.isEmpty ? [WordParagraph()] : document.footer
      for paragraph in paragraphs { try writer.write(.paragraph(paragraph)) }
    }
    return try xml.finish()
  }

  /// Which part of the document a section is.
  package enum SectionPart {
    /// The notes before the body: no page number.
    case leadingSheet
    /// The body's first section, holding the cover: pages numbered from 1, none on the cover.
    case firstOfBody
    /// A later section of the body (landscape pages): numbering goes on.
    case restOfBody
  }

  /// A section's properties; only the body's sections have the footer, and its first numbers its
  /// pages from 1.
  package static func sectionProperties(_ page: PageLayout, _ xml: XMLWriter, part: SectionPart) throws(XMLError) {
    let footer = part != .leadingSheet
    try xml.element("w:sectPr") { () throws(XMLError) in
      if footer { try xml.element("w:footerReference", ["w:type": "default", "r:id": footerRelationship]) }
      try xml.start("w:pgSz")
      try xml.attribute("w:w", String(page.width))
      try xml.attribute("w:h", String(page.height))
      if page.isLandscape { try xml.attribute("w:orient", "landscape") }
      try xml.end()
      try xml.element("w:pgMar", [
        "w:top": String(page.top), "w:right": String(page.right), "w:bottom": String(page.bottom),
        "w:left": String(page.left), "w:header": String(page.footerDistance),
        "w:footer": String(page.footerDistance), "w:gutter": "0",
      ])
      if part == .firstOfBody { try xml.element("w:pgNumType", ["w:start": "1"]) }
      try xml.element("w:cols", ["w:space": "425"])
      // The cover has a first-page footer of its own, which is empty: no page number on it.
      if part != .restOfBody { try xml.element("w:titlePg") }
      // No line grid: lines keep the spacing their paragraphs ask for, evenly.
      try xml.element("w:docGrid", ["w:linePitch": "312"])
    }
  }
}

/// Writes paragraphs and tables, numbering bookmarks as it goes.
package struct BlockWriter {
  package let xml: XMLWriter
  package var nextBookmark = 0
  /// Whether the blocks are the body's, where a paragraph may end a section.
  package var inBody = false
  /// The sections of the body ended so far.
  package var bodySectionsEnded = 0
  /// The ids of bookmarks started in an earlier paragraph, by name.
  package var openBookmarks: [String: String] = [:]

  package mutating func write(_ block: WordBlock) throws(XMLError) {
    switch block {
    case .paragraph(let paragraph): try write(paragraph)
    case .table(let table): try write(table)
    }
  }

  package mutating func write(_ paragraph: WordParagraph) throws(XMLError) {
    try xml.start("w:p")
    try paragraphProperties(paragraph)
    let ids = paragraph.bookmarks.map { _ in
      defer { nextBookmark += 1 }
      return String(nextBookmark)
    }
    for name in paragraph.bookmarkStarts {
      let id = String(nextBookmark)
      nextBookmark += 1
      openBookmarks[name] = id
      try xml.element("w:bookmarkStart", ["w:id": id, "w:name": name])
    }
    for (id, name) in zip(ids, paragraph.bookmarks) {
      try xml.element("w:bookmarkStart", ["w:id": id, "w:name": name])
    }
    if let placeholder = paragraph.placeholder { try writePlaceholder(placeholder) }
    for run in paragraph.runs {
      if let name = run.bookmark {
        let id = String(nextBookmark)
        nextBookmark += 1
        try xml.element("w:bookmarkStart", ["w:id": id, "w:name": name])
        try write(run)
        try xml.element("w:bookmarkEnd", ["w:id": id])
      } else {
        try write(run)
      }
    }
    for id in ids.reversed() { try xml.element("w:bookmarkEnd", ["w:id": id]) }
    for name in paragraph.bookmarkEnds {
      guard let id = openBookmarks.removeValue(forKey: name) else { continue }
      try xml.element("w:bookmarkEnd", ["w:id": id])
    }
    try xml.end()
  }

  /// A content control showing `text` as its placeholder, marked as the form's hint so that a
  /// reader tells it from the applicant's own content controls.
  private func writePlaceholder(_ text: String) throws(XMLError) {
    try xml.element("w:sdt") { () throws(XMLError) in
      try xml.element("w:sdtPr") { () throws(XMLError) in
        try xml.element("w:rPr") { () throws(XMLError) in
          try xml.element("w:rStyle", ["w:val": WordStyle.placeholderText])
        }
        try xml.element("w:tag", ["w:val": FieldAnchor.hintTag])
        try xml.element("w:showingPlcHdr")
      }
      try xml.element("w:sdtContent") { () throws(XMLError) in
        try xml.element("w:r") { () throws(XMLError) in
          try xml.element("w:rPr") { () throws(XMLError) in
            try xml.element("w:rStyle", ["w:val": WordStyle.placeholderText])
          }
          try xml.element("w:t", ["xml:space": "preserve"]) { () throws(XMLError) in try xml.text(text) }
        }
      }
    }
  }

  private mutating func paragraphProperties(_ paragraph: WordParagraph) throws(XMLError) {
    let hasSpacing = paragraph.spaceBefore != nil || paragraph.spaceAfter != nil
    let section = inBody ? paragraph.endsSection : nil
    guard paragraph.style != nil || paragraph.alignment != nil || hasSpacing
      || paragraph.firstLineChars != nil || paragraph.keepWithNext || paragraph.pageBreakBefore || section != nil
    else { return }
    let part: DocxWriter.SectionPart = bodySectionsEnded == 0 ? .firstOfBody : .restOfBody
    if section != nil { bodySectionsEnded += 1 }
    // Children in the order CT_PPrBase fixes.
    try xml.element("w:pPr") { () throws(XMLError) in
      if let style = paragraph.style { try xml.element("w:pStyle", ["w:val": style]) }
      if paragraph.keepWithNext { try xml.element("w:keepNext") }
      if paragraph.pageBreakBefore { try xml.element("w:pageBreakBefore") }
      if hasSpacing {
        try xml.start("w:spacing")
        if let before = paragraph.spaceBefore { try xml.attribute("w:before", String(before)) }
        if let after = paragraph.spaceAfter { try xml.attribute("w:after", String(after)) }
        try xml.end()
      }
      if let chars = paragraph.firstLineChars {
        try xml.element("w:ind", ["w:firstLineChars": String(chars)])
      }
      if let alignment = paragraph.alignment { try xml.element("w:jc", ["w:val": alignment.rawValue]) }
      if let section { try DocxWriter.sectionProperties(section, xml, part: part) }
    }
  }

  private func write(_ run: WordRun) throws(XMLError) {
    for piece in run.content {
      if case .field(let instruction, let result) = piece {
        try fieldRuns(run, instruction: instruction, result: result)
        continue
      }
      try xml.element("w:r") { () throws(XMLError) in
        try runProperties(run)
        switch piece {
        case .text(let text):
          try xml.element("w:t", ["xml:space": "preserve"]) { () throws(XMLError) in
            try xml.text(text)
          }
        case .tab: try xml.element("w:tab")
        case .lineBreak: try xml.element("w:br")
        case .field: break
        }
      }
    }
  }

  /// A field as Word writes it: begin, instruction, separator, the cached result, end.
  private func fieldRuns(_ run: WordRun, instruction: String, result: String) throws(XMLError) {
    let pieces: [(String, String?)] = [
      ("begin", nil), ("instruction", " \(instruction) "), ("separate", nil), ("result", result),
      ("end", nil),
    ]
    for (kind, text) in pieces {
      try xml.element("w:r") { () throws(XMLError) in
        try runProperties(run)
        switch kind {
        case "instruction":
          try xml.element("w:instrText", ["xml:space": "preserve"]) { () throws(XMLError) in
            try xml.text(text ?? "")
          }
        case "result":
          try xml.element("w:t") { () throws(XMLError) in try xml.text(text ?? "") }
        default:
          try xml.element("w:fldChar", ["w:fldCharType": kind])
        }
      }
    }
  }

  private func runProperties(_ run: WordRun) throws(XMLError) {
    guard run.bold || run.eastAsiaFont != nil || run.size != nil || run.color != nil
      || run.underline
    else { return }
    // Children in the order CT_RPr fixes.
    try xml.element("w:rPr") { () throws(XMLError) in
      if let font = run.eastAsiaFont {
        try xml.element("w:rFonts", ["w:eastAsia": font, "w:hint": "eastAsia"])
      }
      if run.bold {
        try xml.element("w:b")
        try xml.element("w:bCs")
      }
      if let color = run.color { try xml.element("w:color", ["w:val": color]) }
      if let size = run.size {
        try xml.element("w:sz", ["w:val": String(size)])
        try xml.element("w:szCs", ["w:val": String(size)])
      }
      if run.underline { try xml.element("w:u", ["w:val": "single"]) }
    }
  }

  package mutating func write(_ table: WordTable) throws(XMLError) {
    try xml.start("w:tbl")
    try tableProperties(table)
    try xml.element("w:tblGrid") { () throws(XMLError) in
      for width in table.columns { try xml.element("w:gridCol", ["w:w": String(width)]) }
    }
    for row in table.rows {
      try xml.start("w:tr")
      if row.isHeader || row.cantSplit || row.minimumHeight != nil {
        try xml.element("w:trPr") { () throws(XMLError) in
          if row.cantSplit { try xml.element("w:cantSplit") }
          if let height = row.minimumHeight {
            try xml.element("w:trHeight", ["w:val": String(height), "w:hRule": "atLeast"])
          }
          if row.isHeader { try xml.element("w:tblHeader") }
        }
      }
      var column = 0
      for cell in row.cells {
        let width = table.columns[column..<min(column + cell.span, table.columns.count)].reduce(0, +)
        try write(cell, width: width)
        column += cell.span
      }
      try xml.end()
    }
    try xml.end()
  }

  private func tableProperties(_ table: WordTable) throws(XMLError) {
    try xml.element("w:tblPr") { () throws(XMLError) in
      try xml.element("w:tblW", ["w:w": String(table.width), "w:type": "dxa"])
      try xml.element("w:jc", ["w:val": "center"])
      try xml.element("w:tblBorders") { () throws(XMLError) in
        for edge in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
          if table.borders {
            try xml.element(edge, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
          } else {
            try xml.element(edge, ["w:val": "nil"])
          }
        }
      }
      try xml.element("w:tblLayout", ["w:type": "fixed"])
      try xml.element("w:tblCellMar") { () throws(XMLError) in
        try xml.element("w:left", ["w:w": "108", "w:type": "dxa"])
        try xml.element("w:right", ["w:w": "108", "w:type": "dxa"])
      }
      try xml.element("w:tblLook", ["w:val": "0000", "w:firstRow": "0", "w:lastRow": "0",
        "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
    }
  }

  private mutating func write(_ cell: WordTableCell, width: Int) throws(XMLError) {
    try xml.start("w:tc")
    try xml.element("w:tcPr") { () throws(XMLError) in
      try xml.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
      if cell.span > 1 { try xml.element("w:gridSpan", ["w:val": String(cell.span)]) }
      switch cell.verticalMerge {
      case .restart?: try xml.element("w:vMerge", ["w:val": "restart"])
      case .continue?: try xml.element("w:vMerge")
      case nil: break
      }
      if cell.underlined {
        try xml.element("w:tcBorders") { () throws(XMLError) in
          try xml.element("w:bottom", ["w:val": "single", "w:sz": "6", "w:space": "0", "w:color": "000000"])
        }
      }
      if let fill = cell.shading {
        try xml.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": fill])
      }
      try xml.element("w:vAlign", ["w:val": cell.verticalAlignment.rawValue])
    }
    for block in cell.blocks { try write(block) }
    // A cell must end in a paragraph.
    if cell.blocks.isEmpty || { if case .table = cell.blocks.last { true } else { false } }() {
      try write(WordParagraph())
    }
    try xml.end()
  }
}
