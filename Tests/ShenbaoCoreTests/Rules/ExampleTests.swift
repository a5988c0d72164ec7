import ShenbaoCore
import ShenbaoFixtures
import Testing

@Suite("The bundled example")
struct ExampleTests {
  @Test func passesEveryRule() throws {
    let copy = try ExampleCopy()
    let report = Validator(today: testToday).validate(try copy.application())
    #expect(report.findings.isEmpty, "\(codes(report.findings))")
    #expect(report.completeness.filled == report.completeness.total)
  }

  @Test func isRealistic() throws {
    let application = try ExampleCopy().application()
    #expect((application.value(at: "members")?.items?.count ?? 0) >= 5)
    for path: FieldPath in ["capability", "plan"] {
      #expect(CharacterCount(application.text(at: path) ?? "").strict >= 400)
    }
  }
}
