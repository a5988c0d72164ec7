import Foundation
import ShenbaoCore
import Testing

/// A box of the template holds the field's grey hint and an empty paragraph below it. People
/// delete the empty one and type into the hint's: what they typed is the field's.
@Suite("Typing into a box's hint", .serialized)
struct HintTypingTests {
  static let typed = "本单位成立于2012年，承担全市高校科技成果转移转化的公共服务职能，现有专职人员28人。"

  /// The first box of the form whose field has a hint.
  func hintedBox(_ form: FormDefinition) -> FieldPath? {
    for section in form.sections {
      for case .box(let field, _, _) in section.layout?.map(\.block) ?? [] where form.field(at: field.path)?.hint != nil {
        return field.path
      }
    }
    return nil
  }

  @Test(arguments: PrintedCall.all)
  func textTypedOverOrAfterTheHintIsRead(_ call: PrintedCall) throws {
    let form = try call.definition()
    let path = try #require(hintedBox(form))
    let workspace = try Workspace(withExample: false)
    #expect(try runWithFixtureForms(["template", "--form", form.id, "-o", "模板.docx"], in: workspace.folder).status == 0)
    let script = Repository.root.appendingPathComponent("Tests/Interop/type_into_hint.py").path
    for mode in ["over", "after"] {
      let name = "\(mode).docx"
      let typing = try CLI.tool("python3", [script, workspace.url("模板.docx").path, workspace.url(name).path,
        FieldAnchor.name(for: path), mode, Self.typed])
      try #require(typing.status == 0, "\(typing.stdout)")
      let extract = try runWithFixtureForms(["extract", name, "-o", "\(mode).yaml"], in: workspace.folder)
      #expect(extract.status == 0, "\(extract.stderr)")
      let back = try DraftReader.read(workspace.url("\(mode).yaml"))
      #expect(back.text(at: path) == Self.typed, "\(mode): \(back.text(at: path) ?? "nothing")")
      let validate = try runWithFixtureForms(["validate", name, "--format", "json"], in: workspace.folder)
      let reports = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [[String: Any]])
      let findings = (reports.first?["findings"] as? [[String: Any]] ?? []).filter { $0["path"] as? String == path.description }
      // Typed after the hint, the hint is pointed out to be deleted before printing; nothing else.
      #expect(findings.map { $0["code"] as? String } == (mode == "after" ? ["docx-hint-left"] : []), "\(mode): \(findings)")
      // The field is named whole, not by the word printed beside its box (申报单位).
      let label = try #require(form.field(at: path)?.label)
      #expect(findings.allSatisfy { ($0["message"] as? String)?.contains("「\(label)」") == true }, "\(findings)")
    }
  }
}
