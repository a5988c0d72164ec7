import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
@testable import ShenbaoWord
import Testing

/// A DOCX whose document part has `body` inside `w:body`, written with libzip.
func docx(body: String, contentType: String = ContentType.document, extra: [String: String] = [:]) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
  let document = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
    """
  var entries = [
    "[Content_Types].xml": """
      <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" ContentType="\(contentType)"/></Types>
      """,
    "word/document.xml": document,
  ]
  for (name, text) in extra { entries[name] = text }
  try ZipFixture.write(entries, to: url)
  return url
}

@Suite("Reading WordprocessingML")
struct DocumentPartParserTests {
  func read(_ body: String) throws -> ReadDocument {
    let url = try docx(body: body)
    defer { try? FileManager.default.removeItem(at: url) }
    return try DocxPackageReader().read(url).document
  }

  @Test func joinsRunsTabsAndBreaks() throws {
    let document = try read("""
      <w:p><w:r><w:t>申</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">报 </w:t></w:r>\
      <w:r><w:tab/><w:t>单位</w:t><w:br/><w:t>二</w:t></w:r><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>
      """)
    #expect(document.paragraphs.map(\.text) == ["申报 \t单位\n二链接"])
  }

  @Test func keepsInsertionsAndDropsDeletions() throws {
    let document = try read("""
      <w:p><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del>\
      <w:r><w:t>值</w:t></w:r></w:p>
      """)
    #expect(document.paragraphs.map(\.text) == ["新值"])
    #expect(document.marks.insertions == 1 && document.marks.deletions == 1)
  }

  @Test func showsFieldResultsNotInstructions() throws {
    let document = try read("""
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>今天</w:t></w:r></w:fldSimple></w:p>\
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>FILLIN</w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      """)
    #expect(document.paragraphs.map(\.text) == ["3今天", ""])
    #expect(document.marks.emptyFields == 1)
  }

  @Test func leavesOutHiddenTextAndPlaceholders() throws {
    let document = try read("""
      <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>可见</w:t></w:r></w:p>\
      <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击此处输入文字</w:t></w:r></w:p>\
      </w:sdtContent></w:sdt><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件内容</w:t></w:r></w:p></w:sdtContent></w:sdt>
      """)
    #expect(document.paragraphs.map(\.text) == ["可见", "", "控件内容"])
    #expect(document.marks.hiddenRuns == 1)
    #expect(document.marks.placeholders == 1)
  }

  @Test func readsTablesWithSpansMergesAndNesting() throws {
    let document = try read("""
      <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>\
      <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p>\
      </w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p><w:p><w:r><w:t>丁</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      """)
    let tables = document.tables
    #expect(tables.count == 2)
    let outer = tables[0]
    #expect(outer.rows[0].cells.map(\.span) == [1, 2])
    #expect(outer.gridCells(row: 0).map(\.text) == ["甲", "乙", "乙"])
    #expect(outer.rows[1].cells[0].continuesMerge)
    #expect(outer.rows[1].cells[2].text == "丙\n丁")
    #expect(tables[1].rows[0].cells[0].text == "内")
  }

  @Test func emptyCellsRowsAndTablesCloseThemselves() throws {
    let document = try read("""
      <w:tbl><w:tr><w:tc/><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr><w:tr/></w:tbl><w:tbl/>\
      <w:p><w:r><w:t>正文</w:t></w:r></w:p>
      """)
    #expect(document.tables.count == 2)
    #expect(document.tables[0].rows.map(\.cells.count) == [2, 0])
    #expect(document.tables[0].rows[0].cells.map(\.text) == ["", "乙"])
    #expect(document.body.count == 3)
  }

  @Test func boundsSpansByTheTablesGrid() throws {
    let document = try read("""
      <w:tbl><w:tblGrid><w:gridCol w:w="100"/><w:gridCol w:w="100"/><w:gridCol w:w="100"/></w:tblGrid>\
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="9223372036854775807"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc>\
      <w:tc><w:p><w:r><w:t>后</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="0002"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>\
      <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999999999999999999999"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>
      """)
    let (declared, undeclared) = (document.tables[0], document.tables[1])
    #expect(declared.gridColumns == 3)
    #expect(declared.rows[0].cells[0].span == DocxReadLimits().gridColumns)
    // The span stops at the grid's edge; the cell after it still stands in a column of its own.
    #expect(declared.gridCells(row: 0).map(\.text) == ["宽", "宽", "宽", "后"])
    #expect(declared.rows[1].cells.map(\.span) == [2, 1])
    #expect(undeclared.gridColumns == DocxReadLimits().gridColumns)
    #expect(undeclared.gridCells(row: 0).count == DocxReadLimits().gridColumns)
    #expect(declared.gridCells(row: 7).isEmpty)
  }

  @Test func refusesCountsPastTheBounds() throws {
    var limits = DocxReadLimits()
    limits.rowsPerTable = 3
    limits.cellsPerRow = 2
    limits.tableDepth = 2
    limits.bookmarks = 2
    func reading(_ body: String) throws -> ReadDocument {
      let url = try docx(body: body)
      defer { try? FileManager.default.removeItem(at: url) }
      return try DocxPackageReader(limits: limits).read(url).document
    }
    let row = "<w:tr><w:tc><w:p/></w:tc></w:tr>"
    #expect(try reading("<w:tbl>\(row)\(row)\(row)</w:tbl>").tables.count == 1)
    #expect(throws: DocxReadError.tooComplex("word/document.xml", .rowsPerTable, limit: 3)) {
      try reading("<w:tbl>\(row)\(row)\(row)\(row)</w:tbl>")
    }
    #expect(throws: DocxReadError.tooComplex("word/document.xml", .cellsPerRow, limit: 2)) {
      try reading("<w:tbl><w:tr><w:tc/><w:tc/><w:tc/></w:tr></w:tbl>")
    }
    #expect(throws: DocxReadError.tooComplex("word/document.xml", .tableDepth, limit: 2)) {
      try reading("<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:tbl/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>")
    }
    #expect(throws: DocxReadError.tooComplex("word/document.xml", .bookmarks, limit: 2)) {
      try reading((1...3).map { "<w:bookmarkStart w:id=\"\($0)\" w:name=\"b\($0)\"/>" }.joined())
    }
  }

  @Test func placesBookmarksThatStartBetweenParagraphs() throws {
    let document = try read("""
      <w:bookmarkStart w:id="7" w:name="sb_unit_name"/><w:p><w:r><w:t>上海</w:t></w:r></w:p><w:bookmarkEnd w:id="7"/>\
      <w:p><w:r><w:t>项目编号：</w:t></w:r><w:bookmarkStart w:id="8" w:name="sb_cover_projectNumber"/>\
      <w:r><w:t>A1</w:t></w:r><w:bookmarkEnd w:id="8"/></w:p>
      """)
    let paragraphs = document.paragraphs
    #expect(paragraphs[0].bookmarks.map(\.name) == ["sb_unit_name"])
    let number = try #require(paragraphs[1].bookmarks.first)
    #expect(FormExtractor.extent(of: number, in: paragraphs[1].text) == "A1")
  }

  @Test func skipsOtherNamespacesAndDrawings() throws {
    let document = try read("""
      <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>替代</w:t></w:r></mc:Choice></mc:AlternateContent>\
      <w:r><w:drawing><w:t>图</w:t></w:drawing><w:t>正文</w:t></w:r><w:r><w:commentReference w:id="1"/></w:r></w:p>
      """)
    #expect(document.paragraphs.map(\.text) == ["正文"])
    #expect(document.marks.comments == 1)
  }
}

@Suite("Refusing what is not a Word document")
struct DocxPackageReaderTests {
  @Test func refusesAWrongContentType() throws {
    let url = try docx(body: "<w:p/>", contentType: "application/xml")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: DocxReadError.contentType("word/document.xml", found: "application/xml")) {
      try DocxPackageReader().read(url)
    }
  }

  @Test func refusesADocumentTypeDeclaration() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try ZipFixture.write([
      "[Content_Types].xml": """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/word/document.xml" ContentType="\(ContentType.document)"/></Types>
        """,
      "word/document.xml": """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>
        """,
    ], to: url)
    #expect(throws: DocxReadError.xml("word/document.xml", .forbidden(.documentType))) {
      try DocxPackageReader().read(url)
    }
  }

  @Test func namesAMalformedPartAsSuch() throws {
    let url = try docx(body: "<w:p/>", extra: ["docProps/core.xml": "<cp:coreProperties><unclosed>"])
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try DocxPackageReader().read(url)
      Issue.record("a malformed core.xml was read")
    } catch {
      guard case .xml("docProps/core.xml", .malformed(let problem)) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(problem.line == 1)
      let message = error.message(.zh)
      #expect(message.contains("docProps/core.xml") && message.contains("XML") && !message.contains("ZIP"), "\(message)")
      #expect(!message.contains("ShenbaoKit") && !message.contains("XMLError"), "\(message)")
    }
  }

  @Test func refusesWhatIsNotAZip() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data("not a zip".utf8).write(to: url)
    #expect(throws: DocxReadError.self) { try DocxPackageReader().read(url) }
  }

  @Test func refusesAnotherDocument() throws {
    let url = try docx(body: "<w:p><w:r><w:t>会议通知</w:t></w:r></w:p>")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: DocxReadError.notTheForm(expected: "上海市知识产权运营促进中心项目申报书", tables: 0, anchors: 0,
      firstLine: "会议通知")) {
      try DocxDraftReader().read(url)
    }
  }
}
