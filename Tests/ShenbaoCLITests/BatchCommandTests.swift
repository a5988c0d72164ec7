import Foundation
import ShenbaoSupport
import Testing

/// A folder of 200 generated applications, some broken in known ways and recommended by two
/// departments, through `batch`; the summaries read by Python's csv module and openpyxl,
/// LibreOffice Calc and headless Chromium driven by Selenium; the receipt checked after bundles
/// are altered, removed and added.
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
    for app in ["app-0010", "app-0020"] where count >= 20 {
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
    #expect(files("refused").sorted() == expected.refused)
    #expect(files("unreadable").sorted() == expected.unreadable)
    #expect(files("packaged").contains("app-0010/申报书.docx"))
    for row in rows where row["status"] as? String == "packaged" {
      let bundle = try #require(row["bundle"] as? String)
      #expect(FileManager.default.fileExists(atPath: workspace.url("out/\(bundle)").path))
      #expect((row["sha256"] as? String)?.count == 64)
    }
    let refused = try #require(rows.first { $0["file"] as? String == expected.refused[0] })
    #expect((refused["findings"] as? [[String: Any]])?.first?["code"] as? String == "postcode")
    #expect(refused["phone"] as? String == "15021889360")
    // Grouped by recommending department: 市教委's rows, then 市科委's, then those not read.
    let recommenders = rows.map { $0["recommender"] as? String ?? "" }
    #expect(recommenders.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == ["市教委", "市科委", ""])
    #expect(recommenders.filter { $0 == "市科委" }.count == 67 - expected.unreadable.filter { Int($0.dropFirst(4).prefix(4))! % 3 == 2 }.count)
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

    let receipt = try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.url("received/回执.json")))
    #expect(((receipt as? [String: Any])?["bundles"] as? [Any])?.count == 186)

    try checkCSV(workspace, expected)
    try checkWorkbook(workspace, expected)
    try checkHTML(workspace, rows: rows)
  }

  /// Python's csv module reads every row in the columns a reviewer reads, each refused one
  /// saying why and each shared credit code said on its rows; LibreOffice Calc converts it to
  /// xlsx and back with the Chinese intact. The byte-order mark is what Excel needs;
  /// LibreOffice's headless import needs the UTF-8 character set named (filter option 76).
  func checkCSV(_ workspace: Workspace, _ expected: Expected) throws {
    let script = """
      import csv, json, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          rows = list(csv.DictReader(f))
      print(json.dumps({"header": list(rows[0].keys()), "rows": rows}, ensure_ascii=False))
      """
    let read = try CLI.tool("python3", ["-c", script, workspace.url("out/汇总.csv").path])
    let table = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
    let header = try #require(table["header"] as? [String])
    #expect(header == ["序号", "申报单位", "项目名称", "推荐单位", "项目负责人", "联系人", "联系电话", "状态", "错误", "警告", "说明",
      "文件", "统一社会信用代码", "单位性质", "负责人身份证号（脱敏）", "申报包", "申报包 SHA-256"])
    let rows = try #require(table["rows"] as? [[String: String]])
    #expect(rows.count == 200)
    #expect(rows.map { $0["序号"] } == (1...200).map { String($0) })
    for row in rows where expected.refused.contains(row["文件"] ?? "") {
      #expect(row["状态"] == "有错误，未打包")
      #expect(row["说明"]?.contains("邮政编码") == true, "\(row)")
    }
    for row in rows where expected.unreadable.contains(row["文件"] ?? "") {
      #expect(row["说明"]?.contains("列表") == true, "\(row)")
    }
    for row in rows where expected.sharedCode.contains(row["文件"] ?? "") {
      #expect(row["状态"]?.hasPrefix("已打包（有 ") == true, "\(row)")
      #expect(Int(row["警告"] ?? "") ?? 0 >= 1)
      #expect(row["说明"]?.contains("号的统一社会信用代码相同") == true, "\(row)")
    }
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

  /// openpyxl reads 汇总.xlsx: the sheets, the frozen and filtered header, the empty 处理意见
  /// column, the statuses in colour, a row per finding and per cross-application finding, the
  /// counts per department; LibreOffice opens it and prints its 汇总 sheet on A4 landscape.
  func checkWorkbook(_ workspace: Workspace, _ expected: Expected) throws {
    let script = """
      import json, sys, openpyxl
      book = openpyxl.load_workbook(sys.argv[1])
      rows = book["汇总"]
      header = [cell.value for cell in rows[1]]
      status = header.index("状态")
      print(json.dumps({
          "sheets": book.sheetnames, "frozen": rows.freeze_panes, "filter": rows.auto_filter.ref,
          "header": header, "count": rows.max_row - 1,
          "decisions": sorted({str(row[header.index("处理意见")].value) for row in rows.iter_rows(min_row=2)}),
          "colours": sorted({row[status].value + " " + row[status].fill.fgColor.rgb for row in rows.iter_rows(min_row=2)}),
          "groups": [[cell.value for cell in row] for row in book["按推荐单位"].iter_rows(min_row=2)],
          "findings": book["问题明细"].max_row - 1,
          "cross": [[cell.value for cell in row] for row in book["跨申报"].iter_rows(min_row=2)],
      }, ensure_ascii=False))
      """
    let read = try CLI.tool("python3", ["-c", script, workspace.url("out/汇总.xlsx").path])
    #expect(read.status == 0, "\(read.stderr)")
    let book = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
    #expect(book["sheets"] as? [String] == ["汇总", "按推荐单位", "问题明细", "跨申报"])
    #expect(book["frozen"] as? String == "A2")
    #expect(book["filter"] as? String == "A1:R201")
    #expect((book["header"] as? [String])?.firstIndex(of: "处理意见") == 11)
    #expect(book["count"] as? Int == 200)
    #expect(book["decisions"] as? [String] == ["None"])
    #expect(Set((book["colours"] as? [String] ?? []).map { $0.replacingOccurrences(of: "（有 1 条提示）", with: "")
      .replacingOccurrences(of: "（有 2 条提示）", with: "") }) == ["无法读取 FFFCE8E6", "已打包 FFE6F4EA", "有错误，未打包 FFFCE8E6"])
    let groups = try #require(book["groups"] as? [[Any]])
    #expect(groups.map { $0[0] as? String } == ["市教委", "市科委", "（未能读出）", "合计"])
    #expect(groups.dropLast().map { $0[1] as? Int ?? 0 }.reduce(0, +) == 200)
    #expect(groups.last?[1] as? Int == 200)
    #expect(book["findings"] as? Int ?? 0 >= expected.refused.count)
    let cross = try #require(book["cross"] as? [[Any]])
    #expect(cross.map { $0[1] as? String } == ["batch-shared-member", "batch-shared-attachment", "batch-duplicate-credit-code"])
    let profile = workspace.url("lo-profile").absoluteString
    let pdf = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
      "--outdir", workspace.url("calc/pdf").path, workspace.url("out/汇总.xlsx").path])
    #expect(pdf.status == 0, "\(pdf.stdout)")
    let info = try CLI.tool("pdfinfo", [workspace.url("calc/pdf/汇总.pdf").path])
    #expect(info.stdout.contains("841.89 x 595.3"), "\(info.stdout)")
  }

  /// Chromium, driven by Selenium at 1366 × 900, shows every row with nothing scrolling
  /// sideways, the department groups, a row's findings opening below it, and the filter and
  /// the status choice narrowing the rows; the screenshot is kept in .build/artefacts.
  func checkHTML(_ workspace: Workspace, rows: [[String: Any]]) throws {
    let artefacts = Repository.root.appendingPathComponent(".build/artefacts")
    try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
    let shot = artefacts.appendingPathComponent("summary-1366.png")
    let script = Repository.root.appendingPathComponent("Tests/Interop/summary_page.py").path
    let run = try CLI.tool("python3", [script, workspace.url("out/汇总.html").path, shot.path, "第12"])
    #expect(run.status == 0, "\(run.stderr)")
    let page = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(page["scrollWidth"] as? Int == page["clientWidth"] as? Int)
    #expect(page["rows"] as? Int == rows.count)
    #expect(page["shownText"] as? String == "显示 \(rows.count) 份，共 \(rows.count) 份")
    #expect((page["groups"] as? [String])?.map { $0.prefix(3) } == ["市教委", "市科委", "（未能"])
    #expect(page["detailsOpen"] as? Int == 0)
    let opened = try #require((page["detailsAfterClick"] as? [String])?.first)
    #expect(opened.contains("申报包 SHA-256"), "\(opened)")
    // A refused row carries the note to send back, one problem a line, and copies it.
    #expect((page["returnNotes"] as? Int ?? 0) > 0)
    let note = try #require(page["returnNote"] as? String)
    #expect(!note.isEmpty && note.split(separator: "\n").allSatisfy { $0.contains("请") || $0.hasPrefix("与第 ") }
      || note.contains("邮政编码"), "\(note)")
    #expect(page["copied"] as? String == "已复制", "\(page)")
    #expect(page["codesShown"] as? Int == 0)
    let units = rows.compactMap { $0["unit"] as? String }.filter { $0.contains("第12") }
    #expect((page["filteredRows"] as? [String])?.sorted() == units.sorted())
    #expect(page["filteredShownText"] as? String == "显示 \(units.count) 份，共 \(rows.count) 份")
    let status = try #require(page["statusChoice"] as? String)
    #expect((page["statusRows"] as? [String])?.count == rows.filter { $0["status"] as? String == status }.count)
    #expect((page["statusRows"] as? [String])?.allSatisfy { $0 == status } == true)
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)
    // Printed: A4 landscape.
    let pdf = workspace.url("summary.pdf")
    _ = try CLI.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--print-to-pdf=\(pdf.path)", "file://" + workspace.url("out/汇总.html").path])
    let info = try CLI.tool("pdfinfo", [pdf.path])
    #expect(info.stdout.contains("841.92 x 594.96"), "\(info.stdout)")
  }

  @Test func theReceiptTellsWhatChangedSinceTheBundlesWereReceived() throws {
    let workspace = try Workspace(withExample: false)
    _ = try generate(workspace, count: 8)
    #expect(try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder).status == 1)
    // The department receives the bundles and writes its receipt.
    try FileManager.default.createDirectory(at: workspace.url("received"), withIntermediateDirectories: true)
    let bundles = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)
      .filter { $0.hasSuffix(".zip") }.sorted()
    #expect(bundles.count == 6)
    for name in bundles {
      try FileManager.default.copyItem(at: workspace.url("out/\(name)"), to: workspace.url("received/\(name)"))
    }
    #expect(try CLI.run(["verify", "received", "-o", "desk"], in: workspace.folder).status == 0)
    let untouched = try CLI.run(["verify", "received", "--receipt", "desk/回执.json"], in: workspace.folder)
    #expect(untouched.status == 0)
    // An emptied folder is not a match: every bundle is missing.
    try FileManager.default.createDirectory(at: workspace.url("emptied"), withIntermediateDirectories: true)
    let emptied = try CLI.run(["verify", "emptied", "--receipt", "desk/回执.json"], in: workspace.folder)
    #expect(emptied.status == 1)
    #expect(emptied.stdout.hasSuffix("与回执核对：一致 0 个，缺失 6 个\n"), "\(emptied.stdout)")
    // Without a receipt, a folder with no bundle in it is a mistake, said in one line.
    let nothing = try CLI.run(["verify", "emptied"], in: workspace.folder)
    #expect(nothing.status == 2)
    #expect(nothing.stderr == "emptied: 没有找到申报包（.zip 文件）\n", "\(nothing.stderr)")
    #expect(untouched.stdout.hasSuffix("与回执核对：一致 6 个\n"), "\(untouched.stdout)")
    let html = try String(contentsOf: workspace.url("desk/回执.html"), encoding: .utf8)
    for name in bundles { #expect(html.contains(name)) }

    // One altered inside, one removed, one added (a copy of the altered one, under a new name).
    let altered = workspace.url("received/\(bundles[0])")
    let tampered = try CLI.tool("python3", ["-c", """
      import sys, zipfile, shutil
      source, target = sys.argv[1], sys.argv[1] + ".new"
      with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
          for item in old.infolist():
              data = old.read(item)
              if item.filename.endswith("bag-info.txt"):
                  data += b"Internal-Sender-Description: changed after receipt\\n"
              new.writestr(item, data)
      shutil.move(target, source)
      """, altered.path])
    #expect(tampered.status == 0, "\(tampered.stderr)")
    try FileManager.default.removeItem(at: workspace.url("received/\(bundles[1])"))
    try FileManager.default.createDirectory(at: workspace.url("received/sub"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: altered, to: workspace.url("received/sub/late.zip"))
    let checked = try CLI.run(["verify", "received", "--receipt", "desk/回执.json", "-o", "desk2"], in: workspace.folder)
    #expect(checked.status == 1)
    // The comparison is kept with the new summaries.
    let kept = try String(contentsOf: workspace.url("desk2/回执核对.txt"), encoding: .utf8)
    #expect(checked.stdout.hasSuffix(kept))
    let lines = checked.stdout.split(separator: "\n").map(String.init).suffix(4)
    #expect(lines.contains { $0.hasPrefix("\(bundles[0])：内容与回执不符，已被改动") }, "\(checked.stdout)")
    #expect(lines.contains("\(bundles[1])：回执中有，但现在不在了"))
    #expect(lines.contains("sub/late.zip：回执中没有，是出具回执之后新增的"))
    #expect(lines.last == "与回执核对：一致 4 个，改动 1 个，缺失 1 个，新增 1 个")
    // Moved back under another name, the removed one is found renamed.
    try FileManager.default.copyItem(at: workspace.url("out/\(bundles[1])"), to: workspace.url("received/sub/renamed.zip"))
    let moved = try CLI.run(["verify", "received", "--receipt", "desk/回执.json"], in: workspace.folder)
    #expect(moved.stdout.contains("sub/renamed.zip：回执中没有这个名称，内容与回执中的“\(bundles[1])”相同（已改名）"))
    #expect(!moved.stdout.contains("现在不在了"))

    // An applicant checks their own bundle against the receipt: the others are not their concern.
    let own = try CLI.run(["verify", "out/\(bundles[2])", "--receipt", "desk/回执.json"], in: workspace.folder)
    #expect(own.status == 0)
    #expect(own.stdout.hasSuffix("与回执核对：一致 1 个\n"))
    let mine = try CLI.run(["verify", "received/\(bundles[0])", "--receipt", "desk/回执.json"], in: workspace.folder)
    #expect(mine.status == 1)
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

  /// A run holds its output folder: a second, into the same folder, is refused in one line
  /// naming the first's process and start, while the first writes bundles and a receipt that
  /// agree with the folder; a lock left by a run that was killed does not stop the next.
  @Test func twoRunsNeverWriteOneFolder() throws {
    let workspace = try Workspace(withExample: false)
    _ = try generate(workspace, count: 120)
    let first = try CLI.start(["batch", "in", "-o", "out", "--jobs", "1"], in: workspace.folder)
    let lock = workspace.url("out/.shenbao.lock")
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: lock.path), first.isRunning, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    let second = try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder)
    let verify = try CLI.run(["verify", "in", "-o", "out"], in: workspace.folder)
    first.waitUntilExit()
    #expect(first.terminationStatus == 1)
    #expect(second.status == 2)
    let held = try #require(second.stderrLines.first, "\(second.stderr)")
    #expect(second.stderrLines.count == 1)
    #expect(held.hasPrefix(workspace.url("out").path + ": 另一次运行（进程 \(first.processIdentifier)，20"), "\(held)")
    #expect(held.hasSuffix("开始）正在写这个文件夹；请等它结束，或另选输出文件夹"), "\(held)")
    #expect(verify.status == 2)
    #expect(verify.stderrLines.first?.contains("/out: 另一次运行（进程 \(first.processIdentifier)，") == true,
      "\(verify.stderr)")
    #expect(!FileManager.default.fileExists(atPath: lock.path))
    let bundles = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path).filter { $0.hasSuffix(".zip") }
    let receipt = try CLI.run(["verify", "out", "--receipt", "out/回执.json"], in: workspace.folder)
    #expect(bundles.count > 100)
    #expect(receipt.stdout.hasSuffix("与回执核对：一致 \(bundles.count) 个\n"), "\(receipt.stdout.suffix(300))")

    // A link planted where the lock goes is refused, never written through: not a symbolic link,
    // not a hard one, not a folder.
    let victim = workspace.url("victim.txt")
    try Data("precious\n".utf8).write(to: victim)
    for (folder, plant) in [("soft", { (at: URL) in try FileManager.default.createSymbolicLink(at: at, withDestinationURL: victim) }),
      ("hard", { (at: URL) in try FileManager.default.linkItem(at: victim, to: at) }),
      ("dir", { (at: URL) in try FileManager.default.createDirectory(at: at, withIntermediateDirectories: false) })]
    {
      try FileManager.default.createDirectory(at: workspace.url(folder), withIntermediateDirectories: true)
      try plant(workspace.url("\(folder)/.shenbao.lock"))
      let refused = try CLI.run(["batch", "in", "-o", folder], in: workspace.folder)
      #expect(refused.status == 2, "\(folder)")
      #expect(refused.stderrLines == [workspace.url("\(folder)/.shenbao.lock").path + ": 不是普通文件（是链接、文件夹或特殊文件），"
        + "不能用来标记这个文件夹正在使用；请删除它，或另选输出文件夹"], "\(refused.stderr)")
    }
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")

    // A run killed outright leaves its lock file, unheld: the next run takes it over.
    try Data("999999 1\n".utf8).write(to: lock)
    let again = try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder)
    #expect(again.status == 1, "\(again.stderr)")
    #expect(again.stderr.isEmpty, "\(again.stderr)")
    #expect(!FileManager.default.fileExists(atPath: lock.path))
  }

  @Test func notAFolderIsOneLine() throws {
    let run = try CLI.run(["batch", "/nonexistent", "-o", "/tmp/unused-shenbao-out"])
    #expect(run.status == 2)
    #expect(run.stderrLines == ["/nonexistent: 不是文件夹"])
  }
}
