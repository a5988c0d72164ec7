/// Every key of the form vocabulary, by the kind of mapping that holds it: the one list the
/// loader refuses unknown keys by, and that `schemas/form.schema.json` is held to (each kind
/// is a definition of that schema under the same name).
public enum FormVocabulary: String, CaseIterable, Sendable {
  case form, instruction, recommender, contacts, service, printing, wording, bundle, attachments
  case attachmentCategory, section, field, option, condition, pattern, target, text, relation
  case equal, memberOf, unique, compare, sum, roles, layoutBlock, cover, box, table, person
  case roster, gridRow, personCell

  /// The keys a mapping of this kind may hold.
  public var keys: [String] {
    switch self {
    case .form:
      ["id", "title", "guide", "year", "performancePeriod", "instructions", "recommenders", "contacts",
       "services", "printing", "wording", "bundle", "attachments", "roles", "relations", "sections"]
    case .instruction: ["number", "role", "text"]
    case .recommender: ["name", "fullName", "aliases"]
    case .contacts: ["department", "people", "phone", "fax", "email", "address"]
    case .service: ["topic", "phone", "address", "website"]
    case .printing: ["paper", "sides", "binding", "copies", "finishing"]
    case .wording:
      ["instructionsTitle", "labelSuffix", "personTable", "serialNumber", "signature", "seal", "blankDate",
       "none", "targetsTitle", "targetColumns", "minimum", "attachmentsTitle", "attachmentColumns",
       "attachmentFolderColumn", "attachmentFolderNote", "pageNumber", "placeholders"]
    case .bundle: ["folder", "document", "draft", "reportText", "reportJSON", "checklist", "attachments"]
    case .attachments: ["allowedTypes", "maxFileBytes", "categories"]
    case .attachmentCategory: ["id", "label", "hint", "folder", "required", "keywords"]
    case .section: ["id", "title", "newPage", "fields", "layout"]
    case .field:
      ["id", "label", "printedLabel", "hint", "heading", "kind", "presence", "requiredWhen", "notNeededWhen",
       "none", "maxCharacters", "minimum", "maximum", "pattern", "basis", "multiline", "default", "commitment",
       "options", "open", "unit", "target", "itemLabel", "fields"]
    case .option: ["value", "aliases", "creditCodePrefixes", "sex"]
    case .condition: ["field", "equals", "in", "filled"]
    case .pattern: ["regex", "message"]
    case .target: ["minimum", "basis"]
    case .text: ["zh", "en"]
    case .relation: ["code", "severity", "when", "basis", "summary", "messages"] + Self.relationKinds
    case .equal: ["left", "right", "fields", "normalize"]
    case .memberOf: ["record", "list", "keys"]
    case .unique: ["list", "key"]
    case .compare: ["left", "op", "right", "factor"]
    case .sum: ["items", "list", "field", "total"]
    case .roles: FormRoles.kinds.map(\.name)
    case .layoutBlock: LayoutBlock.names
    case .cover: ["number", "lines"]
    case .box: ["field", "labelled", "height"]
    case .table: ["group", "columns", "total"]
    case .person: ["group", "rows"]
    case .roster: ["list", "wide", "landscape"]
    case .gridRow: ["field", "shared", "persons", "columns", "height"]
    case .personCell: ["field", "signature", "span"]
    }
  }

  /// The kinds of relation, each the key that declares one.
  package static let relationKinds = ["equal", "memberOf", "unique", "compare", "sum"]
}
