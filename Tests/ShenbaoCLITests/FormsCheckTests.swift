import Foundation
import ShenbaoSupport
import Testing

/// A form definition spoilt one way, and what `forms check` must say about it.
struct SpoiltForm: CustomTestStringConvertible, Sendable {
  var name: String
  /// The text replaced, and what replaces it (the first occurrence only).
  var find: String
  var replace: String
  /// Words the message must hold.
  var words: [String]
  /// Whether the message must name the line of the replacement.
  var pointsAtTheEdit = true

  var testDescription: String { name }
}

/// `shenbao forms check` and every load of a form: a definition that is not of the vocabulary,
/// or refers to what the form lacks, is refused with `file:line:column: message` and exit 2.
@Suite("Checking form definitions")
struct FormsCheckTests {
  static let source = FixtureForm.otherShape.definitionFile

  static let spoilt: [SpoiltForm] = [
    SpoiltForm(name: "misspelt key", find: "maxCharacters: 300", replace: "maxCharacter: 300",
      words: ["maxCharacter", "maxCharacters"]),
    SpoiltForm(name: "unknown kind", find: "kind: postcode", replace: "kind: zipcode",
      words: ["org.postcode.kind", "zipcode", "postcode"]),
    SpoiltForm(name: "kind in the wrong case", find: "kind: creditCode", replace: "kind: creditcode",
      words: ["org.creditCode.kind", "creditcode", "是否应为“creditCode”"]),
    SpoiltForm(name: "bound on text", find: "            label: 学科代码\n",
      replace: "            label: 学科代码\n            maximum: 5\n", words: ["project.subjectCode.maximum", "text"]),
    SpoiltForm(name: "reversed bounds", find: "            maximum: 36", replace: "            maximum: 0.5",
      words: ["members.months.maximum", "minimum"]),
    SpoiltForm(name: "unusable pattern", find: #"regex: '\d{3}(\.\d{2})?'"#, replace: #"regex: '\d{3'"#,
      words: ["project.subjectCode.pattern.regex"]),
    SpoiltForm(name: "duplicate field", find: "          - id: end\n", replace: "          - id: start\n",
      words: ["start"]),
    SpoiltForm(name: "one key in two sections", find: "      - id: opinion\n        label: 申报单位意见",
      replace: "      - id: cover\n        label: 申报单位意见", words: ["cover"]),
    SpoiltForm(name: "sum of a missing field", find: "total: costs.total }", replace: "total: costs.totl }",
      words: ["relations[1].sum.total", "costs.totl", "costs.total"]),
    SpoiltForm(name: "comparison of text", find: "compare: { left: project.end,", replace: "compare: { left: project.subjectCode,",
      words: ["relations[5].compare.left", "project.subjectCode", "text"]),
    SpoiltForm(name: "membership by a missing key", find: "keys: [idNumber] }", replace: "keys: [passport] }",
      words: ["passport"]),
    SpoiltForm(name: "condition on a missing field", find: "requiredWhen: { field: project.hasPartners",
      replace: "requiredWhen: { field: project.hasPartner", words: ["project.cooperation.requiredWhen", "project.hasPartner"]),
    SpoiltForm(name: "role of the wrong kind", find: "  roster: members", replace: "  roster: leader",
      words: ["roles.roster", "leader", "list"]),
    SpoiltForm(name: "layout of a missing field", find: "          - project.start\n", replace: "          - project.strt\n",
      words: ["project.strt"]),
    SpoiltForm(name: "a field left out of the layout", find: "          - project.cooperation\n", replace: "",
      words: ["project.cooperation", "layout"], pointsAtTheEdit: false),
    SpoiltForm(name: "a field laid out twice", find: "          - project.end\n",
      replace: "          - project.end\n          - project.start\n", words: ["project.start"]),
    SpoiltForm(name: "unknown layout block", find: "      - box: { field: project.summary", replace: "      - boxx: { field: project.summary",
      words: ["boxx", "box"]),
    SpoiltForm(name: "anchor too long for Word", find: "          - id: cooperation\n",
      replace: "          - id: cooperationWithPartnersAndOtherBodies\n", words: ["40"]),
    SpoiltForm(name: "not YAML", find: "instructions:\n", replace: "instructions: [\n", words: ["YAML"]),
    SpoiltForm(name: "tab indentation", find: "  - number: 1\n", replace: "\t- number: 1\n", words: ["YAML"]),
    SpoiltForm(name: "alias as a key", find: "year: 2026\n", replace: "year: 2026\nx: &a [1]\n*a : 1\n", words: ["键"]),
    SpoiltForm(name: "alias bomb", find: "year: 2026\n",
      replace: "year: 2026\nbomb: " + Self.bomb + "\n", words: ["200000"], pointsAtTheEdit: false),
    SpoiltForm(name: "a relation said twice", find: "  - code: funding-sum\n",
      replace: "  - code: budget-sum-again\n    sum: { items: [costs.equipment, costs.materials, costs.personnel, "
        + "costs.travel, costs.other], total: costs.total }\n  - code: funding-sum\n",
      words: ["relations[2]", "budget-sum-again", "relations[1]", "budget-sum", "完全相同"]),
    SpoiltForm(name: "ten thousand copies of one relation", find: "relations:\n",
      replace: "relations:\n" + (1...10_000).map { "  - { code: same-\($0), unique: { list: members, key: idNumber } }\n" }
        .joined(), words: ["relations", "500"], pointsAtTheEdit: false),
  ]

  /// Ten levels of ten aliases: ten billion values once expanded.
  static var bomb: String {
    var text = "&a0 [x, x, x, x, x, x, x, x, x, x]"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      text = "[" + text + ", " + Array(repeating: previous, count: 9).joined(separator: ", ") + "]"
      text = "&a\(level) " + text
    }
    return "[" + text + "]"
  }

  @Test(arguments: spoilt)
  func aSpoiltDefinitionIsRefusedAtItsLine(_ spoilt: SpoiltForm) throws {
    let workspace = try Workspace(withExample: false)
    var text = try String(contentsOf: Self.source, encoding: .utf8)
    let range = try #require(text.range(of: spoilt.find), "the fixture holds \(spoilt.find)")
    let line = text[..<range.lowerBound].count(where: { $0 == "\n" }) + 1
    text.replaceSubrange(range, with: spoilt.replace)
    let file = workspace.url("form.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try CLI.run(["forms", "check", "form.yaml"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.count == 1, "\(run.stderr)")
    let message = run.stderr
    if spoilt.pointsAtTheEdit {
      let named = message.hasPrefix("\(file.path):\(line):") || message.hasPrefix("\(file.path):\(line + 1):")
        || message.hasPrefix("\(file.path):\(line + 2):")
      #expect(named, "line \(line): \(message)")
    } else {
      #expect(message.hasPrefix("\(file.path):"), "\(message)")
    }
    for word in spoilt.words {
      #expect(message.contains(word), "\(word): \(message)")
    }
    // Every command that loads it says the same, and stops.
    let validate = try CLI.run(["validate", "--form", "form.yaml", "x.yaml"], in: workspace.folder)
    #expect(validate.status == 2)
    #expect(validate.stderrLines == run.stderrLines)
  }

  @Test func theBuiltInAndFixtureFormsPass() throws {
    let files = [Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml")]
      + FixtureForm.all.map(\.definitionFile)
    let run = try CLI.run(["forms", "check"] + files.map(\.path))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutLines.count == 3)
    // And the JSON schema of the vocabulary accepts each one.
    for file in files {
      let check = try CLI.tool("check-jsonschema", ["--schemafile",
        Repository.root.appendingPathComponent("schemas/form.schema.json").path, file.path])
      #expect(check.status == 0, "\(file.lastPathComponent): \(check.stdout)")
    }
  }

  @Test func theSearchPathListsEachFormWithItsOriginAndRefusesABrokenOne() throws {
    let workspace = try Workspace(withExample: false)
    let run = try runWithFixtureForms(["forms", "--format", "json"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let listed = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(listed.compactMap { $0["id"] as? String }
      == ["shanghai-ip-operations-2021", "shanghai-ip-operations-2022", "shanghai-soft-science-2026"])
    #expect(listed[0]["file"] == nil && listed[0]["isDefault"] as? Bool == true)
    #expect((listed[1]["file"] as? String)?.hasSuffix("Tests/Forms/shanghai-ip-operations-2022/form.yaml") == true)

    // A form folder whose definition is broken, or names another id, on the search path.
    let broken = workspace.url("forms/broken-call")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try "id: broken-call\ntitle: [\n".write(to: broken.appendingPathComponent("form.yaml"), atomically: true, encoding: .utf8)
    let listing = try CLI.run(["forms"], in: workspace.folder)
    #expect(listing.status == 2)
    #expect(listing.stdout.contains("forms/broken-call/form.yaml:3:1: "), "\(listing.stdout)")
    // batch refuses up front, in one line, before reading any application.
    let batch = try CLI.run(["batch", ".", "-o", "out"], in: workspace.folder)
    #expect(batch.status == 2)
    #expect(batch.stderrLines.count == 1, "\(batch.stderr)")
    #expect(batch.stderr.contains("broken-call/form.yaml:3:1"), "\(batch.stderr)")
    #expect(!FileManager.default.fileExists(atPath: workspace.url("out").path))

    try FileManager.default.moveItem(at: broken, to: workspace.url("forms/other-name"))
    let renamed = try CLI.run(["forms", "check", "forms/other-name"], in: workspace.folder)
    #expect(renamed.status == 2)
    // A good definition in a folder named other than its id is not taken for that id.
    try FileManager.default.removeItem(at: workspace.url("forms/other-name/form.yaml"))
    try FileManager.default.copyItem(at: Self.source, to: workspace.url("forms/other-name/form.yaml"))
    let misplaced = try CLI.run(["validate", "--form", "other-name", "x.yaml"], in: workspace.folder)
    #expect(misplaced.status == 2)
    #expect(misplaced.stderrLines.count == 1)
    #expect(misplaced.stderr.contains("forms/other-name/form.yaml"), "\(misplaced.stderr)")
  }
}
