import Foundation
import Testing

/// A folder of 200 generated applications, some broken in known ways, through `batch`; the
/// summary read by Python's csv module, LibreOffice Calc and headless Chromium.
@Suite("shenbao batch", .serialized)
struct BatchCommandTests {
  struct Expected: Decodable {
    var refused: [String]
    var unreadable: [String]
    var sharedMember: [String]
    var sharedAttachment: [String]
    var sharedCode: [String]
  }

  /// 200 applications in `in/`, plus two filled Word forms; what is broken, from the generator.
  func generate(_ workspace: Workspace, count: Int = 200) throws -> Expected {
    let script = Repository.root.appendingPathComponent("scripts/make-applications.py").path
    let made = try CLI.tool("python3", [script, workspace.url("in").path, String(count), "--broken",
      workspace.url("expected.json").path])
    #expect(made.status == 0, "\(made.stdout)")
    // Two of them filled in Word instead, with their attachments in category folders.
    for app in ["app-0010", "app-0020"] {
      let folder = workspace.url("in/\(app)")
      #expect(try CLI.run(["render", "draft.yaml", "-o", "申报书.docx"], in: folder).status == 0)
      try FileManager.default.removeItem(at: folder.appendingPathComponent("draft.yaml"))
      for (category, file) in [("01-营业执照或法人证书", "事业单位法人证书.pdf"), ("03-团队职称职业资格证书", "项目团队职称证书.pdf")] {
        let sub = folder.appendingPathComponent("申报书-附件/\(category)")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("附件/\(file)"),
          to: sub.appendingPathComponent(file))
      }
    }
    return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: workspace.url("expected.json")))
  }

  @Test func aFolderOfTwoHundredApplications() throws {
    let workspace = try Workspace(withExample: false)
    let expected = try generate(workspace)
    let run = try CLI.run(["batch", "in", "-o", "out", "--jobs", "2"], in: workspace.folder)
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("共 200 份：已打包 186 份；有错误，未打包 10 份；无法读取 4 份\n"), "\(run.stdout)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")

    let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.url("out/汇总.json"))) as? [String: Any])
    let rows = try #require(summary["rows"] as? [[String: Any]])
    #expect(rows.count == 200)
    func files(_ status: String) -> [String] {
      rows.filter { $0["status"] as? String == status }.compactMap { $0["file"] as? String }
    }
    #expect(files("refused") == expected.refused)
    #expect(files("unreadable") == expected.unreadable)
    #expect(files("packaged").contains("app-0010/申报书.docx"))
    for row in rows where row["status"] as? String == "packaged" {
      let bundle = try #require(row["bundle"] as? String)
      #expect(FileManager.default.fileExists(atPath: workspace.url("out/\(bundle)").path))
      #expect((row["sha256"] as? String)?.count == 64)
    }
    let refused = try #require(rows.first { $0["file"] as? String == expected.refused[0] })
    #expect((refused["findings"] as? [[String: Any]])?.first?["code"] as? String == "postcode")
    let unreadable = try #require(rows.first { $0["file"] as? String == expected.unreadable[0] })
    #expect((unreadable["reason"] as? String)?.contains("列表") == true)

    let cross = try #require(summary["crossFindings"] as? [[String: Any]])
    func applications(_ code: String) -> [String] {
      (cross.first { $0["code"] as? String == code }?["applications"] as? [String]) ?? []
    }
    #expect(applications("batch-shared-member") == expected.sharedMember)
    #expect(applications("batch-shared-attachment") == expected.sharedAttachment)
    #expect(applications("batch-duplicate-credit-code") == expected.sharedCode)
    #expect(try CLI.run(["verify", "out", "-o", "received"], in: workspace.folder).status == 0)
    // The bundles received show the same attachment under two applicants.
    let received = try #require(try JSONSerialization.jsonObject(
      with: Data(contentsOf: workspace.url("received/汇总.json"))) as? [String: Any])
    let bundles = expected.sharedAttachment.compactMap { file in
      rows.first { $0["file"] as? String == file }?["bundle"] as? String
    }.map { "out/\($0)" }.sorted()
    #expect(bundles.count == expected.sharedAttachment.count)
    let sharedInReceived = (received["crossFindings"] as? [[String: Any]])?
      .first { $0["code"] as? String == "batch-shared-attachment" }?["applications"] as? [String]
    #expect(sharedInReceived == bundles)

    try checkCSV(workspace)
    try checkHTML(workspace, rows: 200)
  }

  /// Python's csv module reads every row; LibreOffice Calc converts it to xlsx and back with the
  /// Chinese intact. The byte-order mark is what Excel needs; LibreOffice's headless import needs
  /// the UTF-8 character set named (filter option 76).
  func checkCSV(_ workspace: Workspace) throws {
    let script = """
      import csv, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          rows = list(csv.reader(f))
      print(len(rows)); print(rows[0][2]); print(rows[1][2])
      """
    let read = try CLI.tool("python3", ["-c", script, workspace.url("out/汇总.csv").path])
    #expect(read.stdout == "201\n申报单位\n上海第1号知识产权运营服务中心\n", "\(read.stdout)")
    let profile = workspace.url("lo-profile").absoluteString
    let xlsx = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "xlsx",
      "--infilter=CSV:44,34,76", "--outdir", workspace.url("calc").path, workspace.url("out/汇总.csv").path])
    #expect(xlsx.status == 0, "\(xlsx.stdout)")
    let back = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", workspace.url("calc/back").path,
      workspace.url("calc/汇总.xlsx").path])
    #expect(back.status == 0, "\(back.stdout)")
    let text = try String(contentsOf: workspace.url("calc/back/汇总.csv"), encoding: .utf8)
    #expect(text.contains("上海第1号知识产权运营服务中心"))
    #expect(text.contains("已打包"))
    #expect(text.contains("有错误，未打包"))
  }

  /// Headless Chromium loads the page, runs its script, and finds a row per application; the
  /// screenshot is a real PNG.
  func checkHTML(_ workspace: Workspace, rows: Int) throws {
    let page = "file://" + workspace.url("out/汇总.html").path
    let dom = try CLI.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page])
    #expect(dom.stdout.components(separatedBy: "<tr class=").count - 1 == rows)
    #expect(dom.stdout.contains("共 \(rows) 份"))
    let shot = workspace.url("summary.png")
    _ = try CLI.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
      "--screenshot=\(shot.path)", page])
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
  }

  @Test func ctrlCLeavesFinishedBundlesAndAnHonestSummary() throws {
    let workspace = try Workspace(withExample: false)
    _ = try generate(workspace, count: 120)
    let process = try CLI.start(["batch", "in", "-o", "out", "--jobs", "1"], in: workspace.folder)
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)) ?? []
      if names.filter({ $0.hasSuffix(".zip") }).count >= 5 { break }
      Thread.sleep(forTimeInterval: 0.02)
    }
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let names = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)
    #expect(!names.contains { $0.hasPrefix(".") }, "\(names)")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.url("out/汇总.json"))) as? [String: Any])
    #expect(summary["interrupted"] as? Bool == true)
    let rows = try #require(summary["rows"] as? [[String: Any]])
    #expect(rows.count == 120)
    let packaged = rows.filter { $0["status"] as? String == "packaged" }
    #expect(packaged.count >= 5)
    #expect(rows.contains { $0["status"] as? String == "interrupted" })
    for row in packaged {
      let bundle = try #require(row["bundle"] as? String)
      #expect(try CLI.run(["verify", "out/\(bundle)"], in: workspace.folder).status == 0)
    }
  }

  /// On a terminal (here `script`'s pseudo-terminal) the progress line names the stage, the
  /// count and the file, and is cleared before the counts are printed.
  @Test func aTerminalSeesProgress() throws {
    let workspace = try Workspace(withExample: false)
    _ = try generate(workspace, count: 20)
    let binary = CLI.binary.path
    let run = try CLI.tool("script", ["-qec", "'\(binary)' batch '\(workspace.url("in").path)' -o "
      + "'\(workspace.url("out").path)' --jobs 1", "/dev/null"])
    let lines = run.stdout.components(separatedBy: CharacterSet(charactersIn: "\r\n"))
      .map { $0.replacingOccurrences(of: "\u{1B}[2K", with: "") }.filter { !$0.isEmpty }
    #expect(lines.contains { $0.hasPrefix("检查 1/20 [") && $0.hasSuffix("app-0001/draft.yaml") }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("打包 20/20 [########################] ") }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("共 20 份：") }, "\(lines)")
  }

  @Test func notAFolderIsOneLine() throws {
    let run = try CLI.run(["batch", "/nonexistent", "-o", "/tmp/unused-shenbao-out"])
    #expect(run.status == 2)
    #expect(run.stderrLines == ["/nonexistent: 不是文件夹"])
  }
}
