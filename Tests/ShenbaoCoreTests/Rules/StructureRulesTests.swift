import ShenbaoFixtures
import Testing

@Suite("Rules on the draft's shape")
struct StructureRulesTests {
  @Test func unknownFieldSuggestsTheNearestKey() throws {
    let found = try findingsForExample([("unit.bankk", "x"), ("cover.申报日期", "2021-05-20"),
      ("extra", "x"), ("members[1].nmae", "x")])
      .filter { $0.code == "unknown-field" }
    // A key outside every part comes first; the others in form order.
    #expect(codes(found) == ["unknown-field extra", "unknown-field cover.申报日期",
      "unknown-field unit.bankk", "unknown-field members[1].nmae"])
    #expect(found[1].message.contains("“date”"))
    #expect(found[2].message.contains("“bank”"))
    #expect(found[3].message.contains("“name”"))
    #expect(!found[0].message.contains("是否应为"))
  }

  @Test func badTypeNamesTheShapeExpected() throws {
    #expect(try pairs("bad-type", after: [
      ("unit.name", .list(["a"])), ("leader", "陈立华"), ("members", .record(["name": "x"])),
    ]) == ["bad-type unit.name", "bad-type leader", "bad-type members"])
    #expect(try pairs("bad-type", after: [("members[2]", "张三")]) == ["bad-type members[2]"])
    #expect(try pairs("bad-type", after: []) == [])
  }

  @Test func formMissingAndMismatch() throws {
    #expect(try pairs("form-missing", after: [("form", nil)]) == ["form-missing form"])
    #expect(try pairs("form-missing", after: []) == [])
    #expect(try pairs("form-mismatch", after: [("form", "another-form")]) == ["form-mismatch form"])
    #expect(try pairs("form-mismatch", after: []) == [])
  }
}
