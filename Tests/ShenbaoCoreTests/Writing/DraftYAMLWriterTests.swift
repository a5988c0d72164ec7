import Foundation
import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("Writing drafts as YAML")
struct DraftYAMLWriterTests {
  let form = FormLibrary.defaultForm

  @Test func blankDraftHasEveryFieldUnderItsLabel() throws {
    let text = DraftYAMLWriter(form: form, schemaReference: "schemas/draft.schema.json").blankDraft()
    #expect(text.hasPrefix("# yaml-language-server: $schema=schemas/draft.schema.json\n"))
    let application = try DraftReader.parse(text)
    var missing: [String] = []
    func visit(_ fields: [FieldDefinition], _ path: FieldPath) {
      for field in fields {
        let fieldPath = path.appending(field.id)
        switch field.kind {
        case .group: visit(field.fields ?? [], fieldPath)
        case .list: visit(field.fields ?? [], fieldPath.appending(index: 0))
        default: if application.value(at: fieldPath) == nil { missing.append(fieldPath.description) }
        }
      }
    }
    visit(form.topLevelFields, .root)
    #expect(missing.isEmpty)
    #expect(text.contains("# 统一社会信用代码\n  creditCode: \"\""))
    #expect(text.contains("# 开户银行 —— 公益1类事业单位不用填\n"))
    #expect(application.text(at: "opinions.applicant.text")
      == "所提交的资料真实有效，并自愿承担相应责任。同意申报。")
    #expect(application.text(at: "attachments[1].category") == "teamCertificates")
  }

  @Test func blankDraftFailsValidationOnlyForWhatIsBlank() throws {
    let application = try DraftReader.parse(DraftYAMLWriter(form: form).blankDraft())
    let found = findings(application)
    let unexpected = found.filter {
      !["required", "target-missing", "attachment-category-missing"].contains($0.code)
    }
    #expect(unexpected.isEmpty, "\(codes(unexpected))")
    #expect(found.contains { $0.code == "required" && $0.path == "unit.creditCode" })
  }

  @Test func writesAnApplicationBackUnchanged() throws {
    let application = try ExampleCopy().application()
    let written = DraftYAMLWriter(form: form).write(application)
    #expect(try DraftReader.parse(written).values == application.values)
  }

  @Test(arguments: [
    "a: b", "- dash", "#hash", "trailing ", " leading", "yes", "null", "200030", "0x1F", "1e3",
    "2021-05-20", "引号“”和'单'\"双\"", "back\\slash", "tab\there", "行一\n行二\n", "行一\n\n行三",
    "\u{1}control", "emoji 👨‍👩‍👧 和 𠀀", "～！＠＃", "ends with colon:", "{braces}", "[x]", "@at",
    "%percent", "line\r\nwindows", "\u{2028}separator", "*star", "&amp", "!tag", "|pipe", ">gt",
  ])
  func roundTripsAwkwardText(_ text: String) throws {
    var application = try ExampleCopy().application()
    application.setValue(.text(text), at: "unit.businessScope")
    application.setValue(.text(text), at: "capability")
    let parsed = try DraftReader.parse(DraftYAMLWriter(form: form).write(application))
    #expect(parsed.value(at: "unit.businessScope") == .text(text))
    #expect(parsed.value(at: "capability") == .text(text))
  }
}
