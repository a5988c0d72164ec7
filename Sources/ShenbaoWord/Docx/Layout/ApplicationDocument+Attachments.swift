import ShenbaoCore
import ShenbaoSupport

extension ApplicationDocument {
  /// The list of attachment materials in form order (填报说明 4), numbered as they are bound
  /// after the form: in the template, one row per category, its materials left to name.
  package func attachmentsList() -> [WordBlock] {
    let categories = form.attachments.categories
    var entries: [(category: String, title: String)] = []
    if isTemplate {
      entries = categories.map { ($0.label, "") }
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
    var rows = [WordTableRow(cells: wording.attachmentColumns.map { labelCell($0) }, isHeader: true, minimumHeight: 480)]
    for (index, entry) in entries.enumerated() {
      rows.append(WordTableRow(cells: [
        WordTableCell(WordParagraph(String(index + 1), style: WordStyle.tableLabel)),
        WordTableCell(WordParagraph(entry.category, style: WordStyle.tableText)),
        WordTableCell(WordParagraph(entry.title, style: WordStyle.tableText)),
      ], minimumHeight: 480, cantSplit: true))
    }
    return [.table(WordTable(columns: columns, rows: rows).keptTogether())]
  }

  /// The template's leading sheet, apart from the form: where attachments go, a folder per
  /// category. Nothing of it is part of the printed form.
  package func templateNotes() -> [WordBlock] {
    guard isTemplate, let note = wording.attachmentFolderNote, let folderColumn = wording.attachmentFolderColumn,
      !form.attachments.categories.isEmpty
    else { return [] }
    var rows = [WordTableRow(cells: [labelCell(wording.attachmentColumns[1]), labelCell(folderColumn)],
      isHeader: true, minimumHeight: 480)]
    for category in form.attachments.categories {
      rows.append(WordTableRow(cells: [WordTableCell(WordParagraph(category.label, style: WordStyle.tableText)),
        WordTableCell(WordParagraph(category.folder, style: WordStyle.tableText))], minimumHeight: 480, cantSplit: true))
    }
    return [
      heading(MessageCatalogue.shared.text("template.notesTitle", .zh), pageBreak: false),
      .paragraph(WordParagraph(style: WordStyle.normal, runs: [WordRun(note)], spaceAfter: 240, firstLineChars: 200)),
      .table(WordTable(columns: [textWidth / 2, textWidth - textWidth / 2], rows: rows)),
    ]
  }

  private func fileName(_ path: String) -> String {
    String(path.replacingAll("\\", with: "/").split(separator: "/").last ?? "")
  }
}
