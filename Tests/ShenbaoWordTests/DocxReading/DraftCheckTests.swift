import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
import ShenbaoWord
import Testing

/// The one way from a file to its report: every kind of draft file read, its form chosen, checked.
@Suite("Reading and checking draft files")
struct DraftCheckTests {
  @Test func readsWordFormsWithTheirOwnReader() throws {
    #expect(throws: DraftCheck.Failure.read(.file(.notFound))) {
      try DraftCheck.application(at: URL(fileURLWithPath: "/nonexistent/申报书.docx"))
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data("form: shanghai-ip-operations-2021\n".utf8).write(to: url)
    #expect(throws: DraftCheck.Failure.docx(.archive(ZipProblem(code: 19)))) { try DraftCheck.application(at: url) }
  }

  @Test func checksManyFilesInInputOrder() throws {
    let copy = try ExampleCopy()
    let missing = copy.folder.appendingPathComponent("none.yaml").path
    let results = DraftCheck(today: testToday).check([copy.draft.path, missing, copy.draft.path])
    #expect(results.count == 3)
    #expect((try? results[0].get())?.findings.isEmpty == true)
    #expect(results[1] == .failure(.read(.file(.notFound))))
  }
}
