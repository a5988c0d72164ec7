import ShenbaoCore

extension ApplicationDocument {
  /// An opinion under its heading: the fixed wording (or the draft's text), room for the seal,
  /// the seal line and the date (年 月 日 left for hand filling when the draft has none).
  package func opinionBlocks(_ group: FieldPath) -> [WordBlock] {
    let definition = field(group)
    var blocks: [WordBlock] = []
    if let subheading = definition.heading {
      blocks.append(.paragraph(WordParagraph(style: WordStyle.normal, runs: [WordRun(subheading, eastAsiaFont: WordFont.hei)],
        spaceBefore: 240, keepWithNext: true)))
    }
    let children = definition.fields ?? []
    guard let textField = children.first(where: { $0.kind == .text }) else { return blocks }
    let textPath = group.appending(textField.id)
    let text = isTemplate ? textField.default ?? "" : printed(textPath)
    var content = textParagraphs(textPath, text: text)
    content += Array(repeating: .paragraph(WordParagraph(style: WordStyle.tableText)), count: 4)
    content.append(.paragraph(WordParagraph(wording.seal, style: WordStyle.tableText, alignment: .right)))
    // Room for the seal between its line and the date, where it is stamped.
    content += Array(repeating: .paragraph(WordParagraph(style: WordStyle.tableText)), count: 3)
    if let dateField = children.first(where: { $0.kind == .date }) {
      let datePath = group.appending(dateField.id)
      let date = isTemplate || value(datePath) == nil ? wording.blankDate : printed(datePath)
      content.append(.paragraph(WordParagraph(style: WordStyle.tableText, alignment: .right,
        runs: [WordRun(date)], bookmarks: [FieldAnchor.name(for: datePath)])))
    }
    let size = WordStyle.tableTextSize
    let labelWidth = ColumnWidths.labelColumn([label(group)], halfPoints: size, within: 1400...2400)
    let row = WordTableRow(cells: [labelCell(ColumnWidths.fitted(label(group), width: labelWidth, halfPoints: size)),
      WordTableCell(content, verticalAlignment: .top)], minimumHeight: 3600, cantSplit: true)
    return blocks + [.table(WordTable(columns: [labelWidth, textWidth - labelWidth], rows: [row]))]
  }
}
