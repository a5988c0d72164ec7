import Foundation
import ShenbaoSupport
import Testing

@Suite("shenbao package and verify", .serialized)
struct PackageCommandTests {
  static let bundleName = "上海浦江高校技术转移服务中心-申报材料.zip"

  @Test func packagesTheExampleAndVerifiesIt() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["package", "draft.yaml"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("已生成 \(Self.bundleName)（11 个文件，"))
    #expect(run.stdout.hasSuffix(" KB）\n"), "\(run.stdout)")
    let verify = try CLI.run(["verify", Self.bundleName], in: workspace.folder)
    #expect(verify.status == 0)
    #expect(verify.stdout == "\(Self.bundleName): 已填 46/46 项；没有发现问题\n")
    let json = try CLI.run(["verify", "--format", "json", Self.bundleName], in: workspace.folder)
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(reports.first?["errors"] as? Int == 0)
  }

  /// What packing says of a draft's warnings names the draft as given and its lines, not the
  /// copy the bundle holds.
  @Test func warningsNameTheDraftThatWasPacked() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("warned.yaml", [("  projectNumber: \"\"", "  projectNumber: \"X1\"")])
    let run = try CLI.run(["package", "warned.yaml", "-o", "warned.zip"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdoutLines.first?.hasPrefix("warned.yaml:7: 警告[project-number-filled]") == true, "\(run.stdout)")
    #expect(!run.stdout.contains("申报书.yaml"), "\(run.stdout)")
  }

  @Test func twoRunsGiveTheSameBytes() throws {
    let workspace = try Workspace()
    #expect(try CLI.run(["package", "draft.yaml", "-o", "a.zip"], in: workspace.folder).status == 0)
    #expect(try CLI.run(["package", "draft.yaml", "-o", "b.zip"], in: workspace.folder).status == 0)
    #expect(try Data(contentsOf: workspace.url("a.zip")) == Data(contentsOf: workspace.url("b.zip")))
  }

  @Test func aDraftWithErrorsIsRefusedAndNothingWritten() throws {
    let workspace = try Workspace()
    try workspace.editedDraft("broken.yaml", [("postcode: \"200030\"", "postcode: \"2000\"")])
    let run = try CLI.run(["package", "broken.yaml", "-o", "x.zip"], in: workspace.folder)
    #expect(run.status == 1)
    #expect(run.stdout.contains("broken.yaml:21: 错误[postcode] unit.postcode"))
    #expect(run.stderr.contains("未生成申报包"))
    let left = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
    #expect(!left.contains { $0.hasSuffix(".zip") || $0.contains("shenbao-") })
  }

  @Test func theAttachmentsFolderCanBeNamed() throws {
    let workspace = try Workspace()
    try FileManager.default.createDirectory(at: workspace.url("files"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: workspace.url("附件"), to: workspace.url("files/附件"))
    #expect(try CLI.run(["package", "draft.yaml", "-o", "a.zip"], in: workspace.folder).status == 1)
    let run = try CLI.run(["package", "draft.yaml", "-o", "a.zip", "--attachments", "files"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func anExistingBundleNeedsForce() throws {
    let workspace = try Workspace()
    try Data("old".utf8).write(to: workspace.url("a.zip"))
    let run = try CLI.run(["package", "draft.yaml", "-o", "a.zip"], in: workspace.folder)
    #expect(run.status == 2)
    #expect(run.stderrLines.count == 1)
    #expect(try Data(contentsOf: workspace.url("a.zip")) == Data("old".utf8))
    #expect(try CLI.run(["package", "draft.yaml", "-o", "a.zip", "--force"], in: workspace.folder).status == 0)
  }

  @Test func verifyNeedsAFile() throws {
    let run = try CLI.run(["verify", "/nonexistent/bundle.zip"])
    #expect(run.status == 2)
    #expect(run.stderrLines == ["/nonexistent/bundle.zip: 文件不存在"])
  }
}

/// The bundle meets bagit (PyPI), Python's zipfile and Info-ZIP, and tampering is caught.
@Suite("Bundles and their readers", .serialized)
struct BundleInteropTests {
  func packaged() throws -> (Workspace, URL) {
    let workspace = try Workspace()
    #expect(try CLI.run(["package", "draft.yaml", "-o", "bundle.zip"], in: workspace.folder).status == 0)
    return (workspace, workspace.url("bundle.zip"))
  }

  @Test func bagitAcceptsTheUnpackedBundle() throws {
    let (workspace, bundle) = try packaged()
    let out = workspace.url("unpacked")
    let unzip = try CLI.tool("unzip", ["-q", bundle.path, "-d", out.path])
    #expect(unzip.status == 0, "\(unzip.stdout)")
    let bag = out.appendingPathComponent("上海浦江高校技术转移服务中心-申报材料").path
    let run = try CLI.tool("python3", ["-c", "import bagit, sys; bagit.Bag(sys.argv[1]).validate(); print('valid')", bag])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("valid"))
  }

  @Test func zipfileReadsEveryChineseNameWithTheUTF8Flag() throws {
    let (workspace, bundle) = try packaged()
    defer { withExtendedLifetime(workspace) {} }
    let script = """
      import sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      assert z.testzip() is None
      for info in z.infolist():
          assert info.flag_bits & 0x800, info.filename
          print(info.filename)
      """
    let run = try CLI.tool("python3", ["-c", script, bundle.path])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("上海浦江高校技术转移服务中心-申报材料/data/附件/02-认证资质荣誉证书/02-国家技术转移示范机构证书.png\n"))
    #expect(run.stdout.split(separator: "\n").count == 16)
    let test = try CLI.tool("unzip", ["-t", bundle.path])
    #expect(test.status == 0)
    #expect(test.stdout.contains("No errors detected"))
  }

  @Test func aLooselyWrittenBundleIsVerified() throws {
    let (workspace, bundle) = try packaged()
    let script = Repository.root.appendingPathComponent("Tests/Interop/loosen_zip.py").path
    #expect(try CLI.tool("python3", [script, bundle.path, workspace.url("loose.zip").path]).status == 0)
    let run = try CLI.run(["verify", "loose.zip"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stdout)")
  }

  @Test func tamperingIsCaughtWithASpecificFinding() throws {
    let (workspace, bundle) = try packaged()
    let script = """
      import copy, sys, zipfile
      source, folder = sys.argv[1], sys.argv[2]
      original = zipfile.ZipFile(source)
      def rebuild(name, skip=None, add=None, edit=None):
          with zipfile.ZipFile(f"{folder}/{name}", "w") as out:
              for info in original.infolist():
                  if skip and info.filename.endswith(skip):
                      continue
                  data = original.read(info)
                  if edit and info.filename.endswith(edit[0]):
                      data = data.replace(edit[1].encode(), edit[2].encode())
                  out.writestr(copy.copy(info), data)
              if add:
                  out.writestr(add[0], add[1])
      top = original.infolist()[0].filename.split("/")[0]
      rebuild("removed.zip", skip="02-国家技术转移示范机构证书.png")
      rebuild("added.zip", add=(top + "/data/附件/extra.pdf", b"%PDF-1.4"))
      rebuild("edited.zip", edit=("申报书.yaml", "98430154800012345", "98430154800099999"))
      rebuild("attachment.zip", edit=("事业单位法人证书.pdf", "specimen", "SPECIMEN"))
      """
    let made = try CLI.tool("python3", ["-c", script, bundle.path, workspace.folder.path])
    #expect(made.status == 0, "\(made.stdout)")
    let expected = [
      "removed.zip": "bag-file-missing", "added.zip": "bag-file-unlisted", "edited.zip": "bag-checksum",
      "attachment.zip": "bag-checksum",
    ]
    for (name, code) in expected {
      let run = try CLI.run(["verify", name], in: workspace.folder)
      #expect(run.status == 1, "\(name)")
      #expect(run.stdout.contains("错误[\(code)]"), "\(name): \(run.stdout)")
    }
  }

  @Test func hostileBundlesAreRefusedCleanly() throws {
    let workspace = try Workspace(withExample: false)
    let script = Repository.root.appendingPathComponent("Tests/Interop/make_hostile_zips.py").path
    let made = try CLI.tool("python3", [script, workspace.folder.path])
    #expect(made.status == 0, "\(made.stdout)")
    let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter { $0.hasSuffix(".zip") }
    #expect(names.count == 12)
    for name in names {
      // Each file is named after the finding it must get (zip-unsafe-name-parent.zip …).
      let code = ["zip-unsafe-name", "zip-symlink", "zip-duplicate-name", "zip-bomb", "zip-size-mismatch",
        "zip-compression", "zip-unreadable"].first { name.hasPrefix($0) } ?? "?"
      let start = Date()
      let run = try CLI.run(["verify", name], in: workspace.folder)
      #expect(Date().timeIntervalSince(start) < 10, "\(name) took too long")
      #expect(run.status == 1, "\(name)")
      #expect(run.stdout.contains("错误[\(code)]"), "\(name): \(run.stdout)")
      #expect(run.stderr.isEmpty, "\(name): \(run.stderr)")
    }
  }
}

@Suite("Interrupting package", .serialized)
struct InterruptTests {
  @Test func ctrlCLeavesNoPartialBundle() throws {
    let workspace = try Workspace()
    // A large attachment (sparse, so it costs no disk to make) keeps packaging busy.
    let big = workspace.url("附件/大文件.pdf")
    #expect(FileManager.default.createFile(atPath: big.path, contents: Data("%PDF-1.4\n".utf8)))
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: 480 << 20)
    try handle.close()
    var draft = try String(contentsOf: workspace.url("draft.yaml"), encoding: .utf8)
    draft += "  - category: other\n    path: 附件/大文件.pdf\n"
    try draft.write(to: workspace.url("draft.yaml"), atomically: true, encoding: .utf8)

    let process = try CLI.start(["package", "draft.yaml", "-o", "bundle.zip"], in: workspace.folder)
    // Wait until the archive is being written, then interrupt.
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      let names = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
      if names.contains(where: { $0.hasPrefix(".bundle.zip.shenbao-") }) { break }
      Thread.sleep(forTimeInterval: 0.02)
    }
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let left = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
    #expect(!left.contains { $0.contains("bundle.zip") }, "\(left)")
  }

  @Test func aBundleMayCarryTheFormPrintedToPDF() throws {
    let workspace = try Workspace()
    let run = try CLI.run(["package", "draft.yaml", "-o", "bundle.zip", "--pdf"], in: workspace.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let listing = try CLI.tool("unzip", ["-l", workspace.url("bundle.zip").path]).stdout
    #expect(listing.contains("/data/申报书.pdf") && listing.contains("/data/申报书.docx"), "\(listing)")
    let pdf = try CLI.tool("unzip", ["-p", workspace.url("bundle.zip").path, "*/data/申报书.pdf"])
    #expect(pdf.stdout.hasPrefix("%PDF"))
    let verify = try CLI.run(["verify", "bundle.zip"], in: workspace.folder)
    #expect(verify.status == 0, "\(verify.stdout)")
  }
}
