import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
@testable import ShenbaoWord
import Testing

/// A small deterministic random generator (SplitMix64), so generated drafts are the same on
/// every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("Render, then extract")
struct FormRoundTripTests {
  let form = FormLibrary.defaultForm

  /// The values `extract` gives back for `application` after `render`.
  func roundTrip(_ application: Application) throws -> DraftRecord {
    let data = try DocumentOutput.filledForm(application, form: form)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).docx")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try DocxDraftReader(attachmentsFolder: nil).read(url).values
  }

  func normalised(_ values: DraftRecord) -> DraftValue {
    Application(values: values).comparableValues(form: form)
  }

  @Test func theExampleComesBackAsItWent() throws {
    let application = try ExampleCopy().application()
    #expect(normalised(try roundTrip(application)) == normalised(application.values))
  }

  @Test(arguments: 0..<40)
  func generatedDraftsComeBack(seed: Int) throws {
    var random = SeededGenerator(state: UInt64(seed) &* 7919 &+ 17)
    let application = try generated(&random)
    let back = try roundTrip(application)
    #expect(normalised(back) == normalised(application.values), "seed \(seed)")
  }

  /// A valid draft with random values: awkward characters, many lines, few or many members,
  /// a 公益1类 unit without bank details, targets declared or not, both date formats.
  func generated(_ random: inout SeededGenerator) throws -> Application {
    var application = try ExampleCopy().application()
    let pieces = ["知识产权", "运营", "<b>&amp;</b>", "“引号”", "A&B", "𠀀", "👍", "ｆｕｌｌ", "tab\there",
      "100%", "（括号）", "——", "一、", "Ⅳ", "#1", "- dash", "无"]
    func text(_ count: Int, lines: Int = 1) -> String {
      (0..<lines).map { _ in (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined() }
        .joined(separator: "\n")
    }
    application.setValue(.text(text(4)), at: "cover.projectName")
    application.setValue(.text(text(6)), at: "unit.businessScope")
    application.setValue(.text(text(8, lines: Int.random(in: 1...6, using: &random))), at: "capability")
    application.setValue(.text(text(8, lines: Int.random(in: 1...6, using: &random))), at: "plan")
    if Bool.random(using: &random) {
      application.setValue("公益1类事业单位", at: "unit.nature")
      application.setValue("", at: "unit.bank")
      application.setValue("", at: "unit.bankAccount")
    }
    if Bool.random(using: &random) { application.setValue(nil, at: "targets") }
    if Bool.random(using: &random) { application.setValue("2021年6月1日", at: "cover.date") }
    if Bool.random(using: &random) { application.setValue("", at: "opinions.recommender.date") }
    let count = Int.random(in: 1...12, using: &random)
    var members: [DraftValue] = []
    for index in 0..<count {
      let id = index == 0 ? "310104197803150412"
        : idNumber("3101" + String(format: "%02d", index) + "19\(Int.random(in: 60...99, using: &random))0101\(Int.random(in: 100...999, using: &random))")
      members.append(.record([
        "name": .text(index == 0 ? "陈立华" : "成员\(index)"), "idNumber": .text(id),
        "department": .text(text(2)), "titleOrRank": .text(text(1)), "education": "硕士研究生",
        "specialty": .text(text(1)), "task": .text(text(3)),
      ]))
    }
    application.setValue(.list(members), at: "members")
    return application
  }
}
