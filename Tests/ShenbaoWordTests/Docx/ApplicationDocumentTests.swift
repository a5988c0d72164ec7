import Foundation
import ShenbaoCore
import ShenbaoFixtures
@testable import ShenbaoWord
import Testing

@Suite("The form's layout")
struct ApplicationDocumentTests {
  let form = FormLibrary.defaultForm

  func tables(_ blocks: [WordBlock]) -> [WordTable] {
    blocks.flatMap { block -> [WordTable] in
      guard case .table(let table) = block else { return [] }
      return [table] + table.rows.flatMap { $0.cells.flatMap { tables($0.blocks) } }
    }
  }

  func paragraphs(_ blocks: [WordBlock]) -> [WordParagraph] {
    blocks.flatMap { block -> [WordParagraph] in
      switch block {
      case .paragraph(let paragraph): [paragraph]
      case .table(let table): table.rows.flatMap { $0.cells.flatMap { paragraphs($0.blocks) } }
      }
    }
  }

  func anchors(_ document: WordDocument) -> [String] {
    paragraphs(document.body).flatMap { $0.bookmarks + $0.bookmarkStarts + $0.runs.compactMap(\.bookmark) }
  }

  /// The body's tables with the page of the section each is on.
  func tablesByPage(_ document: WordDocument) -> [(WordTable, PageLayout)] {
    var placed: [(WordTable, PageLayout)] = []
    var pending: [WordBlock] = []
    for block in document.body {
      pending.append(block)
      if case .paragraph(let paragraph) = block, let page = paragraph.endsSection {
        placed += tables(pending).map { ($0, page) }
        pending = []
      }
    }
    return placed + tables(pending).map { ($0, document.page) }
  }

  @Test func tablesFitTheTextAreaAndTheirGrids() throws {
    for application in [nil, try ExampleCopy().application()] {
      let document = ApplicationDocument(form: form, application: application).document()
      for (table, page) in tablesByPage(document) {
        #expect(table.width <= page.textWidth)
        for row in table.rows {
          #expect(row.cells.reduce(0) { $0 + $1.span } == table.columns.count)
        }
      }
    }
  }

  @Test func aFourHalfA4PageWithOfficialMargins() {
    let page = PageLayout.a4Official
    #expect((page.width, page.height) == (11906, 16838))
    #expect((page.top, page.bottom, page.left, page.right) == (1440, 1440, 1800, 1800))
  }

  @Test func theTemplateAnchorsEveryField() {
    let document = ApplicationDocument(form: form, application: nil).document()
    let names = anchors(document)
    #expect(Set(names).count == names.count, "anchors are unique")
    for name in names { #expect(name.count <= 40, "\(name) is too long for Word") }
    var expected: [String] = []
    func visit(_ fields: [FieldDefinition], _ path: FieldPath) {
      for field in fields {
        let fieldPath = path.appending(field.id)
        switch field.kind {
        case .group: visit(field.fields ?? [], fieldPath)
        case .list where field.id == "members":
          expected.append(FieldAnchor.name(for: fieldPath))
          visit(field.fields ?? [], fieldPath.appending(index: 0))
        case .list: break
        default: expected.append(FieldAnchor.name(for: fieldPath))
        }
      }
    }
    visit(form.topLevelFields, .root)
    #expect(Set(expected).subtracting(names).isEmpty, "\(Set(expected).subtracting(names).sorted())")
    #expect(names.contains("sb_members_7_task"))
  }

  @Test func anchorsNameTheirFieldPaths() {
    for path: FieldPath in ["unit.legalRep.idNumber", "members[3].name", "opinions.recommender.date", "form"] {
      #expect(FieldAnchor.path(from: FieldAnchor.name(for: path)) == path)
    }
    #expect(FieldAnchor.name(for: "members[3].name") == "sb_members_3_name")
    #expect(FieldAnchor.path(from: "_GoBack") == nil)
    #expect(FieldAnchor.path(from: "sb_") == nil)
    #expect(FieldAnchor.path(from: "sb_a__b") == nil)
  }

  @Test func theFilledFormPrintsValuesAndNone() throws {
    var application = try ExampleCopy().application()
    application.setValue("", at: "leader.landline")
    application.setValue(nil, at: "opinions.recommender.date")
    let layout = ApplicationDocument(form: form, application: application)
    #expect(layout.printed("leader.landline") == "无")
    #expect(layout.printed("cover.projectNumber") == "")
    #expect(layout.printed("unit.legalRep.idNumber") == "310106196904270374")
    #expect(layout.printed("opinions.applicant.date") == "2021年5月20日")
    let texts = paragraphs(layout.document().body).map(\.plainText)
    #expect(texts.contains("年　　月　　日"))
    #expect(texts.contains("2021年5月20日"))
    #expect(texts.contains("上海市徐汇区漕溪北路595号8楼（200030）"))
  }

  @Test func valuesPrintInTheOneSpellingTheFormFixes() throws {
    var application = try ExampleCopy().application()
    application.setValue("公益二类", at: "unit.nature")
    application.setValue("139 0176 2245", at: "unit.legalRep.mobile")
    application.setValue("9843-0154-8000-12345", at: "unit.bankAccount")
    let layout = ApplicationDocument(form: form, application: application)
    #expect(layout.printed("unit.nature") == "公益2类事业单位")
    #expect(layout.printed("unit.legalRep.mobile") == "13901762245")
    #expect(layout.printed("unit.bankAccount") == "98430154800012345")
    // What is not of the shape is printed as written, for the reader to see what is wrong.
    application.setValue("139 0176 22", at: "unit.legalRep.mobile")
    #expect(ApplicationDocument(form: form, application: application).printed("unit.legalRep.mobile") == "139 0176 22")
  }

  @Test func anAmountCarriesItsUnitUnlessAHeadingSaysIt() throws {
    let layout = ApplicationDocument(form: form, application: try ExampleCopy().application())
    let requested = FieldDefinition(id: "requested", label: "申请市财政经费", kind: .number, unit: "万元")
    #expect(layout.shown("150", of: requested, headings: [requested.label]) == "150万元")
    #expect(layout.shown("150万元", of: requested, headings: [requested.label]) == "150万元")
    #expect(layout.shown("50", of: requested, headings: ["金额（万元）"]) == "50")
    #expect(layout.shown("50", of: requested, headings: ["三、经费预算(万元)"]) == "50")
    #expect(layout.shown("约50", of: requested, headings: []) == "约50")
  }

  @Test func theRosterHeaderRepeatsAndHasARowPerMember() throws {
    let application = try ExampleCopy().application()
    let document = ApplicationDocument(form: form, application: application).document()
    let roster = try #require(tables(document.body).first { table in
      table.rows.first.map { paragraphs($0.cells.flatMap(\.blocks)).contains { $0.bookmarks == ["sb_members"] } } ?? false
    })
    #expect(roster.rows.prefix(2).allSatisfy { $0.isHeader })
    #expect(roster.rows.count == 2 + 6)
  }

  @Test func theTemplateLeavesValuesBlankAndShowsHints() throws {
    let layout = ApplicationDocument(form: form, application: nil)
    #expect(layout.printed("unit.name") == "")
    let all = paragraphs(layout.document().body)
    let texts = all.map(\.plainText)
    // A value cell's hint is a placeholder that typing replaces, not text of the cell.
    let nature = try #require(all.first { $0.bookmarks == ["sb_unit_nature"] })
    #expect(nature.placeholder == "（公益1类、2类、3类事业单位、科研机构、国有企业等）")
    #expect(nature.plainText.isEmpty)
    #expect(texts.contains("所提交的资料真实有效，并自愿承担相应责任。同意申报。"))
  }
}
