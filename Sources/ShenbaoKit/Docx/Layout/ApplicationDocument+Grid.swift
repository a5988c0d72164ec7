extension ApplicationDocument {
  /// The width of a grid's label column.
  static let gridLabelWidth = 2000

  /// A label and value table: a row per field, a cell shared by several fields (通信地址（邮政编码）),
  /// sub-tables of people whose columns the other rows span as one.
  func grid(_ rows: [GridRow]) -> WordTable {
    let personColumns = rows.compactMap { row -> [String]? in
      if case .persons(_, let columns, _) = row { return columns }
      return nil
    }.max { $0.count < $1.count } ?? []
    let personFields = personColumns.map { id in
      rows.lazy.compactMap { row -> FieldDefinition? in
        guard case .persons(let people, _, _) = row, let first = people.first else { return nil }
        return self.field(first.path.appending(id))
      }.first
    }
    let valueColumns = personColumns.isEmpty
      ? [textWidth - Self.gridLabelWidth]
      : ColumnWidths.fill(personFields.map { field in
          ColumnWidths.want(field.flatMap { ColumnWidths.fixed($0, halfPoints: WordStyle.tableTextSize) })
        },
        to: textWidth - Self.gridLabelWidth)
    let span = valueColumns.count
    var tableRows: [WordTableRow] = []
    for row in rows {
      switch row {
      case .field(let reference, let height):
        tableRows.append(WordTableRow(cells: [labelCell(label(reference.path)),
          valueCell(reference.path, span: span, showHint: true)], minimumHeight: height ?? 520))
      case .shared(let references, let height):
        tableRows.append(WordTableRow(cells: [labelCell(label(references[0].path)),
          sharedCell(references.map(\.path), span: span)], minimumHeight: height ?? 520))
      case .persons(let people, let columns, let height):
        guard let first = people.first else { continue }
        let definition = field(first.path)
        tableRows.append(WordTableRow(cells: [labelCell(wording.personTable ?? "")] + columns.map { id in
          labelCell(definition.field(id)?.label ?? id)
        }, minimumHeight: height ?? 520))
        for person in people {
          tableRows.append(WordTableRow(cells: [labelCell(label(person.path))] + columns.map { id in
            valueCell(person.path.appending(id))
          }, minimumHeight: height ?? 520))
        }
      }
    }
    return WordTable(columns: [Self.gridLabelWidth] + valueColumns, rows: tableRows)
  }

  /// One cell for several fields, the first as written and the others in brackets, each with
  /// its own anchor: 通信地址（邮政编码）.
  private func sharedCell(_ paths: [FieldPath], span: Int) -> WordTableCell {
    var runs = [WordRun(printed(paths[0]), bookmark: FieldAnchor.name(for: paths[0]))]
    for path in paths.dropFirst() {
      if isTemplate {
        runs.append(WordRun("", bookmark: FieldAnchor.name(for: path)))
      } else {
        runs += [WordRun("（"), WordRun(printed(path), bookmark: FieldAnchor.name(for: path)), WordRun("）")]
      }
    }
    return WordTableCell(WordParagraph(style: WordStyle.tableText, runs: runs), span: span)
  }
}
