import Foundation
import ShenbaoCore
@testable import ShenbaoDesk
import ShenbaoFixtures
import ShenbaoSupport
import Synchronization
import Testing

@Suite("Batches and summaries")
struct BatchTests {
  let form = FormLibrary.defaultForm

  @Test func findsDraftsAndFormsButNotAttachmentsLockFilesOrLinkedFolders() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    for path in ["a/draft.yaml", "a/附件/x.json", "b/申报书.docx", "b/申报书-附件/01-营业执照或法人证书/x.docx",
      "b/~$申报书.docx", ".hidden/c.yaml", "c.json", "d/notes.txt", "out/old.yaml"]
    {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data().write(to: url)
    }
    try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("a/loop"),
      withDestinationURL: folder)
    let found = ApplicationFinder.applications(in: folder, form: form,
      skipping: folder.appendingPathComponent("out"))
    #expect(found == ["a/draft.yaml", "b/申报书.docx", "c.json"])
  }

  @Test func crossChecksFindSharedPeopleFilesAndCodes() throws {
    var one = Application(values: [:])
    one.setValue("上海甲中心", at: "unit.name")
    one.setValue("12310104425077310B", at: "unit.creditCode")
    one.setValue(.list([.record(["name": "陈立华", "idNumber": "310104197803150412"])]), at: "members")
    var two = one
    two.setValue("上海乙中心", at: "unit.name")
    var three = one
    three.setValue("上海丙中心", at: "unit.name")
    three.setValue("91310000132201453B", at: "unit.creditCode")
    three.setValue(.list([.record(["name": "王静怡", "idNumber": "310110198507220625"])]), at: "members")
    let inputs = [
      CrossCheckInput(file: "1.yaml", application: one, form: FormLibrary.defaultForm, attachmentDigests: [("aaa", "附件/证书.pdf")]),
      CrossCheckInput(file: "2.yaml", application: two, form: FormLibrary.defaultForm, attachmentDigests: [("bbb", "附件/证书.pdf")]),
      CrossCheckInput(file: "3.yaml", application: three, form: FormLibrary.defaultForm, attachmentDigests: [("aaa", "附件/复制.pdf")]),
    ]
    let found = CrossApplicationChecks.check(inputs, language: .zh)
    #expect(found.map(\.code) == ["batch-shared-member", "batch-shared-attachment", "batch-duplicate-credit-code"])
    #expect(found[0].applications == ["1.yaml", "2.yaml"])
    #expect(found[0].message.contains("3101**********0412（陈立华）"))
    #expect(!found[0].message.contains("310104197803150412"))
    #expect(found[1].applications == ["1.yaml", "3.yaml"])
    #expect(found[2].applications == ["1.yaml", "2.yaml"])
  }

  @Test func csvIsExcelFriendly() throws {
    var row = SummaryRow(file: "a,\"b\".yaml", status: .unreadable)
    row.reason = "第一行\n第二行"
    let data = SummaryFiles(language: .zh).csv(BatchSummary(rows: [row]))
    #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("序号,申报单位,项目名称,项目负责人,状态,错误,警告,说明,文件,"))
    // 说明, then the file; the bundle's name and SHA-256 end the row.
    #expect(text.contains(",\"第一行\n第二行\",\"a,\"\"b\"\".yaml\","))
    #expect(text.hasSuffix(",,\r\n"))
  }

  @Test func rowsExplainThemselvesAndCarryWhatIsFoundAcrossThem() throws {
    var refused = SummaryRow(file: "a.yaml", status: .refused)
    refused.projectName = "知识产权运营中心建设"
    refused.errors = 3
    refused.findings = (1...3).map { Finding(severity: .error, code: "x", path: "", message: "第\($0)个错误") }
    let packaged = SummaryRow(file: "b.yaml", status: .packaged)
    let shared = CrossFinding(severity: .warning, code: "batch-duplicate-credit-code",
      message: "a.yaml、b.yaml 使用同一统一社会信用代码", applications: ["a.yaml", "b.yaml"])
    let summary = BatchSummary(rows: [refused, packaged], crossFindings: [shared])
    #expect(summary.rows.map(\.warnings) == [1, 1])
    let text = String(decoding: SummaryFiles(language: .zh).csv(summary).dropFirst(3), as: UTF8.self)
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(lines[0].hasPrefix("序号,申报单位,项目名称,"))
    #expect(lines[1].contains("知识产权运营中心建设"))
    // The row's own errors first, then one short line per kind of what was found across rows.
    #expect(lines[1].contains("第1个错误；第2个错误；等 3 项错误；与第 2 号的统一社会信用代码相同"))
    // A pass with a warning says so, apart from a clean pass.
    #expect(lines[2].contains(",已打包（有 1 条提示）,0,1,与第 1 号的统一社会信用代码相同,b.yaml,"))
    // The whole message stays with the row, for its details and the JSON.
    #expect(summary.rows[1].across == ["a.yaml、b.yaml 使用同一统一社会信用代码"])
    #expect(summary.rows[1].acrossKinds == [SummaryRow.AcrossKind(code: "batch-duplicate-credit-code", count: 1, rows: [1])])
  }

  /// A finding that stands for fourteen rows counts fourteen in 说明, as in 错误.
  @Test func anExplanationCountsWhatAFindingStandsFor() {
    var row = SummaryRow(file: "a.yaml", status: .refused)
    row.findings = [Finding(severity: .error, code: "id-number", path: "members[0].idNumber", message: "甲", count: 14)]
      + (1...2).map { Finding(severity: .error, code: "x", path: "", message: "第\($0)个错误") }
    #expect(SummaryFiles(language: .zh).explanation(row) == "甲；第1个错误；等 16 项错误")
  }

  /// Cells a spreadsheet would run, whatever comes before the sign, and cells a spreadsheet
  /// splitting on semicolons or tabs would cut into one it would run.
  @Test func aFormulaIsTextInAnyCell() {
    #expect(CSVField.field("=1+1") == "\"'=1+1\"")
    #expect(CSVField.field("  =1+1") == "\"'  =1+1\"")
    #expect(CSVField.field("\u{3000}＝1") == "\"'\u{3000}＝1\"")
    #expect(CSVField.field("x;=6+6") == "\"x;'=6+6\"")
    #expect(CSVField.field("x\t =6+6;7") == "\"x\t' =6+6;7\"")
    #expect(CSVField.field("a;b") == "\"a;b\"")
    #expect(CSVField.field("上海 = 市") == "上海 = 市")
    #expect(CSVField.field("3101**********0412") == "3101**********0412")
    #expect(CSVField.field("") == "")
  }

  @Test func rowsAreGroupedByRecommendingDepartmentWithTheirCounts() throws {
    func row(_ file: String, _ recommender: String?, _ status: SummaryRow.Status) -> SummaryRow {
      var row = SummaryRow(file: file, status: status)
      row.recommender = recommender
      row.form = status == .unreadable ? nil : "f"
      return row
    }
    let summary = BatchSummary(rows: [row("1.yaml", "市教委", .packaged), row("2.yaml", "", .packaged),
      row("5.yaml", nil, .unreadable), row("3.yaml", "市科委", .refused), row("4.yaml", "市教委", .refused)])
    #expect(summary.rows.map(\.file) == ["1.yaml", "4.yaml", "3.yaml", "2.yaml", "5.yaml"])
    #expect(summary.groups.map(\.department) == [.named("市教委"), .named("市科委"), .blank, .unread])
    let html = String(decoding: SummaryFiles(language: .zh).html(summary), as: UTF8.self)
    #expect(html.contains("<li>市教委　共 2 份：已打包 1 份；有错误，未打包 1 份</li><li>市科委　共 1 份：有错误，未打包 1 份</li>"
      + "<li>（未填推荐单位）　共 1 份：已打包 1 份</li><li>（未能读出）　共 1 份：无法读取 1 份</li>"), "\(html)")
    #expect(html.components(separatedBy: "<tr class=\"group\">").count == 5)
    let csv = String(decoding: SummaryFiles(language: .zh).csv(summary).dropFirst(3), as: UTF8.self)
    #expect(csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] } == ["1", "2", "3", "4", "5"])
    // A form without the role: no groups at all.
    let none = BatchSummary(rows: [SummaryRow(file: "x.yaml", status: .packaged)])
    #expect(none.groups.isEmpty)
    #expect(!String(decoding: SummaryFiles(language: .zh).html(none), as: UTF8.self).contains("id=\"groups\""))
  }

  @Test func theSummaryPageKeepsFileNamesWhole() {
    let paths = SummaryFiles.WholePaths(["app-0001/draft.yaml", "app-0012/draft.yaml", "名称"])
    #expect(paths.marked("见 app-0001/draft.yaml、app-0012/draft.yaml。") ==
      "见 <span class=\"path\">app-0001/draft.yaml、</span><span class=\"path\">app-0012/draft.yaml。</span>")
    #expect(paths.marked("名称") == "名称")
  }

  @Test func htmlEscapesWhatItShows() throws {
    var row = SummaryRow(file: "<script>alert(1)</script>.yaml", status: .refused)
    row.findings = [Finding(severity: .error, code: "x", path: "", message: "a & b < c")]
    let html = String(decoding: SummaryFiles(language: .zh).html(BatchSummary(rows: [row])), as: UTF8.self)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.yaml"))
    #expect(html.contains("a &amp; b &lt; c"))
    #expect(!html.contains("http://") && !html.contains("https://"))
  }

  @Test func namesAreInTheOrderPeopleNumberThem() {
    let names = ["第10号.zip", "第2号.zip", "app-010.zip", "app-9.zip", "第1号.zip", "a.zip", "第02号.zip"]
    #expect(names.sorted(by: NaturalOrder.isBefore) == ["a.zip", "app-9.zip", "app-010.zip", "第1号.zip", "第02号.zip",
      "第2号.zip", "第10号.zip"])
    let long = String(repeating: "9", count: 40)
    #expect(NaturalOrder.isBefore("x\(long)", "x1\(long)"))
  }

  @Test func workersRunEveryIndexOnce() {
    let results = WorkerPool.run(count: 100, jobs: 4) { $0 * 2 }
    #expect(results.compactMap { $0 } == (0..<100).map { $0 * 2 })
    let stopped = WorkerPool.run(count: 100, jobs: 2, shouldStop: { true }) { $0 }
    #expect(stopped.allSatisfy { $0 == nil })
  }

  /// Each thread makes its state once, when it takes its first index, and keeps it.
  @Test func eachWorkerKeepsAStateOfItsOwn() {
    final class Tally {
      var indices: [Int] = []
    }
    let made = Atomic<Int>(0)
    let results = WorkerPool.run(count: 200, jobs: 4, state: { () -> Tally in
      made.wrappingAdd(1, ordering: .relaxed)
      return Tally()
    }) { tally, index in
      tally.indices.append(index)
      return (ObjectIdentifier(tally), tally.indices.count)
    }
    #expect(results.allSatisfy { $0 != nil })
    #expect((1...4).contains(made.load(ordering: .relaxed)))
    // Every state's own count runs 1, 2, 3 … over the indices its thread took.
    let byState = Dictionary(grouping: results.compactMap { $0 }, by: \.0)
    #expect(byState.count == made.load(ordering: .relaxed))
    #expect(byState.values.allSatisfy { Set($0.map(\.1)) == Set(1...$0.count) })
  }

  /// Six jobs run six at once, whatever the number of cores: each waits until all have started.
  @Test func jobsRunAtOnceEvenBeyondTheCores() {
    let started = Atomic<Int>(0)
    let together = WorkerPool.run(count: 6, jobs: 6) { _ in
      started.wrappingAdd(1, ordering: .relaxed)
      let deadline = Date().addingTimeInterval(10)
      while started.load(ordering: .relaxed) < 6 && Date() < deadline { usleep(1000) }
      return started.load(ordering: .relaxed)
    }
    #expect(together.allSatisfy { $0 == 6 })
  }
}

@Suite("What a clerk reads")
struct ClerkWordsTests {
  /// A bundle altered after packaging says which file and what to ask for; the count of files
  /// adds nothing once the file is named, and the technical line stays in the findings.
  @Test func aTamperedBundleIsExplainedInTheClerksWords() {
    var row = SummaryRow(file: "b.zip", status: .rejected)
    row.errors = 2
    row.findings = [
      Finding(severity: .error, code: "bag-checksum", path: "申报材料/data/附件/01-营业执照/证书.pdf",
        message: "“data/附件/01-营业执照/证书.pdf”的 sha256 校验值与清单 manifest-sha256.txt 不符，文件已被改动"),
      Finding(severity: .error, code: "bag-oxum", path: "bag-info.txt", message: "bag-info.txt 的 Payload-Oxum 为 1.1，实际为 2.1"),
    ]
    let files = SummaryFiles(language: .zh)
    #expect(files.explanation(row) == "文件“证书.pdf”在打包后被改动，请申报单位重新打包")
    #expect(files.returnNote(row) == "文件“证书.pdf”在打包后被改动，请申报单位重新打包")
    // Alone, the count is said in the same words.
    row.findings.removeFirst()
    #expect(files.explanation(row) == "申报包中的文件在打包后被增删或改动，请申报单位重新打包")
  }

  /// One bundle file received twice (sent again, saved under two names) is said on both rows.
  @Test func aBundleReceivedTwiceIsSaidSo() throws {
    let application = try ExampleCopy().application()
    let inputs = ["a.zip", "b.zip"].map { file in
      var input = CrossCheckInput(file: file, application: application, form: FormLibrary.defaultForm,
        attachmentDigests: [])
      input.bundleDigest = "ab12cd34ef56ab12cd34ef56"
      return input
    }
    let found = CrossApplicationChecks.check(inputs, language: .zh)
    let twice = try #require(found.first { $0.code == "batch-duplicate-bundle" })
    #expect(twice.message == "同一个申报包（SHA-256 ab12cd34ef56…）收到了 2 次：a.zip、b.zip")
    let summary = BatchSummary(rows: [SummaryRow(file: "a.zip", status: .verified), SummaryRow(file: "b.zip", status: .verified)],
      crossFindings: [twice])
    #expect(SummaryFiles(language: .zh).explanation(summary.rows[1]) == "与第 1 号是同一个申报包（重复收到）")
  }

  /// The contact person stands beside their phone, not the project leader's name alone.
  @Test func thePhoneStandsBesideItsPerson() throws {
    let application = try ExampleCopy().application()
    let row = SummaryRow(file: "a.yaml", application: application, form: FormLibrary.defaultForm, report: nil,
      status: .packaged)
    #expect(row.leader == "陈立华" && row.contact == "张敏" && row.phone == "15021889360")
    let columns = SummaryFiles.columns(BatchSummary(rows: [row]))
    #expect(columns.firstIndex(of: "contact").map { $0 + 1 } == columns.firstIndex(of: "phone"))
  }
}
