extension ApplicationDocument {
  /// The columns of part 一: a label column, then four that the person rows use one by one
  /// (姓名, 身份证号码, 电话（手机）, 电子邮箱) and the other rows as one.
  var unitColumns: [Int] { [2000, 1100, 2250, 1450, textWidth - 2000 - 1100 - 2250 - 1450] }

  /// 一、申报单位基本信息: label and value rows, the 人员信息 sub-table, and 通信地址（邮政编码）
  /// in one cell.
  func unitPart() -> [WordBlock] {
    let section = form.section(holding: "unit")
    var rows: [WordTableRow] = []
    for path: FieldPath in ["unit.name", "unit.nature", "unit.creditCode", "unit.bank", "unit.bankAccount"] {
      rows.append(WordTableRow(cells: [labelCell(label(path)), valueCell(path, span: 4, showHint: true)],
        minimumHeight: 520))
    }
    rows.append(WordTableRow(cells: [labelCell(label("unit.address")), addressCell()], minimumHeight: 520))
    let personFields = ["name", "idNumber", "mobile", "email"]
    let personDefinition = field("unit.legalRep")
    rows.append(WordTableRow(cells: [labelCell(wording.personTable)] + personFields.map { id in
      labelCell(personDefinition.field(id)?.label ?? id)
    }, minimumHeight: 520))
    for person: FieldPath in ["unit.legalRep", "unit.projectLeader", "unit.contact"] {
      rows.append(WordTableRow(cells: [labelCell(label(person))] + personFields.map { id in
        valueCell(person.appending(id))
      }, minimumHeight: 520))
    }
    rows.append(WordTableRow(cells: [labelCell(label("unit.businessScope")),
      valueCell("unit.businessScope", span: 4)], minimumHeight: 1400))
    return [heading(section?.title ?? "", pageBreak: true), .table(WordTable(columns: unitColumns, rows: rows))]
  }

  /// 通信地址（邮政编码）: the address and, in brackets, the postcode, each with its own anchor.
  private func addressCell() -> WordTableCell {
    let address: FieldPath = "unit.address"
    let postcode: FieldPath = "unit.postcode"
    var runs = [WordRun(printed(address), bookmark: FieldAnchor.name(for: address))]
    if isTemplate {
      runs.append(WordRun("", bookmark: FieldAnchor.name(for: postcode)))
    } else {
      runs += [WordRun("（"), WordRun(printed(postcode), bookmark: FieldAnchor.name(for: postcode)), WordRun("）")]
    }
    return WordTableCell(WordParagraph(style: WordStyle.tableText, runs: runs), span: 4)
  }
}
