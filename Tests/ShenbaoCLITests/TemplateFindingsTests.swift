import Foundation
import Testing

/// What validate says of the blank template, as a person checks it before typing: each field
/// named where it is printed, nothing contradicting anything else.
@Suite("Findings on a blank Word form", .serialized)
struct TemplateFindingsTests {
  func findings(of document: String, in workspace: Workspace) throws -> [[String: Any]] {
    let run = try CLI.run(["validate", document, "--format", "json"], in: workspace.folder)
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    return reports.first?["findings"] as? [[String: Any]] ?? []
  }

  @Test func aBlankTemplateNamesEachFieldOnceAndNeverContradictsItself() throws {
    let workspace = try Workspace(withExample: false)
    #expect(try CLI.run(["template", "-o", "模板.docx"], in: workspace.folder).status == 0)
    let all = try findings(of: "模板.docx", in: workspace)
    let messages = all.compactMap { $0["message"] as? String }
    // 绩效目标 is a field of part 三, not the part itself.
    #expect(messages.contains { $0.hasPrefix("未填写「三、项目实施方案和绩效目标 · 绩效目标」") }, "\(messages)")
    // Address and postcode, both blank in their one cell, are each simply to be filled — not
    // each told to go after the other.
    #expect(!messages.contains { $0.contains("之后用括号写上") }, "\(messages)")
    #expect(all.filter { ["unit.address", "unit.postcode"].contains($0["path"] as? String) }
      .allSatisfy { $0["code"] as? String == "required" })
  }
}
