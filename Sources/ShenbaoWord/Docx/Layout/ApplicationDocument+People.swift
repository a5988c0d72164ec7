import ShenbaoCore

extension ApplicationDocument {
  /// A person's table: the group's label down a merged first column, then rows of label and
  /// value pairs as the layout declares them, and a blank cell for the signature.
  package func personTable(_ group: FieldPath, rows layout: [[PersonCell]]) -> WordTable {
    let widths = layout.map { row in row.reduce(0) { $0 + 1 + $1.span } }
    let columnCount = widths.max() ?? 2
    let side = 800
    // A label column fits its longest label on one line, within bounds.
    var labelsAt = [[String]](repeating: [], count: columnCount)
    for row in layout {
      var position = 0
      for cell in row where position < columnCount {
        switch cell {
        case .field(let id, _): labelsAt[position].append(field(group.appending(id)).label)
        case .signature: labelsAt[position].append(wording.signature ?? "")
        }
        position += 1 + cell.span
      }
    }
    // Label columns sit at even positions of the pair grid and take a fixed width. A value
    // column is as wide as the widest fixed-shape value that starts there alone; when free
    // text starts there too, it also shares the room left. The text steps down a size when the
    // values do not fit across at the table's.
    let fitting = ColumnWidths.stepping(ColumnWidths.sizes, to: textWidth - side) { size in
      var fixedWidths = [Int](repeating: 0, count: columnCount)
      var free = [Bool](repeating: false, count: columnCount)
      var freeValues = [[String]](repeating: [], count: columnCount)
      for row in layout {
        var position = 0
        for cell in row {
          if case .field(let id, 1) = cell, position + 1 < columnCount {
            let path = group.appending(id)
            if let width = ColumnWidths.fixed(field(path), halfPoints: size, values: [printed(path)]) {
              fixedWidths[position + 1] = max(fixedWidths[position + 1], width)
            } else {
              free[position + 1] = true
              freeValues[position + 1].append(printed(path))
            }
          }
          position += 1 + cell.span
        }
      }
      return (0..<columnCount).map { column -> ColumnWidths.Want in
        if column % 2 == 0 { return .fixed(ColumnWidths.labelColumn(labelsAt[column], halfPoints: size, within: 950...950)) }
        // Free text keeps a short value whole (博士研究生), as a roster's column does.
        return free[column] || fixedWidths[column] == 0
          ? .free(atLeast: max(fixedWidths[column], ColumnWidths.freeMinimum(label: "", values: freeValues[column], halfPoints: size)))
          : .fixed(fixedWidths[column])
      }
    }
    let size = fitting.size
    let compact = size != WordStyle.tableTextSize
    let columns = [side] + fitting.widths
    func fitted(_ text: String, at position: Int) -> String {
      ColumnWidths.fitted(text, width: columns[min(position + 1, columns.count - 1)], halfPoints: size)
    }
    var rows: [WordTableRow] = []
    for (index, row) in layout.enumerated() {
      let merge: WordTableCell.VerticalMerge = index == 0 ? .restart : .continue
      // The group's label runs down the side, a character a line where it does not fit across.
      let sideLabel = label(group)
      let down = ColumnWidths.label(sideLabel, halfPoints: size) > side
        ? sideLabel.map(String.init).joined(separator: "\n") : sideLabel
      var cells = [labelCell(index == 0 ? down : "", verticalMerge: merge)]
      var position = 0
      for cell in row {
        switch cell {
        case .field(let id, let span):
          let path = group.appending(id)
          let start = min(position + 2, columns.count)
          let width = columns[start..<min(start + span, columns.count)].reduce(0, +)
          cells += [labelCell(fitted(field(path).label, at: position), style: compact ? WordStyle.compactLabel : WordStyle.tableLabel),
            valueCell(path, span: span, style: compact ? WordStyle.compactText : WordStyle.tableText, width: width)]
        case .signature(let span):
          cells += [labelCell(fitted(wording.signature ?? "", at: position), style: compact ? WordStyle.compactLabel : WordStyle.tableLabel),
            WordTableCell(WordParagraph(style: WordStyle.tableText), span: span)]
        }
        position += 1 + cell.span
      }
      // A row shorter than the grid stretches its last cell to the edge.
      let used = cells.dropFirst().reduce(0) { $0 + $1.span }
      if used < columnCount, !cells.isEmpty { cells[cells.count - 1].span += columnCount - used }
      rows.append(WordTableRow(cells: cells, minimumHeight: 560, cantSplit: true))
    }
    return WordTable(columns: columns, rows: rows)
  }

  /// An open list, one row per item: the list's label as a title row (its anchor), a heading
  /// row of the fields' labels (each with its column's anchor), then the items; the two heading
  /// rows repeat on every page. Column widths follow the fields' kinds and the values printed;
  /// a roster whose columns do not fit across a portrait page (or asked to) is `landscape`.
  package func rosterTable(_ list: FieldPath, wide: Set<String>, landscape: Bool) -> (table: WordTable, landscape: Bool) {
    let definition = field(list)
    let fields = definition.fields ?? []
    let size = WordStyle.compactTextSize
    let serial = max(450, ColumnWidths.label(wording.serialNumber, halfPoints: size))
    let count = isTemplate ? templateRosterRows : (application?.value(at: list)?.items?.count ?? 0)
    let values = fields.map { field in (0..<count).map { printed(list.appending(index: $0).appending(field.id)) } }
    let wants = fields.indices.map { index in
      ColumnWidths.want(fields[index], values: values[index], halfPoints: size, weight: wide.contains(fields[index].id) ? 2 : 1)
    }
    let portrait = PageLayout.a4Official
    let turned = landscape || wants.reduce(serial) { $0 + $1.minimum } > portrait.textWidth
    let width = turned ? portrait.landscape.textWidth : portrait.textWidth
    let columns = [serial] + ColumnWidths.fill(wants, to: width - serial)
    let title = WordTableRow(cells: [
      WordTableCell(WordParagraph(label(list), style: WordStyle.tableLabel,
        bookmarks: [FieldAnchor.name(for: list)]), span: columns.count)
    ], isHeader: true, minimumHeight: 480)
    let compact = WordStyle.compactLabel
    let header = WordTableRow(
      cells: [labelCell(ColumnWidths.fitted(wording.serialNumber, width: serial, halfPoints: size), style: compact)]
        + fields.enumerated().map { index, field in
          labelCell(ColumnWidths.fitted(field.label, width: columns[index + 1], halfPoints: size), style: compact,
            bookmarks: [FieldAnchor.columnName(list: list, column: field.id)])
        },
      isHeader: true, minimumHeight: 480)
    let rows = (0..<count).map { index in
      let item = list.appending(index: index)
      return WordTableRow(cells: [labelCell(String(index + 1), style: compact)]
        + fields.enumerated().map { index, field in
          valueCell(item.appending(field.id), style: WordStyle.compactText, width: columns[index + 1])
        },
        minimumHeight: 480, cantSplit: true)
    }
    return (WordTable(columns: columns, rows: [title, header] + rows), turned)
  }
}
