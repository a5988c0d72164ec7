import Foundation
import ShenbaoCore
@testable import ShenbaoWord
import Testing

/// A call whose example is printed through LibreOffice: the built-in form or a fixture.
struct PrintedCall: CustomTestStringConvertible, Sendable {
  var fixture: FixtureForm?

  static let all = [PrintedCall(fixture: nil)] + FixtureForm.all.map { PrintedCall(fixture: $0) }

  var testDescription: String { fixture?.id ?? FormLibrary.defaultFormID }

  func workspace() throws -> Workspace { try fixture?.workspace() ?? Workspace() }
  func definition() throws -> FormDefinition { try fixture?.definition() ?? FormLibrary.defaultForm }
  func example() throws -> Application {
    try DraftReader.read((fixture?.exampleFolder ?? Repository.exampleFolder).appendingPathComponent("draft.yaml"))
  }
}

/// One page as poppler lays it out (`Tests/Interop/pdf_lines.py`).
struct PrintedPage: Decodable {
  var landscape: Bool
  var lines: [String]

  /// The pages of the PDF at `url`.
  static func read(_ url: URL) throws -> [PrintedPage] {
    let script = Repository.root.appendingPathComponent("Tests/Interop/pdf_lines.py").path
    let run = try CLI.tool("python3", [script, url.path])
    try #require(run.status == 0, "\(run.stdout)")
    return try JSONDecoder().decode([PrintedPage].self, from: Data(run.stdout.utf8))
  }
}

/// What the printed 申报书 looks like on paper, read back from the PDF LibreOffice makes of it.
@Suite("The printed form", .serialized)
struct PrintedPageTests {
  /// Kinds whose values have a fixed shape, which a reader must see unbroken.
  static let fixedKinds: Set<FieldKind> = [.idNumber, .creditCode, .mobile, .landline, .email, .postcode,
    .bankAccount, .date, .number]

  func printedPages(_ call: PrintedCall, in workspace: Workspace) throws -> [PrintedPage] {
    let run = try runWithFixtureForms(["render", "draft.yaml", "-o", "申报书.pdf"], in: workspace.folder)
    try #require(run.status == 0, "\(run.stderr)")
    return try PrintedPage.read(workspace.url("申报书.pdf"))
  }

  @Test(arguments: PrintedCall.all)
  func everyFixedShapeValueIsPrintedOnOneLine(_ call: PrintedCall) throws {
    let workspace = try call.workspace()
    let pages = try printedPages(call, in: workspace)
    let lines = pages.flatMap(\.lines).map { $0.filter { !$0.isWhitespace } }
    let running = lines.joined()
    let form = try call.definition()
    let application = try call.example()
    let document = ApplicationDocument(form: form, application: application)
    var checked = 0
    for path in form.allFieldPaths(in: application) where !path.description.hasPrefix("attachments") {
      guard let field = form.field(at: path.definitionPath), Self.fixedKinds.contains(field.kind),
        application.text(at: path)?.isEmpty == false
      else { continue }
      // A number is looked for without its unit, which a heading may carry instead.
      var value = document.printed(path).filter { !$0.isWhitespace }
      if field.kind == .number, let unit = field.unit, value.hasSuffix(unit) { value.removeLast(unit.count) }
      let whole = lines.reduce(0) { $0 + $1.occurrences(of: value) }
      #expect(whole > 0, "\(path): \(value) is not printed on one line")
      // Where a value also appears only across a line break, one of its printings was broken.
      if value.count >= 5 {
        #expect(running.occurrences(of: value) == whole, "\(path): \(value) is broken across lines")
      }
      checked += 1
    }
    #expect(checked >= 20, "only \(checked) values checked")
  }

  @Test func aRosterTooWideForPortraitIsPrintedOnALandscapePage() throws {
    let call = PrintedCall(fixture: .otherShape)
    let workspace = try call.workspace()
    let pages = try printedPages(call, in: workspace)
    let turned = pages.filter(\.landscape)
    #expect(turned.count == 1)
    #expect(turned.first?.lines.contains("项目组成员") == true, "\(turned.map(\.lines))")
    // Its headings are printed whole, one line each.
    for heading in ["性别", "身份证号码", "工作单位", "投入月数"] {
      #expect(turned.first?.lines.contains(heading) == true, "\(heading): \(turned.map(\.lines))")
    }
    // The pages go on being numbered after it, on portrait pages again.
    #expect(pages.last?.landscape == false)
    #expect(pages.last?.lines.last == "-\(pages.count)-", "\(pages.last?.lines ?? [])")
  }

  @Test func partsFollowOnWithoutForcedPageBreaks() throws {
    let call = PrintedCall(fixture: .otherShape)
    let workspace = try call.workspace()
    let pages = try printedPages(call, in: workspace)
    // 申报单位情况 and 项目基本情况 share a page, as 经费预算 and the project leader do.
    #expect(pages.contains { $0.lines.contains("一、申报单位情况") && $0.lines.contains("二、项目基本情况") },
      "\(pages.map(\.lines))")
    #expect(pages.contains { $0.lines.contains("三、经费预算（万元）") && $0.lines.contains("四、项目组成员及合作单位") })
  }

  @Test func anAmountCarriesItsUnitOnceWhereTheHeadingDoesNotSayIt() throws {
    let call = PrintedCall(fixture: .otherShape)
    let workspace = try call.workspace()
    let lines = try printedPages(call, in: workspace).flatMap(\.lines)
    // The budget's title says （万元）: its amounts are bare numbers.
    #expect(!lines.contains { $0.contains("万元") && !$0.contains("（万元）") }, "\(lines)")
    #expect(lines.contains("30.5"))
  }
}

extension String {
  /// How many times `text` occurs in the string, without overlaps.
  func occurrences(of text: String) -> Int {
    guard !text.isEmpty else { return 0 }
    return components(separatedBy: text).count - 1
  }
}
