import Foundation
import ShenbaoSupport
import Testing

/// The schemas meet a real JSON Schema validator: check-jsonschema (PyPI), which `make test`
/// installs.
@Suite("check-jsonschema accepts our documents", .serialized)
struct SchemaInteropTests {
  /// Runs check-jsonschema on `file` against `schema` (a path below the repository).
  func checkJSONSchema(_ schema: String, _ file: URL) throws -> CLI.Run {
    try CLI.tool("python3", [
      "-m", "check_jsonschema", "--schemafile", Repository.root.appendingPathComponent(schema).path,
      file.path,
    ])
  }

  @Test func exampleDraftValidatesAgainstTheDraftSchema() throws {
    let draft = Repository.exampleFolder.appendingPathComponent("draft.yaml")
    let run = try checkJSONSchema("schemas/draft.schema.json", draft)
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func blankDraftFromInitFollowsTheSchemasShape() throws {
    let workspace = try Workspace(withExample: false)
    #expect(try CLI.run(["init", "-o", "blank.yaml"], in: workspace.folder).status == 0)
    let run = try checkJSONSchema("schemas/draft.schema.json", workspace.url("blank.yaml"))
    // Blank ID numbers and codes fail their patterns; the structure itself is right.
    #expect(!run.stdout.contains("Additional properties"), "\(run.stdout)")
  }

  @Test func formDefinitionValidatesAgainstTheFormSchema() throws {
    let form = Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml")
    let run = try checkJSONSchema("schemas/form.schema.json", form)
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func aMistypedKeyFailsTheDraftSchema() throws {
    let workspace = try Workspace()
    let text = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "  bank: 上海", with: "  bnak: 上海")
    try text.write(to: workspace.url("draft.yaml"), atomically: true, encoding: .utf8)
    let run = try checkJSONSchema("schemas/draft.schema.json", workspace.url("draft.yaml"))
    #expect(run.status != 0)
  }
}
