import FoundationEssentials
import ShenbaoNative
import ShenbaoSupport

/// Reading a form definition strictly: every key known to the vocabulary, every value of its
/// type, every id spelt as ids are. What refers to fields (conditions, relations, roles,
/// layout) is checked against them afterwards, in `FormDefinition+References`.
extension FormDefinition {
  /// The most values a definition may expand to: a real form has a few thousand.
  package static let valueLimit = 200_000

  /// The definition in `text` (YAML or JSON), read from `file` (`nil` for a built-in form).
  public static func read(_ text: String, file: String?) throws(FormProblem) -> FormDefinition {
    let node: YAMLNode?
    do {
      node = try YAMLNode.compose(text, limit: valueLimit)
    } catch {
      throw FormProblem(composing: error)
    }
    guard let node else { throw FormProblem(.empty, at: nil) }
    var top = try DefinitionReader(node, context: "")
    let id = try top.string("id")
    try Self.checkIdentifier(id, "id", expected: "kebab-case", kebab: true, at: top.location("id"))
    // Section ids, and the ids of the fields at the top of the draft, are unique across sections.
    var sectionIDs = Set<String>()
    var topLevelIDs = Set<String>()
    let sections = try top.list("sections") { node, context throws(FormProblem) in
      let section = try FormSection.read(node, context)
      guard sectionIDs.insert(section.id).inserted else {
        throw FormProblem(.duplicate("sections", value: section.id), at: node.location)
      }
      var reader = try DefinitionReader(node, context: context)
      for (index, field) in section.fields.enumerated() where !topLevelIDs.insert(field.id).inserted {
        var location = node.location
        if case .list(let items)? = reader.node("fields")?.content, index < items.count { location = items[index].location }
        throw FormProblem(.duplicate("sections.fields", value: field.id), at: location)
      }
      return section
    }
    let form = FormDefinition(
      id: id, title: try top.string("title"), guide: try top.string("guide"), year: try top.int("year"),
      performancePeriod: try top.optionalString("performancePeriod"),
      instructions: try top.list("instructions", required: false, Instruction.read),
      recommenders: try top.list("recommenders", required: false, Recommender.read),
      contacts: try top.optionalMapping("contacts").map { reader throws(FormProblem) in try CallContacts.read(reader) },
      services: try top.list("services", required: false, ServiceLine.read),
      printing: try PrintingRules.read(try top.mapping("printing")),
      wording: try FormWording.read(try top.mapping("wording")),
      bundle: try BundleNaming.read(try top.mapping("bundle")),
      attachments: try AttachmentRules.read(try top.mapping("attachments")),
      roles: try top.optionalMapping("roles").map { reader throws(FormProblem) in try FormRoles.read(reader) }
        ?? FormRoles(),
      relations: try top.list("relations", required: false, Relation.read),
      sections: sections,
      source: FormSource(text: text, file: file))
    try top.finish(.form)
    try form.checkReferences()
    return form
  }

  /// Refuses an id not spelt as ids are: field ids `camelCase` (they name draft keys and Word
  /// bookmarks, which allow no hyphens), form ids and codes `kebab-case`.
  package static func checkIdentifier(
    _ value: String, _ key: String, expected: String, kebab: Bool, at location: SourceLocation?
  ) throws(FormProblem) {
    let bytes = Array(value.utf8)
    let valid: Bool
    if kebab {
      valid = !bytes.isEmpty && bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        && bytes.first != 0x2D && bytes.last != 0x2D
    } else {
      valid = !bytes.isEmpty && (0x61...0x7A).contains(bytes[0])
        && bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
    }
    guard valid else { throw FormProblem(.badIdentifier(key, value: value, expected: expected), at: location) }
  }
}

extension FormProblem {
  /// The problem of a text that could not be composed into a document.
  package init(composing error: YAMLNode.ComposeError) {
    switch error {
    case .syntax(let syntax): self.init(.malformed(syntax.problem), at: syntax.location)
    case .duplicateKey(let key, let location): self.init(.duplicateKey(key), at: location)
    case .complexKey(let location): self.init(.complexKey, at: location)
    case .undefinedAlias(let name, let location): self.init(.malformed(YAMLSyntaxProblem(.undefinedAlias, detail: name)), at: location)
    case .tooManyValues(let limit): self.init(.tooLarge(limit), at: nil)
    case .multipleDocuments(let location): self.init(.malformed(YAMLSyntaxProblem(.extraDocument)), at: location)
    }
  }
}

extension Instruction {
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> Instruction {
    var reader = try DefinitionReader(node, context: context)
    let instruction = Instruction(number: try reader.int("number"),
      role: try reader.word("role", InstructionRole.self), text: try reader.string("text"))
    try reader.finish(.instruction)
    return instruction
  }
}

extension Recommender {
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> Recommender {
    var reader = try DefinitionReader(node, context: context)
    let recommender = Recommender(name: try reader.string("name"), fullName: try reader.string("fullName"),
      aliases: try reader.strings("aliases"))
    try reader.finish(.recommender)
    return recommender
  }
}

extension CallContacts {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> CallContacts {
    var reader = reader
    let contacts = CallContacts(department: try reader.string("department"),
      people: try reader.strings("people") ?? [], phone: try reader.string("phone"),
      fax: try reader.optionalString("fax"), email: try reader.optionalString("email"),
      address: try reader.string("address"))
    try reader.finish(.contacts)
    return contacts
  }
}

extension ServiceLine {
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> ServiceLine {
    var reader = try DefinitionReader(node, context: context)
    let line = ServiceLine(topic: try reader.string("topic"), phone: try reader.optionalString("phone"),
      address: try reader.optionalString("address"), website: try reader.optionalString("website"))
    try reader.finish(.service)
    return line
  }
}

extension PrintingRules {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> PrintingRules {
    var reader = reader
    let rules = PrintingRules(paper: try reader.string("paper"), sides: try reader.string("sides"),
      binding: try reader.string("binding"), copies: try reader.int("copies"), finishing: try reader.string("finishing"))
    try reader.finish(.printing)
    return rules
  }
}

extension FormWording {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> FormWording {
    var reader = reader
    let wording = FormWording(
      instructionsTitle: try reader.string("instructionsTitle"), labelSuffix: try reader.string("labelSuffix"),
      personTable: try reader.optionalString("personTable"), serialNumber: try reader.string("serialNumber"),
      signature: try reader.optionalString("signature"), seal: try reader.string("seal"),
      blankDate: try reader.string("blankDate"), none: try reader.string("none"),
      targetsTitle: try reader.optionalString("targetsTitle"), targetColumns: try reader.strings("targetColumns"),
      minimum: try reader.optionalString("minimum"), attachmentsTitle: try reader.string("attachmentsTitle"),
      attachmentColumns: try reader.strings("attachmentColumns") ?? [],
      attachmentFolderColumn: try reader.optionalString("attachmentFolderColumn"),
      attachmentFolderNote: try reader.optionalString("attachmentFolderNote"),
      pageNumber: try reader.string("pageNumber"), placeholders: try reader.strings("placeholders") ?? [])
    try reader.finish(.wording)
    if wording.attachmentColumns.count != 3 {
      throw FormProblem(.invalid("wording.attachmentColumns", reason: .labelsTooFew), at: reader.location("attachmentColumns"))
    }
    if let columns = wording.targetColumns, columns.count != 3 {
      throw FormProblem(.invalid("wording.targetColumns", reason: .labelsTooFew), at: reader.location("targetColumns"))
    }
    return wording
  }
}

extension BundleNaming {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> BundleNaming {
    var reader = reader
    let naming = BundleNaming(folder: try reader.string("folder"), document: try reader.string("document"),
      draft: try reader.string("draft"), reportText: try reader.string("reportText"),
      reportJSON: try reader.string("reportJSON"), checklist: try reader.string("checklist"),
      attachments: try reader.string("attachments"))
    try reader.finish(.bundle)
    return naming
  }
}

extension AttachmentRules {
  package static func read(_ reader: DefinitionReader) throws(FormProblem) -> AttachmentRules {
    var reader = reader
    let rules = AttachmentRules(allowedTypes: (try reader.strings("allowedTypes") ?? []).map { $0.lowercased() },
      maxFileBytes: try reader.int("maxFileBytes"),
      categories: try reader.list("categories", required: false) { node, context throws(FormProblem) in
        var category = try DefinitionReader(node, context: context)
        let id = try category.string("id")
        try FormDefinition.checkIdentifier(id, "\(context).id", expected: "camelCase", kebab: false,
          at: category.location("id"))
        let made = AttachmentCategory(id: id, label: try category.string("label"), hint: try category.optionalString("hint"),
          folder: try category.string("folder"), required: try category.bool("required", default: false),
          keywords: try category.strings("keywords") ?? [])
        try category.finish(.attachmentCategory)
        return made
      })
    try reader.finish(.attachments)
    guard rules.maxFileBytes > 0 else {
      throw FormProblem(.invalid("attachments.maxFileBytes", reason: .notPositive), at: reader.location("maxFileBytes"))
    }
    var seen = Set<String>()
    for category in rules.categories where !seen.insert(category.id).inserted {
      throw FormProblem(.duplicate("attachments.categories", value: category.id), at: reader.location("categories"))
    }
    return rules
  }
}

extension FormSection {
  package static func read(_ node: YAMLNode, _ context: String) throws(FormProblem) -> FormSection {
    var reader = try DefinitionReader(node, context: context)
    let id = try reader.string("id")
    try FormDefinition.checkIdentifier(id, "\(context).id", expected: "camelCase", kebab: false, at: reader.location("id"))
    let section = FormSection(id: id, title: try reader.string("title"),
      fields: try reader.list("fields") { node, at throws(FormProblem) in try FieldDefinition.read(node, at, parent: .root) },
      layout: reader.has("layout") ? try reader.list("layout", LayoutItem.read) : nil,
      newPage: try reader.bool("newPage", default: false))
    try reader.finish(.section)
    try FieldDefinition.checkUnique(section.fields, context: "\(context).fields", items: reader.node("fields"))
    return section
  }
}
