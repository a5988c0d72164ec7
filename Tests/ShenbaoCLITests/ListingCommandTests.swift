import Foundation
import ShenbaoSupport
import Testing

@Suite("shenbao rules, forms and schema", .serialized)
struct ListingCommandTests {
  @Test func rulesListsEveryCodeOnce() throws {
    let run = try CLI.run(["rules"])
    #expect(run.status == 0)
    let codes = run.stdoutLines.map { String($0.prefix { $0 != " " }) }
    #expect(Set(codes).count == codes.count)
    for code in ["required", "none-not-allowed", "too-long", "unknown-field", "bad-type", "id-number",
      "credit-code", "mobile", "landline", "email", "postcode", "bank-account", "date",
      "gender-mismatch", "leader-mismatch", "leader-not-in-roster", "duplicate-member",
      "applicant-mismatch", "recommender-not-eligible", "unit-nature-unlisted",
      "credit-code-nature-mismatch", "project-number-filled", "target-missing", "date-order",
      "target-below-minimum", "attachment-category-missing", "attachment-missing-file",
      "attachment-empty", "attachment-type", "attachment-too-large", "attachment-duplicate"]
    {
      #expect(codes.contains(code), "\(code)")
    }
  }

  @Test func readmeTableIsTheGeneratedOne() throws {
    let table = try CLI.run(["rules", "--format", "markdown", "--lang", "en"]).stdout
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(table), "run `make readme-rules` to refresh the README's table")
  }

  @Test func formsListsTheBuiltInForm() throws {
    let run = try CLI.run(["forms", "--format", "json"])
    let forms = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(forms.first?["id"] as? String == "shanghai-ip-operations-2021")
    #expect(forms.first?["isDefault"] as? Bool == true)
    #expect(try CLI.run(["forms"]).stdout.contains("上海市知识产权运营促进中心项目申报书"))
  }

  @Test func schemaCommandPrintsTheCommittedSchemas() throws {
    let draft = try CLI.run(["schema", "draft"]).stdout
    let committed = try String(
      contentsOf: Repository.root.appendingPathComponent("schemas/draft.schema.json"), encoding: .utf8)
    #expect(draft == committed)
    let form = try CLI.run(["schema", "form"]).stdout
    let committedForm = try String(
      contentsOf: Repository.root.appendingPathComponent("schemas/form.schema.json"), encoding: .utf8)
    #expect(form == committedForm)
  }
}
