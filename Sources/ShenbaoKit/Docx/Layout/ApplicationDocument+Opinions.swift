extension ApplicationDocument {
  /// 五、单位意见: each opinion under its heading, with the fixed wording, the seal line and the
  /// date (年 月 日 left for hand filling when the draft has none).
  func opinionsPart() -> [WordBlock] {
    var blocks = [heading(form.section(holding: "opinions")?.title ?? "")]
    for group: FieldPath in ["opinions.applicant", "opinions.recommender"] {
      let definition = field(group)
      if let subheading = definition.heading {
        blocks.append(.paragraph(WordParagraph(style: WordStyle.normal, runs: [WordRun(subheading, eastAsiaFont: WordFont.hei)],
          spaceBefore: 240, keepWithNext: true)))
      }
      blocks.append(.table(opinionTable(group)))
    }
    return blocks
  }

  private func opinionTable(_ group: FieldPath) -> WordTable {
    let textPath = group.appending("text")
    let datePath = group.appending("date")
    let fixed = field(textPath).default ?? ""
    let text = isTemplate ? fixed : printed(textPath)
    let date = isTemplate || value(datePath) == nil ? wording.blankDate : printed(datePath)
    var content: [WordBlock] = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line in
      .paragraph(WordParagraph(style: WordStyle.tableText, runs: line.isEmpty ? [] : [WordRun(String(line))],
        bookmarks: index == 0 ? [FieldAnchor.name(for: textPath)] : [], firstLineChars: 200))
    }
    content += Array(repeating: .paragraph(WordParagraph(style: WordStyle.tableText)), count: 4)
    content.append(.paragraph(WordParagraph(wording.seal, style: WordStyle.tableText, alignment: .right)))
    content.append(.paragraph(WordParagraph(style: WordStyle.tableText, alignment: .right,
      runs: [WordRun(date)], bookmarks: [FieldAnchor.name(for: datePath)])))
    let row = WordTableRow(cells: [labelCell(label(group)), WordTableCell(content, verticalAlignment: .top)],
      minimumHeight: 3600, cantSplit: true)
    return WordTable(columns: [1800, textWidth - 1800], rows: [row])
  }
}
