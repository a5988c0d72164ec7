import ShenbaoFixtures
import Testing

@Suite("The guide's performance targets")
struct TargetRulesTests {
  @Test func belowMinimumIsAnError() throws {
    let found = try findingsForExample([("targets.keyUnits", "49"),
      ("targets.satisfactionPercent", "89.5%"), ("targets.supplyItems", "2000")])
      .filter { $0.code == "target-below-minimum" }
    #expect(codes(found) == ["target-below-minimum targets.keyUnits",
      "target-below-minimum targets.satisfactionPercent"])
    #expect(found[0].expected == "≥ 50家")
    #expect(found[1].found == "89.5%")
  }

  @Test func missingTargetsWarn() throws {
    #expect(try pairs("target-missing", after: [("targets", nil)]) == ["target-missing targets"])
    #expect(try pairs("target-missing", after: [("targets.demandItems", nil)])
      == ["target-missing targets.demandItems"])
    #expect(try pairs("target-missing", after: []) == [])
  }
}
