import Foundation
@testable import ShenbaoBundle
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
import Testing

/// Packages the example (with `edits`) into `name` inside the copy's folder.
func packageExample(
  _ copy: ExampleCopy, _ edits: [(FieldPath, DraftValue?)] = [], name: String = "bundle.zip",
  replacing: Bool = false
) throws -> ApplicationPackager.Outcome {
  var application = try copy.application()
  for (path, value) in edits { application.setValue(value, at: path) }
  return try ApplicationPackager(form: FormLibrary.defaultForm, today: testToday)
    .package(application, named: "draft.yaml", to: copy.folder.appendingPathComponent(name), replacing: replacing)
}

@Suite("Packaging")
struct PackagerTests {
  @Test func theExampleBecomesABag() throws {
    let copy = try ExampleCopy()
    guard case .written(let summary) = try packageExample(copy) else {
      Issue.record("the example was refused")
      return
    }
    #expect(summary.payloadFiles == 11)
    let archive = try ZipArchive(readingFrom: summary.file)
    let names = try archive.entryNames()
    let root = "上海浦江高校技术转移服务中心-申报材料/"
    #expect(names.first == root + "bagit.txt")
    #expect(names[1] == root + "bag-info.txt")
    #expect(names.suffix(2) == [root + "manifest-sha256.txt", root + "tagmanifest-sha256.txt"])
    #expect(names.contains(root + "data/附件/01-营业执照或法人证书/01-事业单位法人证书.pdf"))
    #expect(names.contains(root + "data/附件/07-实施方案附页/06-项目实施方案详细说明.pdf"))
    let entries = try archive.entries()
    for entry in entries {
      let stored = ["pdf", "png", "docx"].contains((entry.name as NSString).pathExtension)
      #expect(entry.method == (stored ? 0 : 8), "\(entry.name)")
      #expect(entry.unixMode == 0o100644)
    }
    let draft = String(decoding: try archive.read(root + "data/申报书.yaml", limit: 1 << 20), as: UTF8.self)
    #expect(draft.contains("path: 附件/03-团队职称职业资格证书/03-项目团队职称证书.pdf"))
    let info = String(decoding: try archive.read(root + "bag-info.txt", limit: 1 << 20), as: UTF8.self)
    #expect(info.contains("Payload-Oxum: \(summary.payloadBytes).11\n"))
    #expect(info.contains("External-Identifier: shanghai-ip-operations-2021\n"))
    #expect(info.contains("Bagging-Date: 2021-05-20\n"))
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let copy = try ExampleCopy()
    _ = try packageExample(copy, name: "a.zip")
    _ = try packageExample(copy, name: "b.zip")
    let a = try Data(contentsOf: copy.folder.appendingPathComponent("a.zip"))
    #expect(a == (try Data(contentsOf: copy.folder.appendingPathComponent("b.zip"))))
  }

  @Test func aDraftWithErrorsWritesNothing() throws {
    let copy = try ExampleCopy()
    guard case .refused(let report) = try packageExample(copy, [("unit.postcode", "1")]) else {
      Issue.record("a draft with errors was packaged")
      return
    }
    #expect(codes(report.findings) == ["postcode unit.postcode"])
    let left = try FileManager.default.contentsOfDirectory(atPath: copy.folder.path)
    #expect(!left.contains { $0.hasSuffix(".zip") || $0.contains("shenbao-") })
  }

  @Test func warningsPassAndAreRecorded() throws {
    let copy = try ExampleCopy()
    guard case .written(let summary) = try packageExample(copy, [("cover.projectNumber", "2021-1")]) else {
      Issue.record("a draft with a warning was refused")
      return
    }
    #expect(codes(summary.report.findings) == ["project-number-filled cover.projectNumber"])
    let archive = try ZipArchive(readingFrom: summary.file)
    let root = "上海浦江高校技术转移服务中心-申报材料/"
    let report = String(decoding: try archive.read(root + "data/校验报告.txt", limit: 1 << 20), as: UTF8.self)
    #expect(report.contains("申报书.yaml:7: 警告[project-number-filled]"))
    let checklist = String(decoding: try archive.read(root + "data/打印提交清单.txt", limit: 1 << 20), as: UTF8.self)
    #expect(checklist.contains("□ 打印一式 2 份"))
    #expect(checklist.contains("提示：校验报告中有 1 个警告"))
  }

  @Test func anExistingBundleIsReplacedOnlyWhenAsked() throws {
    let copy = try ExampleCopy()
    try copy.write(Data("old".utf8), to: "bundle.zip")
    #expect(throws: PackageError.self) { try packageExample(copy) }
    #expect(try Data(contentsOf: copy.folder.appendingPathComponent("bundle.zip")) == Data("old".utf8))
    _ = try packageExample(copy, replacing: true)
    #expect(try ZipArchive(readingFrom: copy.folder.appendingPathComponent("bundle.zip")).entryCount == 16)
  }

  @Test func aFileThatChangesSizeFailsTheArchiveAndLeavesNothing() throws {
    let copy = try ExampleCopy()
    let source = copy.folder.appendingPathComponent("附件/事业单位法人证书.pdf")
    let target = copy.folder.appendingPathComponent("partial.zip")
    let writer = try ZipFileWriter(creating: target)
    try writer.add("a.pdf", file: source, size: 10, compression: .store,
      modified: DOSTimestamp(Date(timeIntervalSince1970: 0)))
    #expect(throws: ZipError.self) { try writer.close() }
    let left = try FileManager.default.contentsOfDirectory(atPath: copy.folder.path)
    #expect(!left.contains { $0.hasPrefix("partial.zip") })
  }
}
