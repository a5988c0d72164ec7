import ShenbaoCore

extension ApplicationDocument {
  /// The cover: the number field at the top (left blank, 填报说明 2), the form's title, and an
  /// underlined line for each of `lines` (项目名称, 申报单位（盖章）…).
  package func coverPage(number: FieldPath?, lines: [FieldPath]) -> [WordBlock] {
    var blocks: [WordBlock] = []
    if let numberPath = number {
      blocks.append(.paragraph(WordParagraph(style: WordStyle.tableText, alignment: .left, runs: [
        WordRun(label(numberPath) + wording.labelSuffix, size: 28),
        WordRun(printed(numberPath).isEmpty ? String(repeating: "\u{3000}", count: 8) : printed(numberPath),
          size: 28, underline: true, bookmark: FieldAnchor.name(for: numberPath)),
      ])))
    }
    let spacer = WordBlock.paragraph(WordParagraph(style: WordStyle.coverLine))
    let title = WordBlock.paragraph(WordParagraph(form.title, style: WordStyle.title))
    let rows = lines.map { path in
      WordTableRow(cells: [
        WordTableCell(WordParagraph(label(path) + wording.labelSuffix, style: WordStyle.coverLine,
          alignment: .distribute)),
        WordTableCell(WordParagraph(style: WordStyle.coverLine, alignment: .center,
          runs: [WordRun(printed(path))].filter { !$0.content.isEmpty },
          bookmarks: [FieldAnchor.name(for: path)]), verticalAlignment: .bottom, underlined: true),
      ], minimumHeight: 720)
    }
    let table = WordTable(columns: [3300, textWidth - 3300 - 300], rows: rows, borders: false)
    return blocks + Array(repeating: spacer, count: 3) + [title] + Array(repeating: spacer, count: 4)
      + (rows.isEmpty ? [] : [.table(table)])
  }

  /// The filling rules (填报说明) on a page of their own.
  package func instructionsPage() -> [WordBlock] {
    let title = WordParagraph(style: WordStyle.title, runs: [WordRun(wording.instructionsTitle)],
      pageBreakBefore: true)
    let rules = form.instructions.map { instruction in
      WordBlock.paragraph(WordParagraph(style: WordStyle.normal,
        runs: [WordRun("\(instruction.number). \(instruction.text)")], firstLineChars: 200))
    }
    return [.paragraph(title)] + rules
  }
}
