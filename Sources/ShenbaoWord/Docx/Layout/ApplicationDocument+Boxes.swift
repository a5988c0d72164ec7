import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

extension ApplicationDocument {
  /// A box for a long text: its hint at the top, then the text; with its label in a column of
  /// its own when `labelled`.
  package func box(_ path: FieldPath, labelled: Bool, height: Int?) -> WordTable {
    var paragraphs = textParagraphs(path)
    // The anchor runs from the hint over the text's first paragraph: text typed into the hint's
    // paragraph, once the empty one below is deleted, is still the field's.
    if let hint = field(path).hint, case .paragraph(var first)? = paragraphs.first {
      let anchor = FieldAnchor.name(for: path)
      first.bookmarks.removeAll { $0 == anchor }
      first.bookmarkEnds = [anchor]
      paragraphs[0] = .paragraph(first)
      var opening = WordParagraph(style: WordStyle.hint, runs: [WordRun("（\(hint)）")])
      opening.bookmarkStarts = [anchor]
      paragraphs.insert(.paragraph(opening), at: 0)
    }
    let content = WordTableCell(paragraphs, verticalAlignment: .top)
    if labelled {
      let row = WordTableRow(cells: [labelCell(label(path)), content], minimumHeight: height ?? 11000)
      return WordTable(columns: [1100, textWidth - 1100], rows: [row])
    }
    return WordTable(columns: [textWidth], rows: [WordTableRow(cells: [content], minimumHeight: height ?? 7000)])
  }

  /// The guide's targets the draft declares (every target in the template), one row each, with
  /// the minimum beside the declared value.
  package func targetsTable(_ group: FieldPath) -> [WordBlock] {
    let targets = (field(group).fields ?? []).filter { isTemplate || value(group.appending($0.id)) != nil }
    guard !targets.isEmpty, let title = wording.targetsTitle, let columnsText = wording.targetColumns,
      let minimumText = wording.minimum
    else { return [] }
    let caption = title.replacingAll("{period}", with: form.performancePeriod ?? "")
    let columns = [textWidth - 1600 - 2000, 1600, 2000]
    var rows = [WordTableRow(cells: [labelCell(caption, span: 3)], isHeader: true)]
    rows.append(WordTableRow(cells: columnsText.map { labelCell($0) }, isHeader: true))
    for target in targets {
      let path = group.appending(target.id)
      let unit = target.unit ?? ""
      let minimum = minimumText
        .replacingAll("{minimum}", with: DeclaredNumber.format(target.target?.minimum ?? 0))
        .replacingAll("{unit}", with: unit)
      rows.append(WordTableRow(cells: [
        WordTableCell(WordParagraph(target.label, style: WordStyle.tableText)),
        WordTableCell(WordParagraph(style: WordStyle.tableLabel,
          runs: [WordRun(printed(path))].filter { !$0.content.isEmpty },
          bookmarks: [FieldAnchor.name(for: path)])),
        WordTableCell(WordParagraph(minimum, style: WordStyle.tableLabel)),
      ], cantSplit: true))
    }
    return [.table(WordTable(columns: columns, rows: rows).keptTogether())]
  }

  /// A fixed-row table: a heading row of `columns`, a row per field of `group` with its label
  /// and value, the total (when there is one) last. A unit the columns or the section's
  /// `headings` state is not printed again after each amount.
  package func fixedTable(_ group: FieldPath, columns: [String], total: FieldPath?, headings: [String]) -> WordTable {
    let headings = columns + headings
    let fields = (field(group).fields ?? []).filter { group.appending($0.id) != total }
    var rows = [WordTableRow(cells: columns.map { labelCell($0) }, isHeader: true, minimumHeight: 480)]
    for child in fields {
      let path = group.appending(child.id)
      rows.append(WordTableRow(cells: [WordTableCell(WordParagraph(child.label, style: WordStyle.tableText)),
        numberCell(path, headings)], minimumHeight: 480, cantSplit: true))
    }
    if let total {
      rows.append(WordTableRow(cells: [labelCell(label(total)), numberCell(total, headings)], minimumHeight: 480, cantSplit: true))
    }
    return WordTable(columns: [textWidth - 2400, 2400], rows: rows).keptTogether()
  }

  private func numberCell(_ path: FieldPath, _ headings: [String]) -> WordTableCell {
    WordTableCell(WordParagraph(style: WordStyle.tableLabel,
      runs: [WordRun(printed(path, headings: headings))].filter { !$0.content.isEmpty },
      bookmarks: [FieldAnchor.name(for: path)]))
  }
}
