import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
import Testing

@Suite("Attachments")
struct AttachmentRulesTests {
  func findings(_ copy: ExampleCopy, _ edits: [(FieldPath, DraftValue?)] = []) throws -> [Finding] {
    var application = try copy.application()
    for (path, value) in edits { application.setValue(value, at: path) }
    return ShenbaoFixtures.findings(application)
  }

  @Test func requiredCategoriesMustBePresent() throws {
    let copy = try ExampleCopy()
    #expect(codes(try findings(copy, [("attachments[2]", nil)]))
      == ["attachment-category-missing attachments"])
  }

  @Test func pathsMustLeadToFilesInsideTheDraftsFolder() throws {
    let copy = try ExampleCopy()
    try FileManager.default.createSymbolicLink(
      atPath: copy.folder.appendingPathComponent("附件/link.pdf").path, withDestinationPath: "/etc/hostname")
    let found = try findings(copy, [
      ("attachments[1].path", "附件/没有.png"), ("attachments[3].path", "../outside.pdf"),
      ("attachments[4].path", "/etc/hostname.pdf"), ("attachments[5].path", "附件/link.pdf"),
      ("attachments[6]", .record(["category": "other", "path": "附件"])),
    ]).filter { $0.code == "attachment-missing-file" }
    #expect(codes(found) == ["attachment-missing-file attachments[1].path",
      "attachment-missing-file attachments[3].path", "attachment-missing-file attachments[4].path",
      "attachment-missing-file attachments[5].path", "attachment-missing-file attachments[6].path"])
  }

  @Test func windowsSeparatorsAreUnderstood() throws {
    let copy = try ExampleCopy()
    #expect(codes(try findings(copy, [("attachments[0].path", "附件\\事业单位法人证书.pdf")])) == [])
  }

  @Test func emptyFilesAreRefused() throws {
    let copy = try ExampleCopy()
    try copy.write(Data(), to: "附件/空.pdf")
    #expect(codes(try findings(copy, [("attachments[3].path", "附件/空.pdf")]))
      == ["attachment-empty attachments[3].path"])
  }

  @Test func contentMustMatchTheExtension() throws {
    let copy = try ExampleCopy()
    try copy.write(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), to: "附件/旧版.pdf")
    try copy.write(Data("PK\u{3}\u{4}not really a zip".utf8), to: "附件/坏.docx")
    try copy.write(Data("plain".utf8), to: "附件/说明.txt")
    let png = try Data(contentsOf: copy.folder.appendingPathComponent("附件/国家技术转移示范机构证书.png"))
    try copy.write(png, to: "附件/图片.jpg")
    let found = try findings(copy, [
      ("attachments[1].path", "附件/图片.jpg"), ("attachments[3].path", "附件/旧版.pdf"),
      ("attachments[4].path", "附件/坏.docx"), ("attachments[5].path", "附件/说明.txt"),
    ]).filter { $0.code == "attachment-type" }
    #expect(codes(found) == ["attachment-type attachments[1].path", "attachment-type attachments[3].path",
      "attachment-type attachments[4].path", "attachment-type attachments[5].path"])
    #expect(found[0].found == "png")
  }

  @Test func aRealDOCXPasses() throws {
    let copy = try ExampleCopy()
    let docx = copy.folder.appendingPathComponent("附件/说明.docx")
    try ZipFixture.write(["[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"], to: docx)
    #expect(codes(try findings(copy, [("attachments[5].path", "附件/说明.docx")])) == [])
  }

  @Test func tooLargeFilesAreRefused() throws {
    let copy = try ExampleCopy()
    var application = try copy.application()
    application.setValue("附件/事业单位法人证书.pdf", at: "attachments[3].path")
    var form = FormLibrary.defaultForm
    form.attachments.maxFileBytes = 700
    let found = Validator(form: form, today: testToday).validate(application).findings
    #expect(codes(found.filter { $0.code == "attachment-too-large" })
      == ["attachment-too-large attachments[0].path", "attachment-too-large attachments[3].path"])
  }

  @Test func identicalContentWarns() throws {
    let copy = try ExampleCopy()
    let found = try findings(copy, [("attachments[5].path", "附件/项目团队职称证书.pdf")])
    #expect(codes(found) == ["attachment-duplicate attachments[5].path"])
    #expect(found.first?.severity == .warning)
  }
}
