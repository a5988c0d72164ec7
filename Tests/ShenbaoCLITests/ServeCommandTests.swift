import Foundation
import ShenbaoSupport
import Testing

/// `shenbao serve` as people use it: started from the command line on a free port, the form
/// page filled in headless Chromium, and hostile requests each refused in one line while the
/// server goes on serving.
@Suite("shenbao serve", .serialized)
struct ServeCommandTests {
  /// A server started with `arguments` on a free port, stopped when the value goes away.
  final class Served {
    let process = Process()
    let url: String
    let port: Int
    let token: String?

    init(_ arguments: [String] = [], temporary: URL? = nil) throws {
      process.executableURL = CLI.binary
      process.arguments = ["serve", "--port", "0", "--forms", Repository.root.appendingPathComponent("Tests/Forms").path]
        + arguments
      process.currentDirectoryURL = FileManager.default.temporaryDirectory
      if let temporary {
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
      }
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      var text = ""
      let deadline = Date().addingTimeInterval(20)
      while !text.contains("\n"), Date() < deadline, process.isRunning {
        text += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
      }
      let found = try #require(text.firstMatch(of: #/http://\S+?:(\d+)/(\?token=([0-9a-f]+))?/#), "\(text)")
      url = String(text[found.range])
      port = Int(found.output.1) ?? 0
      token = found.output.3.map(String.init)
    }

    deinit {
      process.terminate()
      process.waitUntilExit()
    }
  }

  static let form = "shanghai-ip-operations-2021"

  @Test func anApplicantFillsTheFormAndIsToldAsTheyType() throws {
    let served = try Served()
    let artefacts = Repository.root.appendingPathComponent(".build/artefacts/serve-applicant")
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_applicant.py").path
    let run = try CLI.tool("python3", [script, served.url, artefacts.path, Repository.exampleFolder.path])
    #expect(run.status == 0, "\(run.stdout)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
    #expect((seen["calls"] as? [String])?.first == "上海市知识产权运营促进中心项目申报书")
    #expect((seen["title"] as? String)?.hasPrefix("上海市知识产权运营促进中心项目申报书") == true)
    #expect((seen["wrongID"] as? [String])?.first?.contains("校验位不符：按前 17 位计算应为 2，实为 3") == true, "\(seen)")
    #expect(seen["fixedID"] as? [String] == [])
    #expect(seen["rows"] as? Int == 1)
    #expect(seen["rowLabel"] as? String == "第1人")
    let atLimit = try #require(seen["atLimit"] as? [Any])
    let overLimit = try #require(seen["overLimit"] as? [Any])
    #expect(atLimit[1] as? Bool == false)
    #expect(overLimit[1] as? Bool == true)
    #expect(overLimit[2] as? String == "rgba(179, 38, 30, 1)", "\(overLimit)")
    #expect((seen["limitFinding"] as? [String])?.first?.contains("字以内") == true)
    let reloaded = try #require(seen["afterReload"] as? [String: Any])
    #expect(reloaded["leader.idNumber"] as? String == "310104197803150412")
    #expect(reloaded["members[0].name"] as? String == "陈立华")
    #expect((reloaded["limitLength"] as? Int ?? 0) > 1)
    let yaml = try #require(seen["downloaded"] as? String)
    #expect(yaml.contains("idNumber: \"310104197803150412\"") || yaml.contains("idNumber: '310104197803150412'")
      || yaml.contains("idNumber: 310104197803150412"), "\(yaml)")
    #expect(yaml.contains("陈立华"))
    #expect((seen["fakeFile"] as? [String])?.first?.contains("扩展名为 PDF，但内容不是可识别的任何格式") == true, "\(seen)")
    // A loaded draft's files are awaited under their categories, with their titles, and said so.
    #expect(seen["attachAgain"] as? String == "草稿列出的 6 个附件文件不在本浏览器中：请在“附件材料”中按类别重新添加标红的文件，标题已保留",
      "\(seen)")
    #expect((seen["awaited"] as? [String])?.count == 6 && (seen["awaited"] as? [String])?.allSatisfy { $0.hasSuffix("（请重新添加此文件）") } == true,
      "\(seen)")
    #expect((seen["awaitedTitles"] as? [String])?.first == "事业单位法人证书（副本）复印件", "\(seen)")
    #expect((seen["titlesKept"] as? [String])?.prefix(2) == ["事业单位法人证书（副本）复印件", "国家技术转移示范机构证书"],
      "\(seen)")
    #expect(seen["attachAgainAfter"] as? Bool == false)
    // Every error, a link to its field; the bundle button in view wherever the page is.
    let links = try #require(seen["errorLinks"] as? [[String]])
    #expect(!links.isEmpty && seen["errorTargets"] as? Bool == true, "\(seen)")
    #expect(seen["bundleInViewTop"] as? Bool == true && seen["bundleInViewFoot"] as? Bool == true, "\(seen)")
    // A 1000-字 box shows its text; 单位主营业务范围, a tall row on paper, is a box; a date is
    // typed as the hint says; no browser file button shows.
    let boxes = Dictionary(uniqueKeysWithValues: (seen["boxes"] as? [[Any]] ?? []).compactMap { pair -> (String, Int)? in
      guard let path = pair.first as? String, let rows = pair.last as? Int else { return nil }
      return (path, rows)
    })
    #expect((boxes["capability"] ?? 0) >= 20 && boxes["unit.businessScope"] != nil, "\(boxes)")
    #expect(seen["dateInput"] as? [String] == ["text", "如 2021-05-20"], "\(seen)")
    #expect(seen["fileButtons"] as? Int == 0, "\(seen)")
    #expect(seen["problemsWithFiles"] as? String == "没有发现问题")
    #expect(seen["download-docx"] as? String == "PK\u{3}\u{4}\u{14}" || (seen["download-docx"] as? String)?.hasPrefix("PK") == true)
    #expect(seen["download-pdf"] as? String == "%PDF-")
    #expect((seen["filesAfterReload"] as? [String])?.count == 6)
    #expect(seen["bundleStatus"] as? String == "已下载 上海浦江高校技术转移服务中心-申报材料.zip")
    let bundle = try #require(seen["bundle"] as? String)
    let verified = try CLI.run(["verify", bundle])
    #expect(verified.status == 0, "\(verified.stdout)")
    #expect(verified.stdout.hasSuffix("已填 46/46 项；没有发现问题\n"), "\(verified.stdout)")
    #expect(seen["console"] as? [String] == [])
    // After a bundle was made, Ctrl-C still stops the server.
    served.process.interrupt()
    let deadline = Date().addingTimeInterval(10)
    while served.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    #expect(!served.process.isRunning)
    for step in ["1-home", "2-wrong-id", "3-fixed-id", "4-roster-row", "5-over-limit", "6-after-reload", "7-wrong-file",
      "8-attachments", "9-bundle"]
    {
      let png = try Data(contentsOf: artefacts.appendingPathComponent("\(step).png"))
      #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "\(step)")
    }
  }

  @Test func aTableTotalIsSummedAsTheLinesAreTyped() throws {
    let served = try Served()
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_totals.py").path
    let run = try CLI.tool("python3", [script, served.url + "forms/shanghai-soft-science-2026", "costs.total",
      "costs.equipment=12.5", "costs.materials=3", "costs.personnel=20"])
    #expect(run.status == 0, "\(run.stdout)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [Any]], "\(run.stdout)")
    #expect(seen["wrong"]?.first as? String == "各项合计 35.5")
    #expect(seen["wrong"]?.last as? Bool == true)
    #expect(seen["right"]?.last as? Bool == false)
  }

  @Test func anApplicantBringsTheWordFormAndItsFolder() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("wrong.yaml", [("310104197803150412", "310104197803150413")])
    #expect(try CLI.run(["render", "wrong.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 1)
    for (category, file) in [("01-营业执照或法人证书", "事业单位法人证书.pdf"), ("03-团队职称职业资格证书", "项目团队职称证书.pdf")] {
      let sub = workspace.url("申报书-附件/\(category)")
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: workspace.url("附件/\(file)"), to: sub.appendingPathComponent(file))
    }
    let served = try Served()
    let artefacts = Repository.root.appendingPathComponent(".build/artefacts/serve-word")
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_word.py").path
    let run = try CLI.tool("python3", [script, served.url + "forms/\(Self.form)/word", artefacts.path,
      workspace.url("申报书.docx").path, workspace.url("申报书-附件").path])
    #expect(run.status == 0, "\(run.stdout)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
    #expect(seen["summary"] as? String == "已填 46/46 项；3 个错误，0 个警告", "\(seen)")
    // Each finding names where the form prints its field, once.
    let shown = (seen["findings"] as? [String]) ?? []
    let places = ["一、申报单位基本信息 · 项目负责人 · 身份证号码", "四、项目组成员信息 · 项目负责人 · 身份证号码",
      "四、项目组成员信息 · 项目组全部成员 第1人 · 身份证号码"]
    #expect(shown.count == places.count, "\(shown)")
    for (text, place) in zip(shown, places) {
      #expect(text.components(separatedBy: place).count == 2, "\(text)")
    }
    let annotated = try #require(seen["annotated"] as? String)
    let comments = try CLI.tool("python3", [Repository.root.appendingPathComponent("Tests/Interop/docx_comments.py").path,
      annotated])
    let read = try #require(try JSONSerialization.jsonObject(with: Data(comments.stdout.utf8)) as? [String: Any])
    let cells = (read["comments"] as? [[String: Any]])?.compactMap { $0["cell"] as? String }
    #expect(cells == Array(repeating: "310104197803150413", count: 3))
    #expect(seen["console"] as? [String] == [])
  }

  @Test func aDepartmentDropsBundlesAndReadsTheSummary() throws {
    let workspace = try Workspace(withExample: false)
    let made = try CLI.tool("python3", [Repository.root.appendingPathComponent("scripts/make-applications.py").path,
      workspace.url("in").path, "3"])
    #expect(made.status == 0)
    _ = try CLI.run(["batch", "in", "-o", "out"], in: workspace.folder)
    try FileManager.default.createDirectory(at: workspace.url("hostile"), withIntermediateDirectories: true)
    let hostile = try CLI.tool("python3", [Repository.root.appendingPathComponent("Tests/Interop/make_hostile_zips.py").path,
      workspace.url("hostile").path])
    #expect(hostile.status == 0, "\(hostile.stdout)")
    let bundles = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)
      .filter { $0.hasSuffix(".zip") }.map { workspace.url("out/\($0)").path }
    let bombs = try FileManager.default.contentsOfDirectory(atPath: workspace.url("hostile").path)
      .filter { $0.hasPrefix("zip-bomb") }.map { workspace.url("hostile/\($0)").path }
    #expect(bundles.count == 3 && !bombs.isEmpty)
    let served = try Served()
    let artefacts = Repository.root.appendingPathComponent(".build/artefacts/serve-department")
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_department.py").path
    let run = try CLI.tool("python3", [script, served.url, artefacts.path] + bundles + bombs)
    #expect(run.status == 0, "\(run.stdout)")
    let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
    #expect(seen["title"] as? String == "核验收到的申报包")
    let rows = try #require(seen["rows"] as? [[String]])
    #expect(rows.count == bundles.count + bombs.count)
    #expect(rows.filter { $0.last == "verified" }.count == 3)
    #expect(rows.filter { $0.last == "rejected" }.count == bombs.count, "\(rows)")
    #expect((seen["groups"] as? [String])?.map { $0.prefix(3) } == ["市教委", "市科委", "（未能"])
    #expect(seen["downloads"] as? [String] == ["汇总.json", "汇总.csv", "汇总.xlsx", "回执.json", "回执.html"])
    #expect(seen["ways"] as? [String] == ["返回首页", "再核验一批"])
    #expect(seen["filtered"] as? Int == 1)
    #expect(seen["console"] as? [String] == [])
    #expect(served.process.isRunning)
    for step in ["1-department", "2-summary"] {
      let png = try Data(contentsOf: artefacts.appendingPathComponent("\(step).png"))
      #expect(png.count > 20_000, "\(step)")
    }
  }

  /// Runs the hostile requests against `served`, with its token when it has one.
  func hostile(_ served: Served) throws -> [String: [String: Any]] {
    let script = Repository.root.appendingPathComponent("Tests/Interop/serve_hostile.py").path
    let run = try CLI.tool("python3", [script, "127.0.0.1", String(served.port), Self.form, served.token ?? "-",
      "shanghai-soft-science-2026", String(100 << 20)])
    #expect(run.status == 0, "\(run.stdout)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [String: Any]])
  }

  @Test func hostileRequestsAreRefusedInOneLineAndTheServerGoesOn() throws {
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: temporary) }
    let served = try Served(temporary: temporary)
    let cases = try hostile(served)
    let expected: [String: (Int, String?)] = [
      "oversized": (413, "请求超过 2 MB，已拒绝"),
      "notADraft": (400, "草稿无法读取"),
      "aList": (400, "草稿无法读取"),
      "binary": (400, "草稿无法读取"),
      "noSuchForm": (404, "没有编号为“no-such-form”的表单"),
      "noSuchPage": (404, nil),
      "assetsEscape": (404, nil),
      "forgedHost": (403, "请求的主机名不是本服务，已拒绝"),
      "otherSite": (403, "请求来自其他网站，已拒绝"),
      "badRequestLine": (400, nil),
      "badHeader": (400, nil),
      "fileOverLimit": (413, "文件“big.pdf”超过 100 MB，已拒绝"),
      "partOverLimit": (413, "文件“big.pdf”超过 100 MB，已拒绝"),
      "unclosedMultipart": (400, "上传的内容格式不对"),
      "notMultipart": (400, "请求不是 multipart/form-data 上传"),
      "noDraftPart": (400, "上传中没有草稿（draft 字段）"),
      "escapingNames": (422, nil),
      "awkwardNames": (422, nil),
      "longChineseName": (200, nil),
      "longCharacter": (200, nil),
      "crossSiteFetch": (403, "请求来自其他网站，已拒绝"),
      "escapingQueryName": (200, nil),
      "zipBomb": (200, nil),
      "wordNotDocx": (400, "申报书须是 Word 的 .docx 文件"),
      "otherForm": (409, "这份草稿填的是表单“some-other-call”，不是本页的“shanghai-ip-operations-2021”"),
      "gbkDraft": (400, "草稿无法读取：不是 UTF-8 编码的文本"),
      "rebindHost": (403, "请求的主机名不是本服务，已拒绝"),
      "rebindPost": (403, "请求的主机名不是本服务，已拒绝"),
      "nullOrigin": (403, "请求来自其他网站，已拒绝"),
      "httpsOrigin": (403, "请求来自其他网站，已拒绝"),
      "sameOrigin": (200, nil),
      "noHost": (403, nil),
      "emptyHost": (403, nil),
      "twoHosts": (403, nil),
      "crowd": (200, nil),
      "yamlBomb": (400, "草稿无法读取：超过 100000 个值"),
      "sameNames": (200, nil),
    ]
    for (name, (status, line)) in expected {
      let result = try #require(cases[name], "\(name)")
      #expect(result["status"] as? Int == status, "\(name): \(result)")
      if let line { #expect((result["line"] as? String)?.hasPrefix(line) == true, "\(name): \(result)") }
      #expect(result["alive"] as? Bool == true, "\(name)")
    }
    #expect(cases["cutOff"]?["alive"] as? Bool == true)
    // 30 000 members: one finding for the 29 999 repeated ID numbers, the answer far under 1 MB.
    let crowd = try #require(cases["crowd"])
    #expect(crowd["duplicates"] as? [Int] == [29_999], "\(crowd)")
    #expect((crowd["size"] as? Int ?? .max) < 100_000, "\(crowd)")
    #expect((crowd["findings"] as? Int ?? .max) < 50, "\(crowd)")
    #expect((crowd["errors"] as? Int ?? 0) > 30_000, "\(crowd)")
    // A hundred bundles of one name are told apart by a number that never grows past it.
    #expect(cases["sameNames"]?["last"] as? Bool == true, "\(cases["sameNames"] ?? [:])")
    #expect(cases["sameNames"]?["nested"] as? Bool == false)
    // Names from the client never became paths, and every upload's folder is gone.
    for path in ["/tmp/shenbao-escaped.pdf", "/tmp/shenbao-escaped-2.pdf", "/etc/shenbao-absolute.pdf"] {
      #expect(!FileManager.default.fileExists(atPath: path), "\(path)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    #expect((cases["oversized"]?["csp"] as? String)?.contains("script-src 'self'") == true)
    #expect(served.process.isRunning)
  }

  @Test func offLoopbackEveryRequestCarriesTheToken() throws {
    let served = try Served(["--host", "0.0.0.0"])
    let token = try #require(served.token)
    #expect(token.count == 32)
    let cases = try hostile(served)
    #expect(cases["noToken"]?["status"] as? Int == 401)
    #expect((cases["noToken"]?["line"] as? String) == "缺少访问令牌或令牌不对")
    #expect(cases["wrongToken"]?["status"] as? Int == 401)
    #expect(cases["headerToken"]?["status"] as? Int == 200)
    #expect(cases["queryToken"]?["status"] as? Int == 200)
    #expect((cases["queryToken"]?["cookie"] as? String)?.contains("HttpOnly; SameSite=Strict") == true)
    #expect(cases["cookieToken"]?["status"] as? Int == 200)
    #expect(cases["oversized"]?["status"] as? Int == 413)
    for (name, result) in cases { #expect(result["alive"] as? Bool == true, "\(name)") }
  }

  /// A name that starts like a loopback address is a name: it would need the token, and one that
  /// resolves to nothing is said to be so, not taken for a disk error.
  @Test func aHostThatOnlyLooksLikeLoopbackIsAName() throws {
    let run = try CLI.run(["serve", "--host", "127.0.0.1.invalid", "--port", "0"])
    #expect(run.status == 2)
    #expect(run.stderr == "无法在 127.0.0.1.invalid:0 上服务：这个名称不是本机的地址，也解析不出地址"
      + "（--host 应为本机的 IP 地址，如 127.0.0.1 或 0.0.0.0）\n", "\(run.stderr)")
  }

  /// A field the form needs only in some cases (开户银行, unless the unit is 公益1类) is not marked
  /// as always required.
  @Test func aFieldRequiredOnlyInSomeCasesIsMarkedSo() throws {
    let served = try Served()
    let page = try CLI.tool("python3", ["-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())",
      served.url + "forms/\(Self.form)"])
    #expect(page.status == 0)
    #expect(page.stdout.contains("开户银行<span class=\"req cond\" title=\"视情况必填：见栏目下的说明\">（视情况）</span></label>"),
      "\(page.stdout.prefix(400))")
    #expect(page.stdout.contains("项目名称<span class=\"req\" title=\"必填\">*</span></label>"))
  }

  @Test func aTakenPortIsOneLine() throws {
    let first = try Served()
    let second = try CLI.run(["serve", "--port", String(first.port)])
    #expect(second.status == 2)
    #expect(second.stderr == "无法在 127.0.0.1:\(first.port) 上服务：端口已被占用\n", "\(second.stderr)")
  }
}
