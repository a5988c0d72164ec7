import Foundation
import Testing

/// The schemas meet a real JSON Schema validator: check-jsonschema (PyPI), which `make test`
/// installs.
@Suite("check-jsonschema accepts our documents", .serialized)
struct SchemaInteropTests {
  @Test func exampleDraftValidatesAgainstTheDraftSchema() throws {
    let run = try CLI.tool("python3", ["-m", "check_jsonschema",
      "--schemafile", Repository.root.appendingPathComponent("schemas/draft.schema.json").path,
      Repository.exampleFolder.appendingPathComponent("draft.yaml").path,
    ])
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func blankDraftFromInitFollowsTheSchemasShape() throws {
    let workspace = try Workspace(withExample: false)
    #expect(try CLI.run(["init", "-o", "blank.yaml"], in: workspace.folder).status == 0)
    let run = try CLI.tool("python3", ["-m", "check_jsonschema",
      "--schemafile", Repository.root.appendingPathComponent("schemas/draft.schema.json").path,
      workspace.url("blank.yaml").path,
    ])
    // Blank ID numbers and codes fail their patterns; the structure itself is right.
    #expect(!run.stdout.contains("Additional properties"), "\(run.stdout)")
  }

  @Test func formDefinitionValidatesAgainstTheFormSchema() throws {
    let run = try CLI.tool("python3", ["-m", "check_jsonschema",
      "--schemafile", Repository.root.appendingPathComponent("schemas/form.schema.json").path,
      Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml").path,
    ])
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func aMistypedKeyFailsTheDraftSchema() throws {
    let workspace = try Workspace()
    let text = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "  bank: 上海", with: "  bnak: 上海")
    try text.write(to: workspace.url("draft.yaml"), atomically: true, encoding: .utf8)
    let run = try CLI.tool("python3", ["-m", "check_jsonschema",
      "--schemafile", Repository.root.appendingPathComponent("schemas/draft.schema.json").path,
      workspace.url("draft.yaml").path,
    ])
    #expect(run.status != 0)
  }
}
