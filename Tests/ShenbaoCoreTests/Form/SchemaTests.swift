import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
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

  @Test(arguments: FormVocabulary.allCases)
  func formSchemaDescribesEveryKeyTheLoaderReads(_ vocabulary: FormVocabulary) throws {
    let schema = try JSONDecoder().decode(JSONValue.self, from: Data(EmbeddedResources.formSchema.utf8))
    guard case .object(let root) = schema, case .object(let defs)? = root["$defs"] else {
      Issue.record("form schema lacks $defs")
      return
    }
    /// The properties of a definition: its own, or those of the object among its choices.
    func properties(_ value: JSONValue?) -> Set<String>? {
      guard case .object(let object)? = value else { return nil }
      if case .string("#")? = object["$ref"] { return properties(schema) }
      if case .object(let properties)? = object["properties"] { return Set(properties.keys) }
      if case .array(let choices)? = object["oneOf"] { return choices.lazy.compactMap(properties).first }
      return nil
    }
    #expect(properties(defs[vocabulary.rawValue]) == Set(vocabulary.keys))
  }

  @Test func formSchemaNamesEveryVocabulary() throws {
    let schema = try JSONDecoder().decode(JSONValue.self, from: Data(EmbeddedResources.formSchema.utf8))
    guard case .object(let root) = schema, case .object(let defs)? = root["$defs"] else {
      Issue.record("form schema lacks $defs")
      return
    }
    #expect(Set(defs.keys).subtracting(["path"]) == Set(FormVocabulary.allCases.map(\.rawValue)))
  }
}
