import ShenbaoSupport

/// The form's own checks, once every part has been read: every path a condition, relation, role
/// or layout block names resolves to a field of a kind that makes sense there; codes are unique;
/// what a block or role needs the form supplies. The first problem refuses the definition.
extension FormDefinition {
  package func checkReferences() throws(FormProblem) {
    try checkConditions(topLevelFields, under: .root)
    try checkRecommenders()
    try checkRoles()
    try checkRelations()
    try checkLayout()
  }

  // MARK: Resolving

  /// The field path most like `path`, for a reference with a slip in it.
  package func nearestPath(to path: String) -> String? {
    var paths: [String] = []
    func visit(_ fields: [FieldDefinition], _ prefix: FieldPath) {
      for field in fields {
        let fieldPath = prefix.appending(field.id)
        paths.append(fieldPath.description)
        visit(field.fields ?? [], fieldPath)
      }
    }
    visit(topLevelFields, .root)
    return FormProblem.nearest(path, in: paths)
  }

  /// The field `reference` names, refused when there is none or it is not of `kinds`.
  @discardableResult
  package func resolve(
    _ reference: FieldReference, _ key: String, kinds: Set<FieldKind>? = nil
  ) throws(FormProblem) -> FieldDefinition {
    guard let field = field(at: reference.path) else {
      throw FormProblem(.unresolved(key, path: reference.path.description,
        suggestion: nearestPath(to: reference.path.description)), at: reference.location)
    }
    if let kinds, !kinds.contains(field.kind) {
      throw FormProblem(.wrongKind(key, path: reference.path.description, expected: kinds.map(\.rawValue).sorted(),
        found: field.kind.rawValue), at: reference.location)
    }
    return field
  }

  /// The child `id` of the group or list `parent`, refused when it has none (or of other kinds).
  @discardableResult
  package func child(
    _ id: String, of parent: FieldDefinition, at reference: FieldReference, _ key: String, kinds: Set<FieldKind>? = nil
  ) throws(FormProblem) -> FieldDefinition {
    let path = reference.path.appending(id)
    guard let field = parent.field(id) else {
      throw FormProblem(.unresolved(key, path: path.description,
        suggestion: FormProblem.nearest(id, in: (parent.fields ?? []).map(\.id)).map { reference.path.appending($0).description }),
        at: reference.location)
    }
    if let kinds, !kinds.contains(field.kind) {
      throw FormProblem(.wrongKind(key, path: path.description, expected: kinds.map(\.rawValue).sorted(),
        found: field.kind.rawValue), at: reference.location)
    }
    return field
  }

  package static let leafKinds = Set(FieldKind.allCases.filter { !$0.isContainer })

  // MARK: Fields

  private func checkConditions(_ fields: [FieldDefinition], under path: FieldPath) throws(FormProblem) {
    for field in fields {
      let fieldPath = path.appending(field.id)
      for (key, condition) in [("requiredWhen", field.requiredWhen), ("notNeededWhen", field.notNeededWhen)] {
        if let condition { try checkCondition(condition, "\(fieldPath).\(key)") }
      }
      try checkConditions(field.fields ?? [], under: fieldPath)
    }
  }

  package func checkCondition(_ condition: FieldCondition, _ key: String) throws(FormProblem) {
    let field = try resolve(condition.field, key, kinds: Self.leafKinds)
    guard let options = field.options, !field.open else { return }
    let values: [String]
    switch condition.test {
    case .equals(let value): values = [value]
    case .oneOf(let list): values = list
    case .filled: values = []
    }
    for value in values where !options.contains(where: { $0.value == value }) {
      throw FormProblem(.unknownValue(key, value: value, allowed: options.map(\.value)), at: condition.field.location)
    }
  }

  private func checkRecommenders() throws(FormProblem) {
    func visit(_ fields: [FieldDefinition], _ path: FieldPath) throws(FormProblem) {
      for field in fields {
        if field.kind == .recommender, recommenders.isEmpty {
          throw FormProblem(.invalid(path.appending(field.id).description, reason: .needsRecommenders), at: nil)
        }
        try visit(field.fields ?? [], path.appending(field.id))
      }
    }
    try visit(topLevelFields, .root)
  }

  // MARK: Roles

  private func checkRoles() throws(FormProblem) {
    for (name, kinds) in FormRoles.kinds {
      let references = name == "opinions" ? roles.opinions : [roles[name]].compactMap { $0 }
      for reference in references {
        let field = try resolve(reference, "roles.\(name)", kinds: kinds)
        switch name {
        case "attachments":
          try requireChild(of: field, kind: .attachmentCategory, reference, "roles.attachments")
          try requireChild(of: field, kind: .file, reference, "roles.attachments")
        case "opinions":
          try requireChild(of: field, kind: .text, reference, "roles.opinions")
        default:
          break
        }
      }
    }
  }

  private func requireChild(
    of field: FieldDefinition, kind: FieldKind, _ reference: FieldReference, _ key: String
  ) throws(FormProblem) {
    guard (field.fields ?? []).contains(where: { $0.kind == kind }) else {
      throw FormProblem(.wrongKind(key, path: reference.path.description, expected: [kind.rawValue],
        found: field.kind.rawValue), at: reference.location)
    }
  }

  // MARK: Relations

  /// The most relations a form declares: real calls declare a few dozen.
  package static let mostRelations = 500

  private func checkRelations() throws(FormProblem) {
    if relations.count > Self.mostRelations {
      throw FormProblem(.tooMany("relations", limit: Self.mostRelations), at: relations[Self.mostRelations].location)
    }
    let builtIn = Set(AllRules.rules.map { type(of: $0).code })
    var seen = Set<String>()
    // The same check twice would say every finding twice, and cost its work again.
    struct Check: Hashable {
      package var kind: Relation.Kind
      package var when: FieldCondition?
    }
    var checks: [Check: Int] = [:]
    for (index, relation) in relations.enumerated() {
      let key = "relations[\(index)]"
      guard seen.insert(relation.code).inserted, !builtIn.contains(relation.code) else {
        throw FormProblem(.duplicate("relations.code", value: relation.code), at: relation.location)
      }
      if let earlier = checks.updateValue(index, forKey: Check(kind: relation.kind, when: relation.when)) {
        throw FormProblem(.repeated(key, code: relation.code, earlier: "relations[\(earlier)]",
          earlierCode: relations[earlier].code), at: relation.location)
      }
      if let condition = relation.when { try checkCondition(condition, "\(key).when") }
      try checkKind(relation, key)
      for (name, text) in relation.messages {
        try checkPlaceholders(text, allowed: RelationCheck.placeholders(of: relation), "\(key).messages.\(name)",
          at: relation.location)
      }
    }
  }

  private func checkKind(_ relation: Relation, _ key: String) throws(FormProblem) {
    switch relation.kind {
    case .equal(let left, let right, let fields, _):
      let leftField = try resolve(left, "\(key).equal.left")
      let rightField = try resolve(right, "\(key).equal.right")
      if let fields {
        let groups: Set<FieldKind> = [.group]
        try resolve(left, "\(key).equal.left", kinds: groups)
        try resolve(right, "\(key).equal.right", kinds: groups)
        for id in fields {
          try child(id, of: leftField, at: left, "\(key).equal.fields", kinds: Self.leafKinds)
          try child(id, of: rightField, at: right, "\(key).equal.fields", kinds: Self.leafKinds)
        }
      } else {
        try resolve(left, "\(key).equal.left", kinds: Self.leafKinds)
        try resolve(right, "\(key).equal.right", kinds: Self.leafKinds)
      }
      if left.path == right.path { throw FormProblem(.invalid("\(key).equal", reason: .sameField), at: left.location) }
    case .memberOf(let record, let list, let keys):
      let recordField = try resolve(record, "\(key).memberOf.record", kinds: [.group])
      let listField = try resolve(list, "\(key).memberOf.list", kinds: [.list])
      guard !keys.isEmpty else { throw FormProblem(.invalid("\(key).memberOf.keys", reason: .emptyList), at: record.location) }
      for id in keys {
        try child(id, of: recordField, at: record, "\(key).memberOf.keys", kinds: Self.leafKinds)
        try child(id, of: listField, at: list, "\(key).memberOf.keys", kinds: Self.leafKinds)
      }
    case .unique(let list, let id):
      let listField = try resolve(list, "\(key).unique.list", kinds: [.list])
      try child(id, of: listField, at: list, "\(key).unique.key", kinds: Self.leafKinds)
    case .compare(let left, _, let right, let factor):
      let kinds: Set<FieldKind> = factor == nil ? [.number, .date] : [.number]
      let leftField = try resolve(left, "\(key).compare.left", kinds: kinds)
      try resolve(right, "\(key).compare.right", kinds: [leftField.kind])
    case .sum(let items, let total):
      try resolve(total, "\(key).sum.total", kinds: [.number])
      switch items {
      case .fields(let fields):
        guard !fields.isEmpty else { throw FormProblem(.invalid("\(key).sum.items", reason: .emptyList), at: total.location) }
        for item in fields { try resolve(item, "\(key).sum.items", kinds: [.number]) }
      case .column(let list, let id):
        let listField = try resolve(list, "\(key).sum.list", kinds: [.list])
        try child(id, of: listField, at: list, "\(key).sum.field", kinds: [.number])
      }
    }
  }

  /// Refuses a `{placeholder}` the message cannot have filled.
  package func checkPlaceholders(
    _ text: LocalizedText, allowed: Set<String>, _ key: String, at location: SourceLocation?
  ) throws(FormProblem) {
    for template in [text.zh, text.en].compactMap({ $0 }) {
      for name in MessageCatalogue.placeholders(in: template) where !allowed.contains(name) {
        throw FormProblem(.unknownValue(key, value: "{\(name)}", allowed: allowed.sorted().map { "{\($0)}" }), at: location)
      }
    }
  }

  // MARK: Layout

  private func checkLayout() throws(FormProblem) {
    for (index, section) in sections.enumerated() {
      for item in section.layout ?? [] {
        try checkBlock(item, "sections[\(index)].layout.\(item.block.name)")
      }
    }
    try checkEveryFieldPrintedOnce()
  }

  /// Every field is printed exactly once — else the Word form has no place for it, or two
  /// bookmarks for it, and cannot be read back. A list is printed whole; a field the applicant
  /// leaves blank need not be printed.
  private func checkEveryFieldPrintedOnce() throws(FormProblem) {
    var printed = Set<FieldPath>()
    for section in sections {
      let items = section.layout ?? DefaultLayout.blocks(for: section).map { LayoutItem($0, location: nil) }
      for item in items {
        for field in item.block.printedFields(in: self) {
          guard printed.insert(field.path).inserted else {
            throw FormProblem(.invalid(field.path.description, reason: .printedTwice), at: field.location ?? item.location)
          }
        }
      }
    }
    for section in sections {
      var missing: FieldPath?
      func visit(_ fields: [FieldDefinition], _ path: FieldPath) {
        for field in fields where missing == nil {
          let fieldPath = path.appending(field.id)
          switch field.kind {
          case .group: visit(field.fields ?? [], fieldPath)
          default:
            if !printed.contains(fieldPath), field.presence != .leaveBlank { missing = fieldPath }
          }
        }
      }
      visit(section.fields, .root)
      if let missing {
        throw FormProblem(.invalid(missing.description, reason: .notPrinted), at: section.layout?.first?.location)
      }
    }
  }

  private func checkBlock(_ item: LayoutItem, _ key: String) throws(FormProblem) {
    func needs(_ value: Any?, _ wordingKey: String) throws(FormProblem) {
      if value == nil { throw FormProblem(.missingKey(wordingKey, context: "wording"), at: item.location) }
    }
    switch item.block {
    case .cover(let number, let lines):
      if let number { try resolve(number, "\(key).number", kinds: Self.leafKinds) }
      for line in lines { try resolve(line, "\(key).lines", kinds: Self.leafKinds) }
    case .instructions:
      break
    case .grid(let rows):
      for row in rows {
        switch row {
        case .field(let reference, _):
          try resolve(reference, key, kinds: Self.leafKinds)
        case .shared(let references, _):
          guard references.count >= 2 else { throw FormProblem(.invalid("\(key).shared", reason: .emptyList), at: item.location) }
          for reference in references { try resolve(reference, "\(key).shared", kinds: Self.leafKinds) }
        case .persons(let people, let columns, _):
          try needs(wording.personTable, "personTable")
          guard !people.isEmpty, !columns.isEmpty else {
            throw FormProblem(.invalid("\(key).persons", reason: .emptyList), at: item.location)
          }
          for person in people {
            let group = try resolve(person, "\(key).persons", kinds: [.group])
            for column in columns { try child(column, of: group, at: person, "\(key).columns", kinds: Self.leafKinds) }
          }
        }
      }
    case .box(let field, _, _):
      try resolve(field, key, kinds: [.text])
    case .targets(let group):
      try needs(wording.targetsTitle, "targetsTitle")
      try needs(wording.targetColumns, "targetColumns")
      try needs(wording.minimum, "minimum")
      let definition = try resolve(group, key, kinds: [.group])
      for child in definition.fields ?? [] where child.kind != .number || child.target == nil {
        throw FormProblem(.wrongKind(key, path: group.path.appending(child.id).description, expected: ["number"],
          found: child.kind.rawValue), at: group.location)
      }
    case .table(let group, let columns, let total):
      let definition = try resolve(group, "\(key).group", kinds: [.group])
      guard columns.count == 2 else { throw FormProblem(.invalid("\(key).columns", reason: .labelsTooFew), at: item.location) }
      if let total { try child(total.path.lastKey ?? "", of: definition, at: group, "\(key).total", kinds: [.number]) }
      for child in definition.fields ?? [] where child.kind.isContainer {
        throw FormProblem(.wrongKind("\(key).group", path: group.path.appending(child.id).description,
          expected: Self.leafKinds.map(\.rawValue).sorted(), found: child.kind.rawValue), at: group.location)
      }
    case .person(let group, let rows):
      let definition = try resolve(group, "\(key).group", kinds: [.group])
      for row in rows {
        for cell in row {
          switch cell {
          case .field(let id, _): try child(id, of: definition, at: group, "\(key).rows", kinds: Self.leafKinds)
          case .signature: try needs(wording.signature, "signature")
          }
        }
      }
    case .roster(let list, let wide, _):
      let definition = try resolve(list, key, kinds: [.list])
      for id in wide { try child(id, of: definition, at: list, "\(key).wide", kinds: Self.leafKinds) }
    case .opinion(let group):
      let definition = try resolve(group, key, kinds: [.group])
      try requireChild(of: definition, kind: .text, group, key)
    case .attachmentList:
      guard roles.attachments != nil else {
        throw FormProblem(.missingKey("attachments", context: "roles"), at: item.location)
      }
    }
  }
}
