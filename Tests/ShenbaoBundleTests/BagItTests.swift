import ShenbaoBundle
import ShenbaoSupport
import Testing

@Suite("BagIt tag files")
struct BagItTests {
  let sha = String(repeating: "ab", count: 32)

  @Test func manifestsRoundTripWithEncodedPaths() throws {
    let entries = ["data/附件/01-证书.pdf": sha, "data/100%.txt": sha, "data/a\nb": sha]
    let text = BagIt.manifest(entries)
    #expect(text.contains("\(sha)  data/100%25.txt\n"))
    #expect(text.contains("\(sha)  data/a%0Ab\n"))
    let parsed = BagIt.parseManifest(text, hexLength: 64)
    #expect(parsed.entries == entries)
    #expect(parsed.malformedLines.isEmpty && parsed.repeated.isEmpty)
  }

  @Test func everyBadLineIsNamed() {
    let text = """
      nothex  data/a
      \(sha)
      # a comment, skipped as bagit-python skips it

      \(sha.prefix(40))  data/short
      \(sha)  ../escape
      \(sha)  data/b
      \(sha)  data/b
      \(String(repeating: "cd", count: 32))  data/b
      \(sha) *data/binary-mode
      """
    let parsed = BagIt.parseManifest(text, hexLength: 64)
    #expect(parsed.malformedLines == [1, 2, 5, 6])
    #expect(parsed.repeated.map(\.path) == ["data/b", "data/b"])
    #expect(parsed.repeated.map(\.conflicting) == [false, true])
    #expect(Set(parsed.entries.keys) == ["data/b", "data/binary-mode"])
  }

  @Test func pathsAreComparedInNFC() {
    let parsed = BagIt.parseManifest("\(sha)  data/e\u{301}.pdf\n\(sha)  data/\u{E9}.pdf\n", hexLength: 64)
    #expect(parsed.entries.count == 1)
    #expect(parsed.repeated.map(\.path) == ["data/\u{E9}.pdf"])
    #expect(Array(parsed.entries.keys[parsed.entries.keys.startIndex].unicodeScalars).count == 10)
  }

  @Test func manifestNamesSayTheirKindAndAlgorithm() {
    #expect(BagIt.manifestKind(of: "manifest-sha512.txt")! == (false, "sha512"))
    #expect(BagIt.manifestKind(of: "tagmanifest-md5.txt")! == (true, "md5"))
    #expect(BagIt.manifestKind(of: "manifest-.txt") == nil)
    #expect(BagIt.manifestKind(of: "bag-info.txt") == nil)
  }

  @Test func bagInfoKeepsOrderAndFolds() {
    let text = BagIt.bagInfo([("Source-Organization", "上海某中心"), ("External-Description", "一\n二")])
    #expect(text == "Source-Organization: 上海某中心\nExternal-Description: 一 二\n")
    let parsed = BagIt.parseBagInfo("A: 1\nB: long\n  continued\n")
    #expect(parsed.map(\.0) == ["A", "B"])
    #expect(parsed.map(\.1) == ["1", "long continued"])
    #expect(BagIt.payloadOxum(bytes: 1024, files: 3) == "1024.3")
  }
}

@Suite("Safe file names")
struct SafeFileNameTests {
  @Test func dropsWhatSystemsRefuse() {
    #expect(SafeFileName.component("上海/某\\中心:*?\"<>|-申报材料", fallback: "x") == "上海某中心-申报材料")
    #expect(SafeFileName.component("  ..名称\u{1}\u{7}.  ", fallback: "x") == "名称")
    #expect(SafeFileName.component("...", fallback: "fallback") == "fallback")
    #expect(SafeFileName.component("完成率100%.pdf", fallback: "x") == "完成率100％.pdf")
  }

  @Test func shortensButKeepsTheExtension() {
    let long = String(repeating: "很长的名字", count: 30) + ".pdf"
    let short = SafeFileName.component(long, fallback: "x")
    #expect(short.utf8.count <= SafeFileName.maximumBytes)
    #expect(short.hasSuffix(".pdf"))
  }
}
