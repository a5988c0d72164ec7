/// Consistency checks on a form definition, so a broken file is refused before any draft is
/// checked against it.
extension FormDefinition {
  /// Every inconsistency found, as English sentences; empty for a usable form.
  public var structuralProblems: [String] {
    var problems: [String] = []
    func visit(_ fields: [FieldDefinition], under path: FieldPath) {
      var seen = Set<String>()
      for field in fields {
        let fieldPath = path.appending(field.id)
        if !seen.insert(field.id).inserted { problems.append("duplicate field id \(fieldPath)") }
        if field.id == Application.formKey, path == .root {
          problems.append("field id \(field.id) is reserved for the form id")
        }
        if field.kind.isContainer, (field.fields ?? []).isEmpty {
          problems.append("\(fieldPath) is a \(field.kind.rawValue) without fields")
        }
        if !field.kind.isContainer, field.fields != nil {
          problems.append("\(fieldPath) is a \(field.kind.rawValue) but has fields")
        }
        if field.kind == .choice, (field.options ?? []).isEmpty {
          problems.append("\(fieldPath) is a choice without options")
        }
        if let condition = field.notNeededWhen, self.field(at: condition.field) == nil {
          problems.append("\(fieldPath) depends on \(condition.field), which is not a field")
        }
        visit(field.fields ?? [], under: fieldPath)
      }
    }
    visit(topLevelFields, under: .root)
    if attachments.categories.isEmpty { problems.append("no attachment categories") }
    if Set(attachments.categories.map(\.id)).count != attachments.categories.count {
      problems.append("duplicate attachment category id")
    }
    return problems
  }
}
