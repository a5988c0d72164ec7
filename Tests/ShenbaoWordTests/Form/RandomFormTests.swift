import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
@testable import ShenbaoWord
import Testing

/// Random well-formed forms, written as a form author writes them (YAML), and random drafts of
/// them: what the property test renders, reads back and validates.
struct RandomForm {
  var random: SeededGenerator
  var yaml = ""
  var draft = ""
  private var counter = 0

  init(seed: UInt64) {
    random = SeededGenerator(state: seed)
  }

  private mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &random)] }
  private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
  private mutating func id(_ stem: String) -> String {
    counter += 1
    return "\(stem)\(counter)"
  }

  /// Words a person might write: Chinese, Latin letters, digits, full- and half-width
  /// punctuation, and the characters XML and YAML treat specially.
  private mutating func text(maxWords: Int = 4) -> String {
    let words = ["项目", "上海", "知识产权", "运营", "A&B", "<研究>", "“引号”", "x:y", "50%", "#1", "（全角）",
      "(half)", "技术转移", "O'Neil", "\\路径", "中心", "2026年", "—", "·", "emoji😀"]
    return (0..<Int.random(in: 1...maxWords, using: &random)).map { _ in pick(words) }.joined()
  }

  private mutating func idNumber() -> String {
    let body = "3101" + String(format: "%02d", Int.random(in: 1...15, using: &random))
      + String(Int.random(in: 1960...2000, using: &random))
      + String(format: "%02d%02d", Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
      + String(format: "%03d", Int.random(in: 0...999, using: &random))
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(body, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
    return body + String(Array("10X98765432")[sum % 11])
  }

  private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\n", with: "\\n") + "\""
  }

  /// The kinds of leaf the forms use; `longText` is a multiline text.
  static let kinds = ["text", "text", "longText", "number", "date", "choice", "idNumber", "mobile", "email", "postcode"]

  /// A leaf field's definition lines, at `indent`, and its id and kind.
  private mutating func leaf(_ indent: String, key: String) -> (definition: String, id: String, kind: String) {
    let kind = pick(Self.kinds)
    let fieldID = id(key)
    var lines = ["\(indent)- id: \(fieldID)", "\(indent)  label: \(quoted(text(maxWords: 2)))"]
    switch kind {
    case "longText": lines += ["\(indent)  kind: text", "\(indent)  multiline: true"]
    case "number":
      lines += ["\(indent)  kind: number", "\(indent)  minimum: 0", "\(indent)  maximum: 1000"]
      if chance(50) { lines.append("\(indent)  unit: 万元") }
    case "choice":
      lines += ["\(indent)  kind: choice", "\(indent)  options:"] + ["甲", "乙", "丙类单位"].map { "\(indent)    - value: \($0)" }
    default: lines += ["\(indent)  kind: \(kind)"]
    }
    if chance(30) { lines.append("\(indent)  hint: \(quoted(text(maxWords: 3)))") }
    return (lines.joined(separator: "\n"), fieldID, kind)
  }

  /// A value a person would write in a field of `kind`, as a quoted YAML scalar.
  private mutating func value(_ kind: String) -> String {
    let value = switch kind {
    case "longText": (0..<Int.random(in: 1...3, using: &random)).map { _ in text(maxWords: 6) }.joined(separator: "\n")
    case "number": String(Int.random(in: 0...1000, using: &random))
    case "date": String(format: "2026-%02d-%02d", Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
    case "choice": pick(["甲", "乙", "丙类单位"])
    case "idNumber": idNumber()
    case "mobile": "13" + String(format: "%09d", Int.random(in: 0...999_999_999, using: &random))
    case "email": "user\(Int.random(in: 1...99, using: &random))@example.cn"
    case "postcode": String(Int.random(in: 200_000...209_999, using: &random))
    default: text()
    }
    return quoted(value)
  }

  /// A random form and a draft of it.
  mutating func make(index: UInt64) -> (form: String, draft: String) {
    var sections: [String] = []
    var values = ["form: random-\(index)"]
    for sectionIndex in 0..<Int.random(in: 1...4, using: &random) {
      var fields: [String] = []
      // Half the sections declare a layout; the others are laid out from their fields' kinds.
      let declared = chance(50)
      var layout: [String] = []
      var gridRows: [String] = []
      func flushGrid() {
        if !gridRows.isEmpty { layout.append("      - grid:\n" + gridRows.map { "          - \($0)" }.joined(separator: "\n")) }
        gridRows = []
      }
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        switch pick(["leaf", "leaf", "group", "list"]) {
        case "group":
          let groupID = id("group")
          var children: [String] = []
          var childIDs: [String] = []
          values.append("\(groupID):")
          for _ in 0..<Int.random(in: 1...4, using: &random) {
            let child = leaf("          ", key: "part")
            children.append(child.definition)
            childIDs.append(child.id)
            values.append("  \(child.id): \(value(child.kind))")
          }
          if chance(50) {
            flushGrid()
            // A person table: the fields two to a row, the last with the signature or a span.
            let rows = stride(from: 0, to: childIDs.count, by: 2).map { start in
              "[" + childIDs[start..<min(start + 2, childIDs.count)].joined(separator: ", ") + "]"
            }
            layout.append("      - person:\n          group: \(groupID)\n          rows: [\(rows.joined(separator: ", "))]")
          } else {
            gridRows += childIDs.map { "\(groupID).\($0)" }
          }
          fields.append("      - id: \(groupID)\n        label: \(quoted(text(maxWords: 2)))\n        kind: group\n        fields:\n"
            + children.joined(separator: "\n"))
        case "list":
          let listID = id("list")
          let columns = (0..<Int.random(in: 1...9, using: &random)).map { _ in leaf("          ", key: "column") }
          let rows = Int.random(in: 0...3, using: &random)
          fields.append("      - id: \(listID)\n        label: \(quoted(text(maxWords: 2)))\n        kind: list\n"
            + (rows == 0 ? "        presence: optional\n" : "") + "        fields:\n"
            + columns.map { $0.definition }.joined(separator: "\n"))
          flushGrid()
          layout.append("      - roster: { list: \(listID), wide: [\(chance(50) ? columns[0].id : "")] }")
          values.append(rows == 0 ? "\(listID): []" : "\(listID):")
          for _ in 0..<rows {
            for (index, column) in columns.enumerated() {
              values.append((index == 0 ? "  - " : "    ") + "\(column.id): \(value(column.kind))")
            }
          }
        default:
          let field = leaf("      ", key: "field")
          fields.append(field.definition)
          values.append("\(field.id): \(value(field.kind))")
          if field.kind == "longText" {
            flushGrid()
            layout.append("      - box: { field: \(field.id), labelled: \(chance(50)) }")
          } else {
            gridRows.append(field.id)
          }
        }
      }
      flushGrid()
      sections.append("  - id: section\(sectionIndex)\n    title: \(quoted("第\(sectionIndex + 1)部分 " + text(maxWords: 2)))\n"
        + (declared ? "    layout:\n" + layout.joined(separator: "\n") + "\n" : "")
        + "    fields:\n" + fields.joined(separator: "\n"))
    }
    let form = """
      id: random-\(index)
      title: 随机表单
      guide: 随机申报指南
      year: 2026
      printing: { paper: A4, sides: 双面打印, binding: 左侧装订, copies: 1, finishing: 盖章 }
      wording:
        instructionsTitle: 填报说明
        labelSuffix: ：
        serialNumber: 序号
        seal: 盖章
        blankDate: 年 月 日
        none: 无
        attachmentsTitle: 附件
        attachmentColumns: [序号, 类别, 名称]
        pageNumber: "{page}"
      bundle: { folder: 申报, document: a.docx, draft: a.yaml, reportText: r.txt, reportJSON: r.json, checklist: c.txt, attachments: 附件 }
      attachments: { allowedTypes: [pdf], maxFileBytes: 1000000 }
      sections:

      """ + sections.joined(separator: "\n") + "\n"
    return (form, values.joined(separator: "\n") + "\n")
  }
}

/// The property behind "any call is a folder of data": for any well-formed form and draft,
/// rendering, reading back and validating never crash, and the Word form gives back the draft.
@Suite("Random forms")
struct RandomFormTests {
  @Test(arguments: 0..<150)
  func renderExtractAndValidateAgree(_ seed: Int) throws {
    var generator = RandomForm(seed: UInt64(seed) &* 7919 &+ 17)
    let (text, draftText) = generator.make(index: UInt64(seed))
    let form: FormDefinition
    do {
      form = try FormDefinition.read(text, file: nil)
    } catch {
      Issue.record("seed \(seed): the form does not load: \(error.message(.en))\n\(text)")
      return
    }
    let application = try DraftReader.parse(draftText)
    let report = Validator(form: form, today: testToday).validate(application, named: "random.yaml")
    #expect(!report.findings.contains { $0.code == "unknown-field" }, "seed \(seed): \(report.findings)")

    let document = ApplicationDocument(form: form, application: application).document()
    // A table is as wide as the page of its section at most: the one a later paragraph ends.
    var pages: [PageLayout] = []
    var page = document.page
    for block in document.body.reversed() {
      if case .paragraph(let paragraph) = block, let ended = paragraph.endsSection { page = ended }
      pages.append(page)
    }
    for (block, page) in zip(document.body, pages.reversed()) {
      guard case .table(let table) = block else { continue }
      #expect(table.width <= page.textWidth, "seed \(seed)")
      for row in table.rows { #expect(row.cells.reduce(0) { $0 + $1.span } == table.columns.count, "seed \(seed)") }
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("random-form-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("a.docx")
    try DocxWriter.write(document).write(to: url)
    let back = try DocxDraftReader(forms: FormChoice(chosen: form, resolver: .builtInOnly)).read(url)
    #expect(back.comparableValues(form: form) == application.comparableValues(form: form),
      "seed \(seed)\n\(text)\n\(draftText)")
    #expect(back.source?.notes.isEmpty ?? true, "seed \(seed): \(back.source?.notes ?? [])")
    _ = Validator(form: form, today: testToday).validate(back, named: "a.docx")

    // The blank template of the form reads as an empty draft, without a crash.
    let template = folder.appendingPathComponent("t.docx")
    try DocxWriter.write(ApplicationDocument(form: form, application: nil).document()).write(to: template)
    _ = try DocxDraftReader(forms: FormChoice(chosen: form, resolver: .builtInOnly)).read(template)
  }
}
