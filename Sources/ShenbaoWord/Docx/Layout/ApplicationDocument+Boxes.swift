import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

extension ApplicationDocument {
  /// A box for a long text: its hint at the top, then the text; with its label in a column of
  /// its own when `labelled`.
  package func box(_ path: FieldPath, labelled: Bool, height: Int?) -> WordTable {
    let content = WordTableCell(hintParagraphs(path) + textParagraphs(path), verticalAlignment: .top)
    if labelled {
      let row = WordTableRow(cells: [labelCell(label(path)), content], minimumHeight: height ?? 11000)
      return WordTable(columns: [1100, textWidth - 1100], rows: [row])
    }
    return WordTable(columns: [textWidth], rows: [WordTableRow(cells: [content], minimumHeight: height ?? 7000)])
  }

  private func hintParagraphs(_ path: FieldPath) -> [WordBlock] {
    guard let hint = field(path).hint else { return [] }
    return [.paragraph(WordParagraph(style: WordStyle.hint, runs: [WordRun("（\(hint)）")]))]
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
          runs: [WordRun(numberWithUnit(path))].filter { !$0.content.isEmpty },
          bookmarks: [FieldAnchor.name(for: path)])),
        WordTableCell(WordParagraph(minimum, style: WordStyle.tableLabel)),
      ], cantSplit: true))
    }
    return [.table(WordTable(columns: columns, rows: rows).keptTogether())]
  }

  /// A fixed-row table: a heading row of `columns`, a row per field of `group` with its label
  /// and value, the total (when there is one) last.
  package func fixedTable(_ group: FieldPath, columns: [String], total: FieldPath?) -> WordTable {
    let fields = (field(group).fields ?? []).filter { group.appending($0.id) != total }
    var rows = [WordTableRow(cells: columns.map { labelCell($0) }, isHeader: true, minimumHeight: 480)]
    for child in fields {
      let path = group.appending(child.id)
      rows.append(WordTableRow(cells: [WordTableCell(WordParagraph(child.label, style: WordStyle.tableText)),
        numberCell(path)], minimumHeight: 480, cantSplit: true))
    }
    if let total {
      rows.append(WordTableRow(cells: [labelCell(label(total)), numberCell(total)], minimumHeight: 480, cantSplit: true))
    }
    return WordTable(columns: [textWidth - 2400, 2400], rows: rows).keptTogether()
  }

  private func numberCell(_ path: FieldPath) -> WordTableCell {
    WordTableCell(WordParagraph(style: WordStyle.tableLabel,
      runs: [WordRun(field(path).kind == .number ? numberWithUnit(path) : printed(path))].filter { !$0.content.isEmpty },
      bookmarks: [FieldAnchor.name(for: path)]))
  }

  /// A number as the form prints it: the value and the field's unit (`60家`); as written when
  /// it is not a number.
  private func numberWithUnit(_ path: FieldPath) -> String {
    guard let text = value(path) else { return isTemplate ? "" : printed(path) }
    let unit = field(path).unit ?? ""
    return DeclaredNumber.parse(text, unit: unit).map { DeclaredNumber.format($0) + unit } ?? text
  }
}
