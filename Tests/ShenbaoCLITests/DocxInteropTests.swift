import Foundation
import ShenbaoSupport
import Testing

/// The rendered form meets the clients applicants and reviewers use: python-docx reads every
/// table cell, and LibreOffice renders it to PDF. `make test` installs both.
@Suite("python-docx and LibreOffice read the rendered form", .serialized)
struct DocxInteropTests {
  /// Each label with the value python-docx must find in the cell right after it.
  static let expectedPairs: [(String, String)] = [
    ("项目名称：", "上海高校知识产权运营促进中心建设项目"), ("申报单位（盖章）：", "上海浦江高校技术转移服务中心"),
    ("推荐单位（盖章）：", "市教委"), ("申报日期：", "2021年5月20日"),
    ("申报单位", "上海浦江高校技术转移服务中心"), ("单位性质", "公益2类事业单位"),
    ("统一社会信用代码", "12310104425077310B"), ("开户银行", "上海浦东发展银行徐汇支行"),
    ("银行账号", "98430154800012345"), ("通信地址（邮政编码）", "上海市徐汇区漕溪北路595号8楼（200030）"),
    ("单位法人", "赵国平"), ("项目负责人", "陈立华"), ("项目联系人", "张敏"),
    ("单位主营业务范围", "高校科技成果转移转化服务"),
    ("申报单位", "上海浦江高校技术转移服务中心成立于2012年"),
    ("知识产权运营重点单位名录", "80家"), ("专利供给信息", "3000条"), ("服务对象满意度", "95%"),
    ("姓名", "陈立华"), ("性别", "男"), ("身份证号码", "310104197803150412"), ("学历", "博士研究生"),
    ("职务/职称", "副主任/研究员"), ("现从事专业", "知识产权管理"), ("所在部门", "专利运营部"),
    ("职务", "副主任"), ("手机", "13816204417"), ("电子邮箱", "chenlh@pjtt.example.cn"),
    ("固定电话", "021-64871230-8012"),
    ("申报单位承诺及意见", "所提交的资料真实有效，并自愿承担相应责任。同意申报。"),
    ("申报单位承诺及意见", "2021年5月20日"), ("推荐单位意见", "2021年5月28日"),
  ]

  static let roster = [
    ["1", "陈立华", "310104197803150412", "专利运营部", "副主任/研究员", "博士研究生", "知识产权管理", "项目总体负责，统筹运营机制建设"],
    ["4", "张敏", "31010119900114028X", "综合办公室", "主管/经济师", "大学本科", "项目管理", "项目联络、绩效统计和报告报送"],
    ["6", "周晓燕", "310104199306050866", "培训交流部", "专员/助理研究员", "硕士研究生", "知识产权法", "宣传培训和满意度调查"],
  ]

  func render(in workspace: Workspace) throws -> URL {
    #expect(try CLI.run(["render", "draft.yaml", "-o", "申报书.docx"], in: workspace.folder).status == 0)
    return workspace.url("申报书.docx")
  }

  @Test func pythonDocxFindsEveryValueBesideItsLabel() throws {
    let workspace = try Workspace()
    let docx = try render(in: workspace)
    let script = Repository.root.appendingPathComponent("Tests/Interop/docx_tables.py").path
    let run = try CLI.tool("python3", [script, docx.path])
    #expect(run.status == 0, "\(run.stdout)")
    let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let tables = try #require(dump["tables"] as? [[[String]]])
    let rows = tables.flatMap { $0 }
    for (label, value) in Self.expectedPairs {
      let found = rows.contains { cells in
        // A label may print over two lines (通信地址 and （邮政编码）), broken where its words allow.
        cells.indices.dropLast().contains { cells[$0].filter { !$0.isWhitespace } == label && cells[$0 + 1].filter { !$0.isWhitespace }.contains(value.filter { !$0.isWhitespace }) }
      }
      #expect(found, "python-docx finds no \(label) → \(value)")
    }
    for member in Self.roster {
      #expect(rows.contains(member), "roster row \(member)")
    }
    let section = try #require((dump["sections"] as? [[String: Int]])?.first)
    // A4 portrait in EMU, with 2.54 cm and 3.17 cm margins.
    #expect(section["width"] == 7_560_310 && section["height"] == 10_692_130)
    #expect(section["top"] == 914_400 && section["left"] == 1_143_000)
  }

  /// The rendered example printed to PDF by LibreOffice.
  func printed(in workspace: Workspace) throws -> URL {
    let docx = try render(in: workspace)
    let profile = workspace.url("lo-profile").absoluteString
    let convert = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless",
      "--convert-to", "pdf", "--outdir", workspace.folder.path, docx.path])
    #expect(convert.status == 0, "\(convert.stdout)")
    return workspace.url("申报书.pdf")
  }

  /// 宋体 for the text and 黑体 for the headings, where neither is installed: LibreOffice falls
  /// back to the serif and the sans Noto CJK faces (the PDF names every Noto CJK face by its
  /// shared Japanese font name; the glyph forms follow the zh-CN language of the text), no
  /// Chinese text falls to a Latin font, and Times New Roman prints as Liberation Serif.
  @Test func printsInASerifAndASansChineseFace() throws {
    let workspace = try Workspace()
    let pdf = try printed(in: workspace)
    let fonts = try CLI.tool("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
      .compactMap { $0.split(separator: " ").first.map { String($0.drop { $0 != "+" }.dropFirst()) } }
    #expect(fonts.contains { $0.hasPrefix("NotoSerifCJK") }, "\(fonts)")
    #expect(fonts.contains { $0.hasPrefix("NotoSansCJK") }, "\(fonts)")
    // The form's Latin text (dates, numbers, e-mail) in Times New Roman's metric twin, which the
    // set-up installs (fonts-liberation2): the lines break where they break in Word.
    #expect(fonts.contains { $0.hasPrefix("LiberationSerif") }, "\(fonts)")
    #expect(fonts.allSatisfy { $0.hasPrefix("NotoSerifCJK") || $0.hasPrefix("NotoSansCJK") || $0.hasPrefix("LiberationSerif") },
      "\(fonts)")
  }

  /// The glyphs are the Simplified Chinese ones: page 3 prints exactly as a copy whose fonts
  /// name Noto Serif CJK SC and Noto Sans CJK SC outright, and differently from a copy set in
  /// the Japanese faces and language.
  @Test func printsTheSimplifiedChineseFaces() throws {
    let workspace = try Workspace()
    _ = try printed(in: workspace)
    let script = Repository.root.appendingPathComponent("Tests/Interop/name_cjk_faces.py").path
    let docx = workspace.url("申报书.docx").path
    #expect(try CLI.tool("python3", [script, docx, workspace.url("sc.docx").path]).status == 0)
    #expect(try CLI.tool("python3", [script, docx, workspace.url("jp.docx").path, "--japanese"]).status == 0)
    let profile = workspace.url("lo-profile").absoluteString
    for name in ["sc.docx", "jp.docx"] {
      let convert = try CLI.tool("soffice", ["-env:UserInstallation=\(profile)", "--headless",
        "--convert-to", "pdf", "--outdir", workspace.folder.path, workspace.url(name).path])
      #expect(convert.status == 0, "\(convert.stdout)")
    }
    func page(_ pdf: String) throws -> Data {
      let prefix = workspace.url(pdf + "-page").path
      #expect(try CLI.tool("pdftoppm", ["-r", "100", "-png", "-singlefile", "-f", "3", "-l", "3",
        workspace.url(pdf).path, prefix]).status == 0)
      return try Data(contentsOf: URL(fileURLWithPath: prefix + ".png"))
    }
    let form = try page("申报书.pdf")
    #expect(form == (try page("sc.pdf")))
    #expect(form != (try page("jp.pdf")))
  }

  @Test func libreOfficeRendersEveryValueOnNinePages() throws {
    let workspace = try Workspace()
    let pdf = try printed(in: workspace)
    let info = try CLI.tool("pdfinfo", [pdf.path])
    #expect(info.stdout.contains("Pages:           9"), "\(info.stdout)")
    let text = try CLI.tool("pdftotext", ["-raw", "-enc", "UTF-8", pdf.path, "-"]).stdout
    let compact = text.filter { !$0.isWhitespace }
    let draft = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
    var values = Self.expectedPairs.map(\.1) + Self.roster.flatMap { $0 }
    // Every line of the two long texts, as printed.
    for key in ["capability: |-", "plan: |-"] {
      let block = draft.components(separatedBy: key)[1].components(separatedBy: "\n\n#")[0]
      values += block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.contains(":") }
    }
    for value in values {
      #expect(compact.contains(value.filter { !$0.isWhitespace }), "the PDF lacks \(value)")
    }
    // Page by page: the cover carries no page number, the next page does, and the targets
    // table stands on one page from its caption to its last row.
    let pages = try (1...9).map { page in
      try CLI.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", pdf.path, "-"]).stdout
        .filter { !$0.isWhitespace }
    }
    #expect(!pages[0].contains("—1—"), "\(pages[0])")
    #expect(pages[1].contains("—2—"), "\(pages[1])")
    let targets = pages.filter { $0.contains("目标预计值申报指南要求") }
    #expect(targets.count == 1 && targets[0].contains("服务对象满意度"), "\(targets)")
    // No label breaks inside a word: each piece (a label breaks only before a bracket and after
    // a slash) stands whole on a printed line.
    let lines = text.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }
    for label in ["电话（手机）", "通信地址（邮政编码）", "身份证号码", "职务/职称", "现从事专业", "所在部门", "固定电话",
      "序号", "申报单位承诺及意见", "统一社会信用代码", "单位主营业务范围", "项目组全部成员"]
    {
      let pieces = label.replacingOccurrences(of: "（", with: "\n（").replacingOccurrences(of: "/", with: "/\n")
        .split(separator: "\n")
      for piece in pieces {
        #expect(lines.contains { $0.contains(piece) }, "\(label) breaks inside \(piece)")
      }
    }
    // An e-mail address breaks only before its @ or after a dot.
    for address in ["zhaogp@pjtt.example.cn", "chenlh@pjtt.example.cn", "zhangmin@pjtt.example.cn"] {
      let pieces = address.replacingOccurrences(of: "@", with: "\n@").replacingOccurrences(of: ".", with: ".\n")
        .split(separator: "\n")
      for piece in pieces {
        #expect(lines.contains { $0.contains(piece) }, "\(address) breaks inside \(piece)")
      }
    }
  }
}
