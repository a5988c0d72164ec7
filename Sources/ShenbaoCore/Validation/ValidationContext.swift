import FoundationEssentials
import ShenbaoSupport

/// What every rule sees: the draft, the form it is checked against, every field instance in
/// form order, and the date the check runs.
public struct ValidationContext: Sendable {
  public let application: Application
  public let form: FormDefinition
  /// The day "today" is, in Shanghai; a birth date after it is an error.
  public let today: CalendarDate
  /// Every field instance, in form order, containers before their fields.
  public let entries: [FieldEntry]
  /// The draft's attachments, located in the store.
  public let attachments: [AttachmentFile]
  /// Where the attachments are read from.
  public let attachmentStore: any AttachmentStore
  private let order: [FieldPath: Int]
  private let byKind: [FieldKind: [Int]]
  /// The entries under each container, by position: siblings are found without a walk over
  /// every entry (30 000 members would make that 30 000 walks).
  private let children: [FieldPath: [Int]]

  /// A context; attachments are read from `store`, by default the draft's folder.
  public init(
    application: Application, form: FormDefinition, today: CalendarDate,
    store: (any AttachmentStore)? = nil
  ) {
    self.application = application
    self.form = form
    self.today = today
    var builder = EntryBuilder(application: application, form: form)
    builder.visit(form.topLevelFields.map(SharedDefinition.init), values: application.values, under: .root, labels: [],
      containerPresent: true)
    self.entries = builder.entries
    let store = store ?? FolderAttachmentStore(folder: application.baseDirectory
      ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    self.attachmentStore = store
    self.attachments = AttachmentFile.locate(in: application, form: form, store: store)
    self.byKind = Dictionary(grouping: builder.entries.indices) { builder.entries[$0].field.kind }
    self.order = Dictionary(
      builder.entries.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    self.children = Dictionary(grouping: builder.entries.indices) { builder.entries[$0].path.parent ?? .root }
  }

  /// The entries whose field is of `kind`.
  public func entries(ofKind kind: FieldKind) -> [FieldEntry] {
    (byKind[kind] ?? []).map { entries[$0] }
  }

  /// The entries that share `path`'s parent and are of `kind`: the ID number beside a gender,
  /// the credit code beside a unit nature.
  public func siblings(of path: FieldPath, ofKind kind: FieldKind) -> [FieldEntry] {
    (children[path.parent ?? .root] ?? []).map { entries[$0] }.filter { $0.field.kind == kind }
  }

  /// The entry at `path`, if the form has a field there.
  public func entry(at path: FieldPath) -> FieldEntry? {
    order[path].map { entries[$0] }
  }

  /// The trimmed text at `path`, if any.
  public func text(at path: FieldPath) -> String? {
    application.text(at: path)
  }

  /// For a Word form, the name of the folder its attachments were gathered from — when none was
  /// found, the one the template tells the applicant to make: the document's name and
  /// `-附件` (申报书-附件) — which messages name instead of draft keys; `nil` for a draft.
  public var attachmentsFolderName: String? {
    guard let source = application.source, source.format == .docx else { return nil }
    return source.attachmentsBase?.lastPathComponent
      ?? source.file.deletingPathExtension().lastPathComponent + "-" + form.bundle.attachments
  }

  /// The text at `path` unless blank or "无".
  public func substantiveText(at path: FieldPath) -> String? {
    guard let text = text(at: path), !text.isEmpty, !text.isNoneMarker else { return nil }
    return text
  }

  /// The label of `path`: the field's own, or that of its nearest ancestor the form defines.
  public func label(of path: FieldPath) -> String? {
    var current: FieldPath? = path
    while let candidate = current {
      if let entry = entry(at: candidate) { return entry.label }
      current = candidate.parent
    }
    return nil
  }

  /// The form-order position of `path`, or that of its nearest ancestor.
  public func position(of path: FieldPath) -> Int {
    var current: FieldPath? = path
    while let candidate = current {
      if let index = order[candidate] { return index }
      current = candidate.parent
    }
    return -1
  }

  /// The text of a choice field as its canonical option when it matches one (or an alias),
  /// else the text as written.
  public func canonicalText(at path: FieldPath) -> String? {
    guard let text = text(at: path) else { return nil }
    return form.field(at: path)?.option(matching: text)?.value ?? text
  }
}

/// Walks the form definition and the draft side by side.
private struct EntryBuilder {
  let application: Application
  let form: FormDefinition
  var entries: [FieldEntry] = []

  mutating func visit(
    _ definitions: [SharedDefinition], values: DraftRecord?, under path: FieldPath, labels: [String],
    containerPresent: Bool
  ) {
    for definition in definitions {
      let field = definition.field
      let fieldPath = path.appending(field.id)
      let value = values?[field.id]
      let fieldLabels = labels + [field.label]
      entries.append(
        FieldEntry(
          path: fieldPath, definition: definition, value: value, label: fieldLabels.joined(separator: " · "),
          containerPresent: containerPresent, notNeeded: form.isNotNeeded(field, in: application),
          required: form.isRequired(field, in: application)))
      switch field.kind {
      case .group:
        visit((field.fields ?? []).map(SharedDefinition.init), values: value?.record, under: fieldPath,
          labels: fieldLabels, containerPresent: value?.record != nil)
      case .list:
        let children = (field.fields ?? []).map(SharedDefinition.init)
        for (index, item) in (value?.items ?? []).enumerated() {
          let itemPath = fieldPath.appending(index: index)
          visit(children, values: item.record, under: itemPath,
            labels: labels + ["\(field.label) \(field.itemLabel(at: index))"],
            containerPresent: item.record != nil)
        }
      default:
        break
      }
    }
  }
}
