extension Relation {
  /// The kinds of relation, each the key that declares one.
  package static let kinds = FormVocabulary.relationKinds

  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> Relation {
    var reader = try DefinitionReader(node, context: context)
    let code = try reader.string("code")
    try FormDefinition.checkIdentifier(code, "\(context).code", expected: "kebab-case", kebab: true, at: reader.location("code"))
    let declared = kinds.filter(reader.has)
    guard declared.count == 1 else {
      throw FormProblem(.missingKey(kinds.joined(separator: "|"), context: context), at: node.location)
    }
    let kindName = declared[0]
    var body = try reader.mapping(kindName)
    let kind: Kind
    switch kindName {
    case "equal":
      kind = .equal(left: try body.reference("left"), right: try body.reference("right"),
        fields: try body.strings("fields"), normalization: try body.word("normalize", Normalization.self))
      try body.finish(.equal)
    case "memberOf":
      kind = .memberOf(record: try body.reference("record"), list: try body.reference("list"),
        keys: try body.strings("keys") ?? [])
      try body.finish(.memberOf)
    case "unique":
      kind = .unique(list: try body.reference("list"), key: try body.string("key"))
      try body.finish(.unique)
    case "compare":
      guard let op = try body.word("op", ComparisonOperator.self) else {
        throw FormProblem(.missingKey("op", context: "\(context).compare"), at: reader.location("compare"))
      }
      let factor = try body.optionalDouble("factor")
      if let factor, factor <= 0 {
        throw FormProblem(.invalid("\(context).compare.factor", reason: .notPositive), at: body.location("factor"))
      }
      kind = .compare(left: try body.reference("left"), op: op, right: try body.reference("right"), factor: factor)
      try body.finish(.compare)
    default:
      let total = try body.reference("total")
      if body.has("items") {
        let items = try body.list("items") { node, path throws(FormProblem) in try DefinitionReader.reference(node, path) }
        kind = .sum(items: .fields(items), total: total)
      } else {
        kind = .sum(items: .column(list: try body.reference("list"), field: try body.string("field")), total: total)
      }
      try body.finish(.sum)
    }
    var messages: [String: LocalizedText] = [:]
    if var named = try reader.optionalMapping("messages") {
      let names = Relation(code: code, kind: kind).messageNames
      for name in names {
        if let text = try named.texts(name) { messages[name] = text }
      }
      try named.finish(known: names)
    }
    let relation = Relation(code: code, severity: try reader.word("severity", Severity.self) ?? .error, kind: kind,
      when: try FieldCondition.read(&reader, "when", context), basis: try reader.optionalString("basis"),
      summary: try reader.texts("summary"), messages: messages, location: node.location)
    try reader.finish(.relation)
    return relation
  }
}

extension FormRoles {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> FormRoles {
    var reader = reader
    var roles = FormRoles()
    for (name, _) in kinds where name != "opinions" {
      roles[name] = try reader.optionalReference(name)
    }
    roles.opinions = try reader.list("opinions", required: false) { node, path throws(FormProblem) in
      try DefinitionReader.reference(node, path)
    }
    try reader.finish(.roles)
    return roles
  }
}

extension LayoutItem {
  /// A block: its name alone (`instructions`), or its name mapped to its options.
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> LayoutItem {
    if case .scalar(let name, _) = node.content {
      switch name {
      case "instructions": return LayoutItem(.instructions, location: node.location)
      case "attachmentList": return LayoutItem(.attachmentList, location: node.location)
      default:
        throw FormProblem(.unknownValue(context, value: name, allowed: ["instructions", "attachmentList"]), at: node.location)
      }
    }
    guard case .mapping(let entries) = node.content, entries.count == 1, let entry = entries.first else {
      throw FormProblem(.wrongType(context, expected: .mapping, found: node.kindName), at: node.location)
    }
    let path = "\(context).\(entry.key)"
    let value = entry.value
    let block: LayoutBlock
    switch entry.key {
    case "instructions": block = .instructions
    case "attachmentList": block = .attachmentList
    case "cover":
      var reader = try DefinitionReader(value, context: path)
      block = .cover(number: try reader.optionalReference("number"),
        lines: try reader.list("lines") { node, path throws(FormProblem) in try DefinitionReader.reference(node, path) })
      try reader.finish(.cover)
    case "grid":
      block = .grid(try DefinitionReader.list(value, path, GridRow.read))
    case "box":
      if case .scalar = value.content {
        block = .box(field: try DefinitionReader.reference(value, path), labelled: false, height: nil)
      } else {
        var reader = try DefinitionReader(value, context: path)
        block = .box(field: try reader.reference("field"), labelled: try reader.bool("labelled", default: false),
          height: try reader.optionalInt("height"))
        try reader.finish(.box)
      }
    case "targets":
      block = .targets(group: try DefinitionReader.reference(value, path))
    case "table":
      var reader = try DefinitionReader(value, context: path)
      block = .table(group: try reader.reference("group"), columns: try reader.strings("columns") ?? [],
        total: try reader.optionalReference("total"))
      try reader.finish(.table)
    case "person":
      var reader = try DefinitionReader(value, context: path)
      block = .person(group: try reader.reference("group"),
        rows: try reader.list("rows") { row, rowPath throws(FormProblem) in
          try DefinitionReader.list(row, rowPath, PersonCell.read)
        })
      try reader.finish(.person)
    case "roster":
      if case .scalar = value.content {
        block = .roster(list: try DefinitionReader.reference(value, path), wide: [], landscape: false)
      } else {
        var reader = try DefinitionReader(value, context: path)
        block = .roster(list: try reader.reference("list"), wide: try reader.strings("wide") ?? [],
          landscape: try reader.bool("landscape", default: false))
        try reader.finish(.roster)
      }
    case "opinion":
      block = .opinion(group: try DefinitionReader.reference(value, path))
    default:
      let suggestion = LayoutBlock.names.min {
        UnknownFieldRule.editDistance($0, entry.key) < UnknownFieldRule.editDistance($1, entry.key)
      }
      throw FormProblem(.unknownKey(entry.key, suggestion: suggestion, known: LayoutBlock.names), at: entry.location)
    }
    return LayoutItem(block, location: entry.location)
  }
}

extension GridRow {
  /// A row: a field's path, or `{field: …, height: …}`, `{shared: […]}`, `{persons: […], columns: […]}`.
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> GridRow {
    if case .scalar = node.content { return .field(try DefinitionReader.reference(node, context), height: nil) }
    var reader = try DefinitionReader(node, context: context)
    let height = try reader.optionalInt("height")
    let row: GridRow
    if reader.has("shared") {
      row = .shared(try reader.list("shared") { node, path throws(FormProblem) in try DefinitionReader.reference(node, path) },
        height: height)
    } else if reader.has("persons") {
      row = .persons(people: try reader.list("persons") { node, path throws(FormProblem) in
        try DefinitionReader.reference(node, path)
      }, columns: try reader.strings("columns") ?? [], height: height)
    } else {
      row = .field(try reader.reference("field"), height: height)
    }
    try reader.finish(.gridRow)
    return row
  }
}

extension PersonCell {
  /// A cell: a field id, `signature`, or `{field: …, span: …}`, `{signature: span}`.
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> PersonCell {
    if case .scalar(let text, _) = node.content {
      return text == "signature" ? .signature(span: 1) : .field(text, span: 1)
    }
    var reader = try DefinitionReader(node, context: context)
    let span = try reader.optionalInt("span") ?? 1
    guard span >= 1 else { throw FormProblem(.invalid("\(context).span", reason: .notPositive), at: reader.location("span")) }
    let cell: PersonCell = reader.has("signature") ? .signature(span: span) : .field(try reader.string("field"), span: span)
    _ = reader.node("signature")
    try reader.finish(.personCell)
    return cell
  }
}
