/// What the form's roles mean for code outside the rules: the paths and values they name.
extension FormDefinition {
  /// The attachment list and the ids of its items' fields, when the form has the role.
  public struct AttachmentFields: Sendable, Hashable {
    public var list: FieldPath
    /// The item fields of the category (kind `attachmentCategory`), the file (kind `file`), and
    /// the title (the first text field), if any.
    public var category: String
    public var path: String
    public var title: String?
  }

  /// The attachment list's fields, when the form has an `attachments` role.
  public var attachmentFields: AttachmentFields? {
    guard let reference = roles.attachments, let list = field(at: reference.path),
      let category = list.fields?.first(where: { $0.kind == .attachmentCategory }),
      let file = list.fields?.first(where: { $0.kind == .file })
    else { return nil }
    return AttachmentFields(list: reference.path, category: category.id, path: file.id,
      title: list.fields?.first(where: { $0.kind == .text })?.id)
  }

  /// The trimmed text of the field a role names, or `nil` where the form has no such role or
  /// the application no text there.
  public func text(of role: KeyPath<FormRoles, FieldReference?>, in application: Application?) -> String? {
    guard let path = roles[keyPath: role]?.path, let text = application?.text(at: path), !text.isEmpty else { return nil }
    return text
  }

  /// The text of `id` in the group a role names (the contact's mobile …): the child of that id,
  /// else the first child of `kind`.
  public func text(
    of role: KeyPath<FormRoles, FieldReference?>, child id: String, kind: FieldKind, in application: Application?
  ) -> String? {
    guard let path = roles[keyPath: role]?.path, let group = field(at: path),
      let child = group.field(id) ?? group.fields?.first(where: { $0.kind == kind }),
      let text = application?.text(at: path.appending(child.id)), !text.isEmpty
    else { return nil }
    return text
  }

  /// The roster's column of ID numbers, when the roster has one.
  public var rosterIDField: String? {
    guard let path = roles.roster?.path else { return nil }
    return field(at: path)?.fields?.first { $0.kind == .idNumber }?.id
  }
}

extension FormDefinition {
  /// The lists the printed form shows as rosters (by its layout, or by default), which a
  /// filled Word form is read back from.
  public var rosters: Set<FieldPath> {
    var found = Set<FieldPath>()
    for section in sections {
      for block in section.layout?.map(\.block) ?? DefaultLayout.blocks(for: section) {
        if case .roster(let list, _, _) = block { found.insert(list.path) }
      }
    }
    return found
  }
}
