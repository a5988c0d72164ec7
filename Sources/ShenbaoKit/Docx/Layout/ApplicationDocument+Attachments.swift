extension ApplicationDocument {
  /// The list of attachment materials in form order (填报说明 4), numbered as they are bound
  /// after the form: in the template, one row per category with the folder its files go in,
  /// and a note on the folders.
  func attachmentsList() -> [WordBlock] {
    let categories = form.attachments.categories
    var entries: [(category: String, title: String)] = []
    if isTemplate {
      entries = categories.map { ($0.label, $0.folder) }
    } else if let fields = form.attachmentFields {
      let items = application?.value(at: fields.list)?.items ?? []
      for category in categories {
        for item in items where item.record?[fields.category]?.trimmedText == category.id {
          let title = fields.title.flatMap { item.record?[$0]?.trimmedText }.flatMap { $0.isEmpty ? nil : $0 }
          let path = item.record?[fields.path]?.trimmedText ?? ""
          entries.append((category.label, title ?? fileName(path)))
        }
      }
    }
    guard !entries.isEmpty else { return [] }
    let columns = [700, 3400, textWidth - 4100]
    var headings = wording.attachmentColumns
    if isTemplate, let folderColumn = wording.attachmentFolderColumn { headings[headings.count - 1] = folderColumn }
    var rows = [WordTableRow(cells: headings.map { labelCell($0) }, isHeader: true, minimumHeight: 480)]
    for (index, entry) in entries.enumerated() {
      rows.append(WordTableRow(cells: [
        WordTableCell(WordParagraph(String(index + 1), style: WordStyle.tableLabel)),
        WordTableCell(WordParagraph(entry.category, style: WordStyle.tableText)),
        WordTableCell(WordParagraph(entry.title, style: WordStyle.tableText)),
      ], minimumHeight: 480, cantSplit: true))
    }
    var blocks: [WordBlock] = [.table(WordTable(columns: columns, rows: rows).keptTogether())]
    if isTemplate, let note = wording.attachmentFolderNote {
      blocks.append(.paragraph(WordParagraph(style: WordStyle.normal, runs: [WordRun(note)],
        spaceBefore: 240, firstLineChars: 200)))
    }
    return blocks
  }

  private func fileName(_ path: String) -> String {
    String(path.replacingAll("\\", with: "/").split(separator: "/").last ?? "")
  }
}
