/// The fields a layout block prints — a value field by its path, a list (a roster, the
/// attachment list) as a whole — each with where the layout names it, when it does.
extension LayoutBlock {
  package func printedFields(in form: FormDefinition) -> [FieldReference] {
    func children(_ group: FieldReference) -> [FieldReference] {
      (form.field(at: group.path)?.fields ?? []).map { FieldReference(path: group.path.appending($0.id), location: group.location) }
    }
    switch self {
    case .cover(let number, let lines): return (number.map { [$0] } ?? []) + lines
    case .instructions: return []
    case .grid(let rows):
      return rows.flatMap { row -> [FieldReference] in
        switch row {
        case .field(let reference, _): [reference]
        case .shared(let references, _): references
        case .persons(let people, let columns, _):
          people.flatMap { person in columns.map { FieldReference(path: person.path.appending($0), location: person.location) } }
        }
      }
    case .box(let field, _, _): return [field]
    case .targets(let group), .table(let group, _, _): return children(group)
    case .person(let group, let rows):
      return rows.flatMap { row in
        row.compactMap { cell -> FieldReference? in
          if case .field(let id, _) = cell { return FieldReference(path: group.path.appending(id), location: group.location) }
          return nil
        }
      }
    case .roster(let list, _, _): return [list]
    case .opinion(let group):
      // The first text (the opinion) and the first date, as the block prints them.
      let fields = form.field(at: group.path)?.fields ?? []
      return [fields.first { $0.kind == .text }, fields.first { $0.kind == .date }]
        .compactMap { $0.map { FieldReference(path: group.path.appending($0.id), location: group.location) } }
    case .attachmentList: return form.attachmentFields.map { [FieldReference(path: $0.list)] } ?? []
    }
  }
}
