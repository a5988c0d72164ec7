/// Writes a draft as YAML in form order, each field under a comment with its Chinese label and
/// hint: the blank draft of `shenbao init`, and any application written back out.
public struct DraftYAMLWriter: Sendable {
  public var form: FormDefinition
  /// What the first line's `yaml-language-server` modeline points at, if anything.
  public var schemaReference: String?
  package var catalogue: MessageCatalogue

  public init(
    form: FormDefinition, schemaReference: String? = nil, catalogue: MessageCatalogue = .shared
  ) {
    self.form = form
    self.schemaReference = schemaReference
    self.catalogue = catalogue
  }

  /// A blank draft: every field empty but the fixed wordings, one blank team member, one
  /// attachment row per required category.
  public func blankDraft() -> String {
    write(blankValues(), isBlank: true)
  }

  /// `application`'s values in form order (keys the form lacks are left out).
  public func write(_ application: Application) -> String {
    write(application.values, isBlank: false)
  }

  private func write(_ values: DraftRecord, isBlank: Bool) -> String {
    var lines: [String] = []
    if let schemaReference {
      lines.append("# yaml-language-server: $schema=\(schemaReference)")
    }
    lines.append("# " + text("draft.title", ["title": form.title, "year": String(form.year)]))
    if isBlank {
      for instruction in form.instructions {
        lines.append("# " + text("draft.instruction",
          ["number": String(instruction.number), "text": instruction.text]))
      }
    }
    lines.append("\(Application.formKey): \(YAMLScalar.inline(values[Application.formKey]?.trimmedText ?? form.id))")
    for section in form.sections {
      lines.append("")
      lines.append("# \(section.title)")
      for field in section.fields {
        // A part's heading already names a group that fills the whole part.
        let commented = !(field.kind == .group && section.title.hasSuffix(field.label))
        emit(field, value: values[field.id], indent: "", into: &lines, isBlank: isBlank,
          commented: commented)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func emit(
    _ field: FieldDefinition, value: DraftValue?, indent: String, into lines: inout [String],
    isBlank: Bool, commented: Bool = true
  ) {
    if commented { lines.append("\(indent)# \(comment(for: field))") }
    switch field.kind {
    case .group:
      lines.append("\(indent)\(field.id):")
      let record = value?.record ?? DraftRecord()
      for child in field.fields ?? [] {
        emit(child, value: record[child.id], indent: indent + "  ", into: &lines, isBlank: isBlank)
      }
    case .list:
      let items = value?.items ?? []
      guard !items.isEmpty else {
        lines.append("\(indent)\(field.id): []")
        return
      }
      lines.append("\(indent)\(field.id):")
      for (index, item) in items.enumerated() {
        var itemLines: [String] = []
        let record = item.record ?? DraftRecord()
        // The first row carries the labels; the others would only repeat them.
        for child in field.fields ?? [] {
          emit(child, value: record[child.id], indent: indent + "    ", into: &itemLines,
            isBlank: isBlank, commented: index == 0)
        }
        // The first line of the item carries the dash.
        if let firstIndex = itemLines.firstIndex(where: { !$0.trimmedForForm.hasPrefix("#") }) {
          for (offset, line) in itemLines.enumerated() {
            if offset < firstIndex {
              lines.append(line)
            } else if offset == firstIndex {
              lines.append("\(indent)  - " + line.dropFirst(indent.count + 4))
            } else {
              lines.append(line)
            }
          }
        }
      }
    default:
      let text: String
      switch value {
      case .text(let written)?: text = written
      default: text = isBlank ? (field.default ?? "") : ""
      }
      lines.append("\(indent)\(field.id): \(scalar(text, field: field, indent: indent + "  "))")
    }
  }

  private func scalar(_ text: String, field: FieldDefinition, indent: String) -> String {
    if text.isEmpty { return "\"\"" }
    if field.multiline || text.containsBytes(of: "\n"),
      let block = YAMLScalar.literalBlock(text, indent: indent)
    {
      return block
    }
    return YAMLScalar.inline(text)
  }

  /// The field's label, hint and allowed values, as one comment line.
  package func comment(for field: FieldDefinition) -> String {
    var parts = [field.label]
    if let hint = field.hint { parts.append(hint) }
    let enumeration = text("draft.enumeration")
    switch field.kind {
    case .choice:
      let values = (field.options ?? []).map(\.value).joined(separator: enumeration)
      parts.append(text(field.open ? "draft.openChoices" : "draft.closedChoices", ["values": values]))
    case .recommender:
      let values = form.recommenders.map(\.name).joined(separator: enumeration)
      parts.append(text("draft.closedChoices", ["values": values]))
    case .attachmentCategory:
      let values = form.attachments.categories.map { "\($0.id)=\($0.label)" }
      parts.append(text("draft.closedChoices", ["values": values.joined(separator: enumeration)]))
    case .number:
      if let minimum = field.target?.minimum {
        parts.append(text("draft.minimum",
          ["minimum": DeclaredNumber.format(minimum), "unit": field.unit ?? ""]))
      }
    default:
      break
    }
    if field.presence == .optional { parts.append(text("draft.optional")) }
    if let limit = field.maxCharacters, !(field.hint ?? "").contains(String(limit)) {
      parts.append(text("draft.limit", ["limit": String(limit)]))
    }
    return parts.joined(separator: text("draft.commentSeparator"))
  }

  private func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalogue.text(key, .zh, arguments)
  }

  /// The values of a blank draft.
  package func blankValues() -> DraftRecord {
    var values = DraftRecord()
    values[Application.formKey] = .text(form.id)
    for field in form.topLevelFields {
      values[field.id] = blankValue(for: field)
    }
    return values
  }

  private func blankValue(for field: FieldDefinition) -> DraftValue {
    switch field.kind {
    case .group:
      var record = DraftRecord()
      for child in field.fields ?? [] { record[child.id] = blankValue(for: child) }
      return .record(record)
    case .list:
      let row = blankValue(for: FieldDefinition(id: field.id, label: field.label, kind: .group,
        fields: field.fields))
      if field.fields?.contains(where: { $0.kind == .attachmentCategory }) == true {
        return .list(form.attachments.categories.filter(\.required).map { category in
          var record = row.record ?? DraftRecord()
          for child in field.fields ?? [] where child.kind == .attachmentCategory {
            record[child.id] = .text(category.id)
          }
          return .record(record)
        })
      }
      return .list([row])
    default:
      return .text(field.default ?? "")
    }
  }
}
