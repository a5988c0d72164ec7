/// Reading a form definition from a ``JSONValue`` tree — the built-in forms (embedded as JSON)
/// and definition files (YAML, turned into the same tree) — by hand rather than through
/// `Decodable`, whose generic machinery costs every command several milliseconds at start.
extension FormDefinition {
  /// The definition `json` describes; throws naming the first missing or mistyped key.
  public init(json: JSONValue) throws(FormDecodingError) {
    let fields = try JSONFields(json, at: "")
    id = try fields.string("id")
    title = try fields.string("title")
    guide = try fields.string("guide")
    year = try fields.int("year")
    performancePeriod = try fields.optionalString("performancePeriod")
    instructions = try fields.array("instructions") { fields throws(FormDecodingError) in
      Instruction(number: try fields.int("number"),
        role: try fields.optionalString("role").flatMap(InstructionRole.init(rawValue:)),
        text: try fields.string("text"))
    }
    recommenders = try fields.array("recommenders") { fields throws(FormDecodingError) in
      Recommender(name: try fields.string("name"), fullName: try fields.string("fullName"),
        aliases: try fields.optionalStrings("aliases"))
    }
    let contacts = try fields.object("contacts")
    self.contacts = CallContacts(department: try contacts.string("department"),
      people: try contacts.optionalStrings("people") ?? [], phone: try contacts.string("phone"),
      fax: try contacts.optionalString("fax"), email: try contacts.optionalString("email"),
      address: try contacts.string("address"))
    services = try fields.array("services") { fields throws(FormDecodingError) in
      ServiceLine(topic: try fields.string("topic"), phone: try fields.optionalString("phone"),
        address: try fields.optionalString("address"), website: try fields.optionalString("website"))
    }
    let printing = try fields.object("printing")
    self.printing = PrintingRules(paper: try printing.string("paper"), sides: try printing.string("sides"),
      binding: try printing.string("binding"), copies: try printing.int("copies"),
      finishing: try printing.string("finishing"))
    wording = try FormWording(try fields.object("wording"))
    bundle = try BundleNaming(try fields.object("bundle"))
    let attachments = try fields.object("attachments")
    self.attachments = AttachmentRules(
      allowedTypes: try attachments.optionalStrings("allowedTypes") ?? [],
      maxFileBytes: try attachments.int("maxFileBytes"),
      categories: try attachments.array("categories") { fields throws(FormDecodingError) in
        AttachmentCategory(id: try fields.string("id"), label: try fields.string("label"),
          hint: try fields.optionalString("hint"), folder: try fields.string("folder"),
          required: try fields.bool("required") ?? false)
      })
    sections = try fields.array("sections") { fields throws(FormDecodingError) in
      FormSection(id: try fields.string("id"), title: try fields.string("title"),
        fields: try fields.array("fields", FieldDefinition.init(fields:)))
    }
  }
}

extension FieldDefinition {
  init(fields: JSONFields) throws(FormDecodingError) {
    func enumeration<T: RawRepresentable<String>>(_ key: String, _ type: T.Type) throws(FormDecodingError) -> T? {
      guard let raw = try fields.optionalString(key) else { return nil }
      guard let value = T(rawValue: raw) else { throw fields.error(key, "unknown value \(raw)") }
      return value
    }
    let condition = try fields.optionalObject("notNeededWhen")
    var conditionValue: FieldCondition?
    if let condition {
      let text = try condition.string("field")
      guard let path = FieldPath(parsing: text) else { throw condition.error("field", "malformed path \(text)") }
      conditionValue = FieldCondition(field: path, equals: try condition.string("equals"))
    }
    guard let kind = try enumeration("kind", FieldKind.self) else { throw fields.error("kind", "missing") }
    self.init(
      id: try fields.string("id"), label: try fields.string("label"),
      printedLabel: try fields.optionalString("printedLabel"), hint: try fields.optionalString("hint"),
      heading: try fields.optionalString("heading"),
      kind: kind,
      presence: try enumeration("presence", FieldPresence.self) ?? .required,
      none: try enumeration("none", NonePolicy.self) ?? .allowed,
      maxCharacters: try fields.optionalInt("maxCharacters"), multiline: try fields.bool("multiline") ?? false,
      default: try fields.optionalString("default"), commitment: try fields.optionalString("commitment"),
      notNeededWhen: conditionValue,
      options: try fields.optionalArray("options") { option throws(FormDecodingError) in
        ChoiceOption(value: try option.string("value"), aliases: try option.optionalStrings("aliases"),
          creditCodePrefixes: try option.optionalStrings("creditCodePrefixes"),
          sex: try option.optionalString("sex").flatMap(Sex.init(rawValue:)))
      },
      open: try fields.bool("open") ?? false, minimum: try fields.optionalDouble("minimum"),
      unit: try fields.optionalString("unit"), basis: try fields.optionalString("basis"),
      itemLabel: try fields.optionalString("itemLabel"),
      fields: try fields.optionalArray("fields", FieldDefinition.init(fields:)))
  }
}

extension FormWording {
  init(_ fields: JSONFields) throws(FormDecodingError) {
    instructionsTitle = try fields.string("instructionsTitle")
    labelSuffix = try fields.string("labelSuffix")
    personTable = try fields.string("personTable")
    serialNumber = try fields.string("serialNumber")
    signature = try fields.string("signature")
    seal = try fields.string("seal")
    blankDate = try fields.string("blankDate")
    none = try fields.string("none")
    targetsTitle = try fields.string("targetsTitle")
    targetColumns = try fields.optionalStrings("targetColumns") ?? []
    minimum = try fields.string("minimum")
    attachmentsTitle = try fields.string("attachmentsTitle")
    attachmentColumns = try fields.optionalStrings("attachmentColumns") ?? []
    attachmentFolderColumn = try fields.string("attachmentFolderColumn")
    attachmentFolderNote = try fields.string("attachmentFolderNote")
    pageNumber = try fields.string("pageNumber")
  }
}

extension BundleNaming {
  init(_ fields: JSONFields) throws(FormDecodingError) {
    folder = try fields.string("folder")
    document = try fields.string("document")
    draft = try fields.string("draft")
    reportText = try fields.string("reportText")
    reportJSON = try fields.string("reportJSON")
    checklist = try fields.string("checklist")
    attachments = try fields.string("attachments")
  }
}

/// Thrown when a form definition lacks a key or holds a value of the wrong kind.
public struct FormDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where (`sections[2].fields[0].label`).
  public var path: String
  public var reason: String

  public var description: String { "\(path): \(reason)" }
}

/// The members of one JSON object, read by key with the kind each must have.
struct JSONFields {
  let members: [String: JSONValue]
  let path: String

  init(_ value: JSONValue, at path: String) throws(FormDecodingError) {
    guard case .object(let members) = value else {
      throw FormDecodingError(path: path.isEmpty ? "(top)" : path, reason: "expected a mapping")
    }
    self.members = members
    self.path = path
  }

  func error(_ key: String, _ reason: String) -> FormDecodingError {
    FormDecodingError(path: path.isEmpty ? key : "\(path).\(key)", reason: reason)
  }

  func optionalString(_ key: String) throws(FormDecodingError) -> String? {
    switch members[key] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    case .number(let number)?: return DeclaredNumber.format(number)
    case .bool(let flag)?: return flag ? "true" : "false"
    default: throw error(key, "expected text")
    }
  }

  func string(_ key: String) throws(FormDecodingError) -> String {
    guard let text = try optionalString(key) else { throw error(key, "missing") }
    return text
  }

  func optionalDouble(_ key: String) throws(FormDecodingError) -> Double? {
    switch members[key] {
    case nil, .null?: return nil
    case .number(let number)?: return number
    default: throw error(key, "expected a number")
    }
  }

  func optionalInt(_ key: String) throws(FormDecodingError) -> Int? {
    guard let number = try optionalDouble(key) else { return nil }
    guard number == number.rounded(), abs(number) < 1e15 else { throw error(key, "expected a whole number") }
    return Int(number)
  }

  func int(_ key: String) throws(FormDecodingError) -> Int {
    guard let number = try optionalInt(key) else { throw error(key, "missing") }
    return number
  }

  func bool(_ key: String) throws(FormDecodingError) -> Bool? {
    switch members[key] {
    case nil, .null?: return nil
    case .bool(let flag)?: return flag
    default: throw error(key, "expected true or false")
    }
  }

  func optionalObject(_ key: String) throws(FormDecodingError) -> JSONFields? {
    guard let value = members[key], value != .null else { return nil }
    return try JSONFields(value, at: path.isEmpty ? key : "\(path).\(key)")
  }

  func object(_ key: String) throws(FormDecodingError) -> JSONFields {
    guard let fields = try optionalObject(key) else { throw error(key, "missing") }
    return fields
  }

  func optionalStrings(_ key: String) throws(FormDecodingError) -> [String]? {
    guard let value = members[key], value != .null else { return nil }
    guard case .array(let items) = value else { throw error(key, "expected a list") }
    var texts: [String] = []
    for (index, item) in items.enumerated() {
      switch item {
      case .string(let text): texts.append(text)
      case .number(let number): texts.append(DeclaredNumber.format(number))
      default: throw error("\(key)[\(index)]", "expected text")
      }
    }
    return texts
  }

  func optionalArray<T>(_ key: String, _ make: (JSONFields) throws(FormDecodingError) -> T)
    throws(FormDecodingError) -> [T]?
  {
    guard let value = members[key], value != .null else { return nil }
    guard case .array(let items) = value else { throw error(key, "expected a list") }
    var made: [T] = []
    for (index, item) in items.enumerated() {
      made.append(try make(try JSONFields(item, at: (path.isEmpty ? key : "\(path).\(key)") + "[\(index)]")))
    }
    return made
  }

  func array<T>(_ key: String, _ make: (JSONFields) throws(FormDecodingError) -> T) throws(FormDecodingError) -> [T] {
    try optionalArray(key, make) ?? []
  }
}
