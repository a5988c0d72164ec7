extension FieldDefinition {
  /// The longest Word bookmark name, which a field's anchor must fit (Word's limit).
  package static let anchorLimit = 40

  /// The field in `node`, at `context` in the definition, a child of the field at `parent`
  /// (`.root` for a section's fields; a list's path ends in the largest index its anchors must
  /// hold). Once its id is read, messages name it by its path.
  package static func read(_ node: YAMLNode, _ context: String, parent: FieldPath) throws(FormProblem) -> FieldDefinition {
    var reader = try DefinitionReader(node, context: context)
    let id = try reader.string("id")
    try FormDefinition.checkIdentifier(id, "\(context).id", expected: "camelCase", kebab: false, at: reader.location("id"))
    guard id != Application.formKey else {
      throw FormProblem(.invalid("\(context).id", reason: .reservedID), at: reader.location("id"))
    }
    var anchorPath = parent.appending(id)
    let context = anchorPath.definitionPath.description
    reader.context = context
    guard let kind = try reader.word("kind", FieldKind.self) else {
      throw FormProblem(.missingKey("kind", context: context), at: node.location)
    }
    // Every anchor must fit a Word bookmark, a list's with room for an index of three digits.
    if kind == .list { anchorPath = anchorPath.appending(index: 999) }
    if FieldAnchor.name(for: anchorPath).count > anchorLimit {
      throw FormProblem(.invalid(context, reason: .anchorTooLong), at: reader.location("id"))
    }
    var field = FieldDefinition(id: id, label: try reader.string("label"), kind: kind)
    field.printedLabel = try reader.optionalString("printedLabel")
    field.hint = try reader.optionalString("hint")
    field.heading = try reader.optionalString("heading")
    field.presence = try reader.word("presence", FieldPresence.self) ?? .required
    field.none = try reader.word("none", NonePolicy.self) ?? .allowed
    field.requiredWhen = try FieldCondition.read(&reader, "requiredWhen", context)
    field.notNeededWhen = try FieldCondition.read(&reader, "notNeededWhen", context)
    if field.requiredWhen != nil, field.presence != .optional {
      throw FormProblem(.invalid("\(context).requiredWhen", reason: .conflictingPresence), at: reader.location("requiredWhen"))
    }
    field.maxCharacters = try reader.optionalInt("maxCharacters")
    if let limit = field.maxCharacters, limit <= 0 {
      throw FormProblem(.invalid("\(context).maxCharacters", reason: .notPositive), at: reader.location("maxCharacters"))
    }
    field.minimum = try FieldBound.read(&reader, "minimum", kind: kind, context)
    field.maximum = try FieldBound.read(&reader, "maximum", kind: kind, context)
    if let low = field.minimum, let high = field.maximum, low.exceeds(high) {
      throw FormProblem(.invalid("\(context).maximum", reason: .boundsReversed), at: reader.location("maximum"))
    }
    field.pattern = try FieldPattern.read(&reader, context)
    field.basis = try reader.optionalString("basis")
    field.multiline = try reader.bool("multiline", default: false)
    field.default = try reader.optionalString("default")
    field.commitment = try reader.optionalString("commitment")
    field.options = reader.has("options") ? try reader.list("options", ChoiceOption.read) : nil
    field.open = try reader.bool("open", default: false)
    field.unit = try reader.optionalString("unit")
    field.target = try FieldTarget.read(&reader, context)
    field.itemLabel = try reader.optionalString("itemLabel")
    field.fields = reader.has("fields")
      ? try reader.list("fields") { node, at throws(FormProblem) in try FieldDefinition.read(node, at, parent: anchorPath) }
      : nil
    try reader.finish(.field)
    try field.checkKeysAgainstKind(reader, context)
    if let children = field.fields {
      try checkUnique(children, context: "\(context).fields", items: reader.node("fields"))
    }
    return field
  }

  /// Refuses keys that make no sense for the field's kind.
  private func checkKeysAgainstKind(_ reader: DefinitionReader, _ context: String) throws(FormProblem) {
    func refuse(_ key: String, _ reason: FormProblem.InvalidReason) throws(FormProblem) {
      throw FormProblem(.invalid("\(context).\(key)", reason: reason), at: reader.location(key))
    }
    func only(_ key: String, _ present: Bool, for kinds: Set<FieldKind>) throws(FormProblem) {
      if present, !kinds.contains(kind) {
        throw FormProblem(.wrongKind("\(context).\(key)", path: id, expected: kinds.map(\.rawValue).sorted(),
          found: kind.rawValue), at: reader.location(key))
      }
    }
    if kind.isContainer, (fields ?? []).isEmpty { try refuse("fields", .needsFields) }
    if !kind.isContainer, fields != nil { try refuse("fields", .noFields) }
    if kind == .choice, (options ?? []).isEmpty { try refuse("options", .needsOptions) }
    try only("options", options != nil, for: [.choice])
    try only("open", open, for: [.choice])
    try only("minimum", minimum != nil, for: [.number, .date])
    try only("maximum", maximum != nil, for: [.number, .date])
    try only("target", target != nil, for: [.number])
    try only("unit", unit != nil, for: [.number])
    try only("maxCharacters", maxCharacters != nil, for: [.text])
    try only("multiline", multiline, for: [.text])
    try only("itemLabel", itemLabel != nil, for: [.list])
    try only("pattern", pattern != nil, for: Set(FieldKind.allCases.filter { !$0.isContainer }))
  }

  /// Refuses two fields of one id among siblings, at the second one's place in `items`.
  package static func checkUnique(_ fields: [FieldDefinition], context: String, items: YAMLNode?) throws(FormProblem) {
    var seen = Set<String>()
    for (index, field) in fields.enumerated() where !seen.insert(field.id).inserted {
      var location = items?.location
      if case .list(let nodes)? = items?.content, index < nodes.count { location = nodes[index].location }
      throw FormProblem(.duplicate(context, value: field.id), at: location)
    }
  }
}

extension ChoiceOption {
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> ChoiceOption {
    var reader = try DefinitionReader(node, context: context)
    let option = ChoiceOption(value: try reader.string("value"), aliases: try reader.strings("aliases"),
      creditCodePrefixes: try reader.strings("creditCodePrefixes"), sex: try reader.word("sex", Sex.self))
    try reader.finish(.option)
    return option
  }
}

extension FieldCondition {
  /// The condition under `key`: `{field: unit.nature, equals: 公益1类事业单位}`, `{field, in: […]}` or
  /// `{field, filled: true}`.
  package static func read(_ reader: inout DefinitionReader, _ key: String, _ context: String) throws(FormProblem) -> FieldCondition? {
    guard var condition = try reader.optionalMapping(key) else { return nil }
    let field = try condition.reference("field")
    let tests = ["equals", "in", "filled"].filter(condition.has)
    guard tests.count == 1 else {
      throw FormProblem(.invalid("\(context).\(key)", reason: .needsOtherKey), at: reader.location(key))
    }
    let test: Test
    switch tests[0] {
    case "equals": test = .equals(try condition.string("equals"))
    case "in": test = .oneOf(try condition.strings("in") ?? [])
    default: test = .filled(try condition.bool("filled", default: true))
    }
    try condition.finish(.condition)
    return FieldCondition(field: field, test: test)
  }
}

extension FieldBound {
  package static func read(
    _ reader: inout DefinitionReader, _ key: String, kind: FieldKind, _ context: String
  ) throws(FormProblem) -> FieldBound? {
    guard let node = reader.node(key) else { return nil }
    let text = try DefinitionReader.string(node, "\(context).\(key)")
    if kind == .date {
      guard let date = CalendarDate(parsing: text) else {
        throw FormProblem(.wrongType("\(context).\(key)", expected: .date, found: .text), at: node.location)
      }
      return .date(date)
    }
    guard case .scalar(_, true) = node.content, let number = Double(text), number.isFinite else {
      throw FormProblem(.wrongType("\(context).\(key)", expected: .number, found: node.kindName), at: node.location)
    }
    return .number(number)
  }

  /// Whether this bound lies beyond `other` (a minimum above its maximum).
  package func exceeds(_ other: FieldBound) -> Bool {
    switch (self, other) {
    case (.number(let low), .number(let high)): low > high
    case (.date(let low), .date(let high)): high < low
    default: false
    }
  }
}

extension FieldPattern {
  package static func read(_ reader: inout DefinitionReader, _ context: String) throws(FormProblem) -> FieldPattern? {
    guard var pattern = try reader.optionalMapping("pattern") else { return nil }
    let source = try pattern.string("regex")
    let compiled: SafePattern
    do {
      compiled = try SafePattern(source)
    } catch {
      throw FormProblem(.invalid("\(context).pattern.regex", reason: .notAPattern), at: pattern.location("regex"))
    }
    let message = try pattern.texts("message")
    try pattern.finish(.pattern)
    return FieldPattern(pattern: compiled, message: message)
  }
}

extension FieldTarget {
  package static func read(_ reader: inout DefinitionReader, _ context: String) throws(FormProblem) -> FieldTarget? {
    guard var target = try reader.optionalMapping("target") else { return nil }
    guard let minimum = try target.optionalDouble("minimum") else {
      throw FormProblem(.missingKey("minimum", context: "\(context).target"), at: reader.location("target"))
    }
    let made = FieldTarget(minimum: minimum, basis: try target.optionalString("basis"))
    try target.finish(.target)
    return made
  }
}
