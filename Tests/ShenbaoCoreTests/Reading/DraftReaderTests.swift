import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
import Testing

@Suite("Reading drafts")
struct DraftReaderTests {
  @Test func keepsScalarsAsWritten() throws {
    let application = try DraftReader.parse("""
      unit:
        postcode: 020100
        idNumber: 310104197803150412
        nature: 公益2类事业单位
        bank:
        flag: yes
        quoted: "null"
        empty: null
      """)
    #expect(application.text(at: "unit.postcode") == "020100")
    #expect(application.text(at: "unit.idNumber") == "310104197803150412")
    #expect(application.text(at: "unit.bank") == "")
    #expect(application.text(at: "unit.flag") == "yes")
    #expect(application.text(at: "unit.quoted") == "null")
    #expect(application.text(at: "unit.empty") == "")
  }

  @Test func recordsTheLineOfEveryKey() throws {
    let application = try DraftReader.parse("""
      form: shanghai-ip-operations-2021
      cover:
        projectName: 项目

      members:
        - name: 甲
          idNumber: "1"
        - name: 乙
      """)
    let locations = try #require(application.source?.locations)
    #expect(locations["form"]?.line == 1)
    #expect(locations["cover.projectName"]?.line == 3)
    #expect(locations["members[0].idNumber"]?.line == 7)
    #expect(locations["members[1].name"]?.line == 8)
    #expect(application.source?.location(of: "members[1].idNumber")?.line == 8)
  }

  @Test func readsJSONWithLines() throws {
    let application = try DraftReader.parse("""
      {"form": "shanghai-ip-operations-2021",
       "unit": {"name": "上海某中心", "postcode": "200030"},
       "members": [{"name":"甲"}]}
      """)
    #expect(application.text(at: "unit.name") == "上海某中心")
    #expect(application.text(at: "members[0].name") == "甲")
    #expect(application.source?.locations["unit.postcode"]?.line == 2)
  }

  @Test func refusesDuplicateKeysWithTheirLine() {
    #expect(throws: DraftReadError.duplicateKey("name", location: SourceLocation(line: 2, column: 3))) {
      try DraftReader.parse("unit:\n  name: a\n  name: b\n")
    }
  }

  @Test func refusesWhatIsNotAMapping() {
    #expect(throws: DraftReadError.notAMapping(found: "list")) { try DraftReader.parse("- a\n- b\n") }
    #expect(throws: DraftReadError.notAMapping(found: "text")) { try DraftReader.parse("hello\n") }
    #expect(throws: DraftReadError.empty) { try DraftReader.parse("# only a comment\n") }
  }

  @Test func reportsMalformedYAMLWithItsPosition() throws {
    let error = try #require(throws: DraftReadError.self) {
      try DraftReader.parse("unit:\n  name: [a, b\n  bank: c\n")
    }
    guard case .malformed(_, let location) = error else {
      Issue.record("expected malformed, got \(error)")
      return
    }
    #expect(location != nil)
  }

  @Test func refusesAnAliasBomb() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
    }
    #expect(throws: DraftReadError.tooManyValues(limit: DraftReader.valueLimit)) {
      try DraftReader.parse(yaml)
    }
  }

  @Test func refusesNestingDeeperThanAnyDraft() throws {
    let limit = 256
    // One level fewer than the limit under `unit` (itself one level) composes.
    let deepest = "unit: " + String(repeating: "[", count: limit - 1) + String(repeating: "]", count: limit - 1) + "\n"
    #expect(throws: Never.self) { try DraftReader.parse(deepest) }
    for text in [
      "unit: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n",
      String(repeating: "{\"a\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000),
      (0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n",
    ] {
      let error = try #require(throws: DraftReadError.self) { try DraftReader.parse(text) }
      guard case .malformed(let problem, let location) = error else {
        Issue.record("expected malformed, got \(error)")
        continue
      }
      #expect(problem == YAMLSyntaxProblem(.tooDeep, detail: String(limit)))
      #expect(location != nil)
    }
  }

}
