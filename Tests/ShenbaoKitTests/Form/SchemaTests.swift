import Foundation
import ShenbaoKit
import Testing

@Suite("JSON schemas")
struct SchemaTests {
  @Test func committedDraftSchemaIsTheOneTheFormGenerates() throws {
    let committed = try Data(contentsOf: Repository.root.appendingPathComponent("schemas/draft.schema.json"))
    let generated = DraftSchema.schema(for: FormLibrary.defaultForm)
    #expect(try JSONDecoder().decode(JSONValue.self, from: committed) == generated,
      "run `make schemas` after changing the form definition")
  }

  @Test func draftSchemaListsTheSameFieldsAsTheForm() throws {
    func schemaPaths(_ value: JSONValue, prefix: String) -> Set<String> {
      guard case .object(let object) = value else { return [] }
      var paths = Set<String>()
      if case .object(let properties)? = object["properties"] {
        for (key, child) in properties {
          let path = prefix.isEmpty ? key : "\(prefix).\(key)"
          paths.insert(path)
          paths.formUnion(schemaPaths(child, prefix: path))
        }
      }
      if let items = object["items"] { paths.formUnion(schemaPaths(items, prefix: prefix)) }
      return paths
    }
    func formPaths(_ fields: [FieldDefinition], prefix: String) -> Set<String> {
      var paths = Set<String>()
      for field in fields {
        let path = prefix.isEmpty ? field.id : "\(prefix).\(field.id)"
        paths.insert(path)
        paths.formUnion(formPaths(field.fields ?? [], prefix: path))
      }
      return paths
    }
    let committed = try JSONDecoder().decode(
      JSONValue.self,
      from: Data(contentsOf: Repository.root.appendingPathComponent("schemas/draft.schema.json")))
    let form = FormLibrary.defaultForm
    #expect(schemaPaths(committed, prefix: "")
      == formPaths(form.topLevelFields, prefix: "").union([Application.formKey]))
  }

  @Test func formSchemaDescribesEveryKeyOfAFieldDefinition() throws {
    let schema = try JSONDecoder().decode(JSONValue.self, from: Data(EmbeddedResources.formSchema.utf8))
    guard case .object(let root) = schema, case .object(let defs)? = root["$defs"],
      case .object(let field)? = defs["field"], case .object(let properties)? = field["properties"]
    else {
      Issue.record("form schema lacks $defs.field.properties")
      return
    }
    let encoded = try JSONEncoder().encode(FieldDefinition(
      id: "x", label: "x", printedLabel: "x", hint: "x", heading: "x", kind: .group, presence: .optional,
      none: .forbidden, maxCharacters: 1, multiline: true, default: "x", commitment: "x",
      notNeededWhen: FieldCondition(field: "a", equals: "b"), options: [], open: true,
      minimum: 1, unit: "x", basis: "x", itemLabel: "x", fields: []))
    let keys = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any]).keys
    #expect(Set(properties.keys) == Set(keys))
  }
}
