import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
@testable import ShenbaoWord
import Testing

/// Gathering a filled Word form's attachments from the folder beside it, by the form's categories.
@Suite("Attachment folders")
struct AttachmentFolderTests {
  /// The fixture call whose categories carry keywords (营业执照, 法人证书, 协议, 预算).
  let form: FormDefinition

  init() throws {
    form = try FormLibrary.load(Repository.root
      .appendingPathComponent("Tests/Forms/shanghai-soft-science-2026/form.yaml"))
  }

  @Test func foldersAndLooseFilesArePlacedByTheCategoriesNamesAndKeywords() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attachments-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = ["01-营业执照/证书.pdf", "经费预算/明细.pdf", "随便/其他.pdf", "合作协议（盖章）.pdf", "营业执照副本.pdf",
      "照片.png", ".DS_Store"]
    for file in files {
      let url = folder.appendingPathComponent(file)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("%PDF-1.4\n".utf8).write(to: url)
    }
    let items = AttachmentFolder.attachments(in: folder, form: form, relativeTo: folder)
    let found = items.map { ($0.record?["category"]?.trimmedText ?? "", $0.record?["path"]?.trimmedText ?? "") }
    // The category folders in form order, then the others (with no category, for validation to
    // say where they go), then the loose files in name order.
    #expect(found.map(\.0) == ["license", "budgetDetail", "", "agreement", "", "license"])
    #expect(found.map(\.1) == ["01-营业执照/证书.pdf", "经费预算/明细.pdf", "随便/其他.pdf", "合作协议（盖章）.pdf",
      "照片.png", "营业执照副本.pdf"])
  }

  @Test func aFolderIsNamedByItsCategorysNumberAndTheLongestKeywordWins() throws {
    let builtIn = FormLibrary.defaultForm
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attachments-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in ["2/荣誉证书.pdf", "营业执照/执照.pdf", "项目团队职称证书.pdf", "其他材料/说明.pdf"] {
      let url = folder.appendingPathComponent(file)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("%PDF-1.4\n".utf8).write(to: url)
    }
    let items = AttachmentFolder.attachments(in: folder, form: builtIn, relativeTo: folder)
    let found = items.map { $0.record?["category"]?.trimmedText ?? "" }
    // Folders by number (2), keyword (营业执照) and label word (其他); the loose file by the
    // keyword in its name (职称).
    #expect(found == ["businessLicense", "certificates", "other", "teamCertificates"])
  }
}
