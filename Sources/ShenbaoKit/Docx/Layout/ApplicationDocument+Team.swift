extension ApplicationDocument {
  /// 四、项目组成员信息: the leader's table, with a blank cell for the signature, and the roster
  /// of every member, whose two heading rows repeat on every page.
  func teamPart() -> [WordBlock] {
    [heading(form.section(holding: "leader")?.title ?? ""), .table(leaderTable()),
     .paragraph(WordParagraph()), .table(rosterTable())]
  }

  private func leaderTable() -> WordTable {
    let leader: FieldPath = "leader"
    let columns = [800, 950, 1200, 950, 1056, 1100, textWidth - 6056]
    func pair(_ id: String, span: Int = 1) -> [WordTableCell] {
      [labelCell(field(leader.appending(id)).label), valueCell(leader.appending(id), span: span)]
    }
    let side = { (merge: WordTableCell.VerticalMerge) in
      self.labelCell(merge == .restart ? self.label(leader) : "", verticalMerge: merge)
    }
    let signature = [labelCell(wording.signature), WordTableCell(WordParagraph(style: WordStyle.tableText))]
    let rows = [
      [side(.restart)] + pair("name") + pair("gender") + pair("idNumber"),
      [side(.continue)] + pair("education") + pair("titleOrRank") + pair("specialty"),
      [side(.continue)] + pair("department", span: 3) + pair("position"),
      [side(.continue)] + pair("mobile", span: 3) + pair("email"),
      [side(.continue)] + pair("landline", span: 3) + signature,
    ]
    return WordTable(columns: columns, rows: rows.map { WordTableRow(cells: $0, minimumHeight: 560, cantSplit: true) })
  }

  private func rosterTable() -> WordTable {
    let members: FieldPath = "members"
    let definition = field(members)
    let fields = definition.fields ?? []
    let columns = [450, 800, 1950, 1000, 1100, 850, 950, textWidth - 7100]
    let title = WordTableRow(cells: [
      WordTableCell(WordParagraph(label(members), style: WordStyle.tableLabel,
        bookmarks: [FieldAnchor.name(for: members)]), span: columns.count)
    ], isHeader: true, minimumHeight: 480)
    let compact = WordStyle.compactLabel
    let header = WordTableRow(
      cells: [labelCell(wording.serialNumber, style: compact)] + fields.map { labelCell($0.label, style: compact) },
      isHeader: true, minimumHeight: 480)
    let count = isTemplate ? templateRosterRows : (application?.value(at: members)?.items?.count ?? 0)
    let rows = (0..<count).map { index in
      let item = members.appending(index: index)
      return WordTableRow(cells: [labelCell(String(index + 1), style: compact)]
        + fields.map { valueCell(item.appending($0.id), style: WordStyle.compactText) },
        minimumHeight: 480, cantSplit: true)
    }
    return WordTable(columns: columns, rows: [title, header] + rows)
  }
}
