import Foundation
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
import Testing

@Suite("The built-in form")
struct FormLibraryTests {
  let form = FormLibrary.defaultForm

  @Test func isBuiltInAndReadsFromItsFolderTheSame() throws {
    #expect(FormLibrary.builtIn.map(\.id) == ["shanghai-ip-operations-2021"])
    let url = Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml")
    #expect(try FormLibrary.load(url).sections == form.sections)
  }

  @Test func modelsEveryPartOfTheSeedForm() {
    #expect(form.sections.map(\.title) == [
      "封面", "一、申报单位基本信息", "二、申报单位承担项目能力基本情况", "三、项目实施方案和绩效目标",
      "四、项目组成员信息", "五、单位意见", "附件材料",
    ])
    #expect(form.instructions.count == 5)
    #expect(form.field(at: "unit.legalRep.idNumber")?.kind == .idNumber)
    #expect(form.field(at: "members.task")?.label == "承担任务")
    #expect(form.field(at: "capability")?.maxCharacters == 1000)
    #expect(form.field(at: "plan")?.maxCharacters == 1000)
    #expect(form.field(at: "cover.projectNumber")?.presence == .leaveBlank)
    #expect(form.field(at: "unit.bank")?.notNeededWhen
      == FieldCondition(field: FieldReference(path: "unit.nature"), test: .equals("公益1类事业单位")))
    #expect(form.leafFieldCount == 58)
  }

  @Test func holdsTheGuidesMinimums() {
    let minimums = Dictionary(uniqueKeysWithValues: (form.field(at: "targets")?.fields ?? [])
      .map { ($0.id, $0.target?.minimum ?? -1) })
    #expect(minimums == [
      "keyUnits": 50, "supplyItems": 2000, "demandItems": 500, "licensingGrowthPercent": 20,
      "smeGrowthPercent": 20, "satisfactionPercent": 90,
    ])
  }

  @Test func listsTheAttachmentCategoriesOfTheContract() {
    #expect(form.attachments.categories.map(\.id) == [
      "businessLicense", "certificates", "teamCertificates", "projectRecords", "other",
      "capabilityDetail", "planDetail",
    ])
    #expect(form.attachments.categories.filter(\.required).map(\.id)
      == ["businessLicense", "teamCertificates"])
  }

  @Test(arguments: [
    ("上海市科学技术委员会", "市科委"), ("市科委", "市科委"), ("科委", "市科委"), ("上海市科委", "市科委"),
    ("上海市经济和信息化委员会", "市经济信息化委"), ("市经信委", "市经济信息化委"),
    ("上海市教育委员会", "市教委"), ("市 教 委", "市教委"), ("上海航天技术研究院", "航天八院"),
    ("中国科学院上海分院", "中科院上海分院"), ("上海市知识产权局", "市知识产权局"),
    ("上海市卫生健康委员会", "市卫健委"), ("上海市国有资产监督管理委员会", "市国资委"),
    ("上海市商务委员会", "市商务委"),
  ])
  func matchesRecommendersInTheirCommonForms(_ written: String, _ canonical: String) {
    #expect(form.recommenders.matching(written)?.name == canonical)
  }

  @Test func refusesDepartmentsTheGuideDoesNotName() {
    for written in ["上海市发展和改革委员会", "市发改委", "浦东新区科委", "", "市"] {
      #expect(form.recommenders.matching(written) == nil, "\(written)")
    }
  }

  @Test func refusesABrokenDefinitionFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).yaml")
    defer { try? FileManager.default.removeItem(at: url) }
    var text = try String(
      contentsOf: Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml"),
      encoding: .utf8)
    text = text.replacingOccurrences(of: "field: unit.nature", with: "field: unit.natur")
    try text.write(to: url, atomically: true, encoding: .utf8)
    let error = try #require(throws: FormError.self) { try FormLibrary.load(url) }
    guard case .invalid(_, let problem) = error else {
      Issue.record("expected invalid, got \(error)")
      return
    }
    #expect(problem.reason == .unresolved("unit.bank.notNeededWhen", path: "unit.natur", suggestion: "unit.nature"))
    #expect(FormError.invalid(url, problem).line(.zh).hasPrefix("\(url.path):\(problem.location?.line ?? 0):"))
  }

  @Test func loadsADefinitionFileFromDisk() throws {
    let url = Repository.root.appendingPathComponent("forms/shanghai-ip-operations-2021/form.yaml")
    let resolver = FormResolver.builtInOnly
    #expect(try resolver.resolve(url.path).sections == form.sections)
    #expect(try resolver.resolve(form.id).source.file == nil)
    #expect(throws: FormError.self) { try resolver.resolve("no-such-form") }
  }
}
