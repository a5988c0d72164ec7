import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
@testable import ShenbaoWord
import Testing

/// Writes `data` to a temporary file and opens it as a ZIP archive.
func openArchive(_ data: Data) throws -> (ZipArchive, URL) {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
  try data.write(to: url)
  return (try ZipArchive(readingFrom: url), url)
}

@Suite("DOCX packages")
struct DocxPackageTests {
  let form = FormLibrary.defaultForm

  func rendered(_ edits: [(FieldPath, DraftValue?)] = []) throws -> Data {
    var application = try ExampleCopy().application()
    for (path, value) in edits { application.setValue(value, at: path) }
    return try DocumentOutput.filledForm(application, form: form)
  }

  @Test func everyPartIsThereInOrderAndWellFormed() throws {
    let (archive, url) = try openArchive(try rendered())
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try archive.entryNames() == DocxWriter.partNames)
    for name in DocxWriter.partNames {
      let problem = XMLCheck.problem(in: try archive.read(name, limit: 1 << 24))
      #expect(problem == nil, "\(name): \(problem ?? "")")
    }
  }

  @Test func theSameDraftGivesTheSameBytes() throws {
    #expect(try rendered() == rendered())
    let template = try DocumentOutput.template(form: form)
    #expect(template == (try DocumentOutput.template(form: form)))
    #expect(template != (try rendered()))
  }

  @Test func hostileTextRendersAsValidXML() throws {
    let long = String(repeating: "知识产权运营。", count: 1500)
    let data = try rendered([
      ("unit.businessScope", "<script>alert('x')</script> & \"quotes\" \u{1}\u{7}\u{B}控制\u{FFFE}"),
      ("capability", .text(long)),
      ("plan", "emoji 👨‍👩‍👧 and CJK Extension B 𠀀𠀁 and tab\tand\nnew line"),
      ("members[0].task", "]]><!-- not a comment -->"),
    ])
    let (archive, url) = try openArchive(data)
    defer { try? FileManager.default.removeItem(at: url) }
    let document = try archive.read("word/document.xml", limit: 1 << 24)
    #expect(XMLCheck.problem(in: document) == nil)
    let text = String(decoding: document, as: UTF8.self)
    #expect(text.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quotes&quot; 控制"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x9 || $0.value == 0xB || $0.value == 0xFFFE })
    #expect(text.contains("𠀀𠀁"))
    #expect(text.contains("👨‍👩‍👧"))
    #expect(text.contains(long))
    #expect(text.contains("]]&gt;&lt;!-- not a comment --&gt;"))
  }

  @Test func statisticsAreTheDocumentsOwn() throws {
    let document = WordDocument(
      body: [.paragraph(WordParagraph("申报 abc def")), .paragraph(WordParagraph("")),
        .table(WordTable(columns: [1000], rows: [WordTableRow(cells: [WordTableCell(WordParagraph("项目"))])]))],
      properties: DocumentProperties(title: "t", creator: "c", timestamp: Date(timeIntervalSince1970: 0)))
    let statistics = DocumentStatistics(document.body)
    #expect(statistics == DocumentStatistics(words: 6, characters: 10, charactersWithSpaces: 12, paragraphs: 2))
    let (archive, url) = try openArchive(try DocxWriter.write(document))
    defer { try? FileManager.default.removeItem(at: url) }
    let app = String(decoding: try archive.read("docProps/app.xml", limit: 1 << 20), as: UTF8.self)
    #expect(app.contains("<Words>6</Words>"))
    #expect(app.contains("<Characters>10</Characters>"))
    #expect(app.contains("<CharactersWithSpaces>12</CharactersWithSpaces>"))
    #expect(app.contains("<Paragraphs>2</Paragraphs>"))
  }

  @Test func theTimestampComesFromTheApplication() throws {
    let (archive, url) = try openArchive(try rendered())
    defer { try? FileManager.default.removeItem(at: url) }
    let core = String(decoding: try archive.read("docProps/core.xml", limit: 1 << 20), as: UTF8.self)
    // Midnight of 2021-05-20 in Shanghai.
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-05-19T16:00:00Z</dcterms:created>"))
    #expect(core.contains("<dc:creator>上海浦江高校技术转移服务中心</dc:creator>"))
  }
}

extension DocumentStatistics {
  init(words: Int, characters: Int, charactersWithSpaces: Int, paragraphs: Int) {
    self.init([])
    self.words = words
    self.characters = characters
    self.charactersWithSpaces = charactersWithSpaces
    self.paragraphs = paragraphs
  }
}
