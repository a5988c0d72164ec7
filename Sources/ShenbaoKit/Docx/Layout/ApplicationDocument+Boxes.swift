import Foundation

extension ApplicationDocument {
  /// 二、申报单位承担项目能力基本情况: a labelled box holding the form's hint and the text.
  func capabilityPart() -> [WordBlock] {
    let path: FieldPath = "capability"
    let rows = [WordTableRow(cells: [
      labelCell(label(path)),
      WordTableCell([hintParagraph(path)] + textParagraphs(path), verticalAlignment: .top),
    ], minimumHeight: 11000)]
    return [heading(form.section(holding: "capability")?.title ?? ""),
      .table(WordTable(columns: [1100, textWidth - 1100], rows: rows))]
  }

  /// 三、项目实施方案和绩效目标: the plan's box, then the declared performance targets against
  /// the guide's minimums.
  func planPart() -> [WordBlock] {
    let path: FieldPath = "plan"
    let box = WordTable(columns: [textWidth], rows: [WordTableRow(cells: [
      WordTableCell([hintParagraph(path)] + textParagraphs(path), verticalAlignment: .top)
    ], minimumHeight: 7000)])
    return [heading(form.section(holding: "plan")?.title ?? ""), .table(box)] + targetsTable()
  }

  private func hintParagraph(_ path: FieldPath) -> WordBlock {
    .paragraph(WordParagraph(style: WordStyle.hint, runs: [WordRun("（\(field(path).hint ?? "")）")]))
  }

  /// The targets the draft declares (every target in the template), one row each.
  private func targetsTable() -> [WordBlock] {
    let group: FieldPath = "targets"
    let targets = (field(group).fields ?? []).filter { isTemplate || value(group.appending($0.id)) != nil }
    guard !targets.isEmpty else { return [] }
    let title = wording.targetsTitle.replacingOccurrences(of: "{period}", with: form.performancePeriod ?? "")
    let columns = [textWidth - 1600 - 2000, 1600, 2000]
    var rows = [WordTableRow(cells: [labelCell(title, span: 3)], isHeader: true)]
    rows.append(WordTableRow(cells: wording.targetColumns.map { labelCell($0) }, isHeader: true))
    for target in targets {
      let path = group.appending(target.id)
      let unit = target.unit ?? ""
      let minimum = wording.minimum
        .replacingOccurrences(of: "{minimum}", with: DeclaredNumber.format(target.minimum ?? 0))
        .replacingOccurrences(of: "{unit}", with: unit)
      let shown = value(path).map { DeclaredNumber.parse($0, unit: unit).map { DeclaredNumber.format($0) + unit } ?? $0 } ?? ""
      rows.append(WordTableRow(cells: [
        WordTableCell(WordParagraph(target.label, style: WordStyle.tableText)),
        WordTableCell(WordParagraph(style: WordStyle.tableLabel, runs: [WordRun(shown)].filter { !$0.content.isEmpty },
          bookmarks: [FieldAnchor.name(for: path)])),
        WordTableCell(WordParagraph(minimum, style: WordStyle.tableLabel)),
      ], cantSplit: true))
    }
    return [.paragraph(WordParagraph()), .table(WordTable(columns: columns, rows: rows))]
  }
}
