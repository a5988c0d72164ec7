import FoundationEssentials

/// Generates the JSON schema (2020-12) of a form's drafts from its definition, so editors
/// complete and check a draft as it is typed. `schemas/draft.schema.json` is this output for
/// the default form; a test keeps the two equal.
///
/// The schema checks structure and shapes (keys, lists, patterns of IDs and codes); the rules
/// check everything else. Scalars may be numbers too, since YAML reads `200120` as one.
public enum DraftSchema {
  /// The schema's `$id`.
  public static func identifier(for form: FormDefinition) -> String {
    "https://shenbao.invalid/schemas/\(form.id)/draft.schema.json"
  }

  /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
  public static func json(for form: FormDefinition) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(schema(for: form)) else {
      preconditionFailure("schemas always encode")
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The schema as a JSON value.
  public static func schema(for form: FormDefinition) -> JSONValue {
    var properties: [String: JSONValue] = [
      Application.formKey: .object([
        "title": .string("form"), "description": .string(form.title), "const": .string(form.id),
      ])
    ]
    for field in form.topLevelFields { properties[field.id] = schema(for: field, form: form) }
    return .object([
      "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
      "$id": .string(identifier(for: form)),
      "title": .string(form.title),
      "type": .string("object"),
      "additionalProperties": .bool(false),
      "required": .array(requiredIDs(form.topLevelFields).map(JSONValue.string)),
      "properties": .object(properties),
    ])
  }

  package static func requiredIDs(_ fields: [FieldDefinition]) -> [String] {
    fields.filter { $0.presence == .required && $0.default == nil && $0.notNeededWhen == nil && $0.requiredWhen == nil }
      .map(\.id)
  }

  package static func schema(for field: FieldDefinition, form: FormDefinition) -> JSONValue {
    var schema: [String: JSONValue] = ["title": .string(field.label)]
    if let hint = field.hint { schema["description"] = .string(hint) }
    let scalar: JSONValue = .array([.string("string"), .string("number"), .string("null")])
    switch field.kind {
    case .group:
      var properties: [String: JSONValue] = [:]
      for child in field.fields ?? [] { properties[child.id] = self.schema(for: child, form: form) }
      schema["type"] = .string("object")
      schema["additionalProperties"] = .bool(false)
      schema["properties"] = .object(properties)
      schema["required"] = .array(requiredIDs(field.fields ?? []).map(JSONValue.string))
    case .list:
      let item = self.schema(
        for: FieldDefinition(id: field.id, label: field.label, kind: .group, fields: field.fields),
        form: form)
      schema["type"] = .string("array")
      schema["items"] = item
      if field.presence == .required { schema["minItems"] = .number(1) }
    case .choice where !field.open:
      let values = (field.options ?? []).flatMap { [$0.value] + ($0.aliases ?? []) }
      schema["enum"] = .array(values.map(JSONValue.string))
    case .choice:
      schema["type"] = scalar
      schema["examples"] = .array((field.options ?? []).map { .string($0.value) })
    case .recommender:
      schema["type"] = scalar
      schema["examples"] = .array(form.recommenders.map { .string($0.name) })
    case .attachmentCategory:
      schema["enum"] = .array(form.attachments.categories.map { .string($0.id) })
    case .number:
      schema["type"] = scalar
      if case .number(let minimum)? = field.minimum { schema["minimum"] = .number(minimum) }
      if case .number(let maximum)? = field.maximum { schema["maximum"] = .number(maximum) }
      if let minimum = field.target?.minimum { schema["minimum"] = .number(minimum) }
    case .idNumber:
      schema["type"] = .array([.string("string"), .string("integer")])
      schema["pattern"] = .string("^[0-9]{17}[0-9X]$")
    case .creditCode:
      schema["type"] = .string("string")
      schema["pattern"] = .string("^[0-9A-HJ-NPQRTUWXY]{18}$")
    case .postcode:
      schema["type"] = .array([.string("string"), .string("integer")])
      schema["pattern"] = .string("^[0-9]{6}$")
    case .text, .mobile, .landline, .email, .bankAccount, .date, .file:
      schema["type"] = scalar
    }
    return .object(schema)
  }
}
