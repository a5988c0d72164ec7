/// How a section is printed when the form declares no layout for it: each field by its kind —
/// a list as a roster, a long text as a labelled box, a group's fields (and its groups' fields)
/// as rows of a grid, plain fields together in a grid.
package enum DefaultLayout {
  package static func blocks(for section: FormSection) -> [LayoutBlock] {
    var blocks: [LayoutBlock] = []
    var rows: [GridRow] = []
    func flush() {
      if !rows.isEmpty { blocks.append(.grid(rows)) }
      rows = []
    }
    func gridRows(_ field: FieldDefinition, _ path: FieldPath) -> [GridRow] {
      switch field.kind {
      case .group: (field.fields ?? []).flatMap { gridRows($0, path.appending($0.id)) }
      case .list: []
      default: [.field(FieldReference(path: path), height: field.multiline ? 1400 : nil)]
      }
    }
    for field in section.fields {
      let path = FieldPath.root.appending(field.id)
      switch field.kind {
      case .list:
        flush()
        blocks.append(.roster(list: FieldReference(path: path), wide: [], landscape: false))
      case .text where field.multiline:
        flush()
        blocks.append(.box(field: FieldReference(path: path), labelled: true, height: 5000))
      case .group:
        rows += gridRows(field, path)
        for child in field.fields ?? [] where child.kind == .list {
          flush()
          blocks.append(.roster(list: FieldReference(path: path.appending(child.id)), wide: [], landscape: false))
        }
      default:
        rows.append(.field(FieldReference(path: path), height: nil))
      }
    }
    flush()
    return blocks
  }
}
