import ShenbaoSupport

/// A kind of printed block, declared per section of a form: the printed 申报书 is the sections'
/// blocks in order. A section that declares none is laid out from its fields' kinds.
public enum LayoutBlock: Sendable, Hashable {
  /// The cover: the number line at the top, the form's title, one underlined line per field.
  case cover(number: FieldReference?, lines: [FieldReference])
  /// The filling rules (填报说明) on a page of their own.
  case instructions
  /// A table of label and value rows.
  case grid([GridRow])
  /// A labelled box of paragraphs for a long text, the field's hint at its top.
  case box(field: FieldReference, labelled: Bool, height: Int?)
  /// The guide's targets: each number of a group with its declared value and the minimum.
  case targets(group: FieldReference)
  /// A fixed-row table (a budget): one row per field of a group, the total last.
  case table(group: FieldReference, columns: [String], total: FieldReference?)
  /// A person's table: rows of label and value pairs, and a cell for the signature.
  case person(group: FieldReference, rows: [[PersonCell]])
  /// An open list, one row per item, one column per field; rows may be added in Word. Free-text
  /// columns share the width their fixed-shape neighbours leave, the `wide` ones twice as much.
  /// On a landscape page when `landscape`, or when its columns do not fit across a portrait one.
  case roster(list: FieldReference, wide: [String], landscape: Bool)
  /// An opinion: its fixed wording, the seal line, the date.
  case opinion(group: FieldReference)
  /// The list of attachment files, in form order.
  case attachmentList

  /// The vocabulary's name of the block.
  public var name: String {
    switch self {
    case .cover: "cover"
    case .instructions: "instructions"
    case .grid: "grid"
    case .box: "box"
    case .targets: "targets"
    case .table: "table"
    case .person: "person"
    case .roster: "roster"
    case .opinion: "opinion"
    case .attachmentList: "attachmentList"
    }
  }

  package static let names = ["cover", "instructions", "grid", "box", "targets", "table", "person", "roster", "opinion",
    "attachmentList"]
}

/// A block of a section's layout and where it is declared.
public struct LayoutItem: Sendable, Hashable {
  public var block: LayoutBlock
  public var location: SourceLocation?

  public init(_ block: LayoutBlock, location: SourceLocation? = nil) {
    self.block = block
    self.location = location
  }

  public static func == (lhs: LayoutItem, rhs: LayoutItem) -> Bool { lhs.block == rhs.block }
  public func hash(into hasher: inout Hasher) { hasher.combine(block) }
}

/// One row of a grid.
public enum GridRow: Sendable, Hashable {
  /// A label and the field's value.
  case field(FieldReference, height: Int?)
  /// One cell holding several fields, the later ones in brackets: 通信地址（邮政编码）.
  case shared([FieldReference], height: Int?)
  /// A sub-table of people: a heading row of `columns`' labels, then a row per person group.
  case persons(people: [FieldReference], columns: [String], height: Int?)
}

/// A cell of a person table.
public enum PersonCell: Sendable, Hashable {
  /// A field of the group: its label, then its value over `span` columns.
  case field(String, span: Int)
  /// The signature's label and a blank cell, signed by hand.
  case signature(span: Int)
}

extension PersonCell {
  /// The columns the cell's value (or the signature's blank) spans.
  public var span: Int {
    switch self {
    case .field(_, let span), .signature(let span): span
    }
  }
}
