import ShenbaoCore

extension ApplicationDocument {
  /// The narrowest and the widest a grid's label column may be.
  package static let gridLabelWidths = 1600...2000

  /// A label and value table: a row per field, a cell shared by several fields (通信地址（邮政编码）),
  /// sub-tables of people whose columns the other rows span as one.
  package func grid(_ rows: [GridRow]) -> WordTable {
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
    let personValues = personColumns.map { id in
      rows.flatMap { row -> [String] in
        guard case .persons(let people, _, _) = row else { return [] }
        return people.map { printed($0.path.appending(id)) }
      }
    }
    let size = WordStyle.tableTextSize
    // The label column fits the longest label on one line, within bounds; the person columns
    // their headings.
    let labels = rows.flatMap { row -> [String] in
      switch row {
      case .field(let reference, _): [label(reference.path)]
      case .shared(let references, _): [label(references[0].path)]
      case .persons(let people, _, _): [wording.personTable ?? ""] + people.map { label($0.path) }
      }
    }
    let labelWidth = ColumnWidths.labelColumn(labels, halfPoints: size, within: Self.gridLabelWidths)
    // The people's columns step down a size when their values do not fit across at the table's.
    let people = ColumnWidths.stepping(ColumnWidths.sizes, to: textWidth - labelWidth) { size in
      personColumns.indices.map { index in
        let field = personFields[index] ?? FieldDefinition(id: personColumns[index], label: personColumns[index], kind: .text)
        // An e-mail address is the longest free text of a person: twice the share.
        return ColumnWidths.want(field, values: personValues[index], halfPoints: size, weight: field.kind == .email ? 2 : 1)
      }
    }
    let valueColumns = personColumns.isEmpty ? [textWidth - labelWidth] : people.widths
    let compact = people.size != size
    func fitted(_ text: String, _ width: Int, at size: Int = size) -> String {
      ColumnWidths.fitted(text, width: width, halfPoints: size)
    }
    let span = valueColumns.count
    var tableRows: [WordTableRow] = []
    for row in rows {
      switch row {
      case .field(let reference, let height):
        tableRows.append(WordTableRow(cells: [labelCell(fitted(label(reference.path), labelWidth)),
          valueCell(reference.path, span: span, showHint: true)], minimumHeight: height ?? 520))
      case .shared(let references, let height):
        tableRows.append(WordTableRow(cells: [labelCell(fitted(label(references[0].path), labelWidth)),
          sharedCell(references.map(\.path), span: span)], minimumHeight: height ?? 520))
      case .persons(let rowPeople, let columns, let height):
        guard let first = rowPeople.first else { continue }
        let definition = field(first.path)
        tableRows.append(WordTableRow(cells: [labelCell(fitted(wording.personTable ?? "", labelWidth))]
          + columns.enumerated().map { index, id in
            labelCell(fitted(definition.field(id)?.label ?? id, valueColumns[min(index, valueColumns.count - 1)],
              at: people.size), style: compact ? WordStyle.compactLabel : WordStyle.tableLabel)
          }, minimumHeight: height ?? 520))
        for person in rowPeople {
          tableRows.append(WordTableRow(cells: [labelCell(fitted(label(person.path), labelWidth))]
            + columns.enumerated().map { index, id in
              valueCell(person.path.appending(id), style: compact ? WordStyle.compactText : WordStyle.tableText,
                width: valueColumns[min(index, valueColumns.count - 1)])
            }, minimumHeight: height ?? 520))
        }
      }
    }
    return WordTable(columns: [labelWidth] + valueColumns, rows: tableRows)
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
