import ShenbaoKit
import Testing

@Suite("BagIt tag files")
struct BagItTests {
  let sha = String(repeating: "ab", count: 32)

  @Test func manifestsRoundTripWithEncodedPaths() throws {
    let entries = ["data/附件/01-证书.pdf": sha, "data/100%.txt": sha, "data/a\nb": sha]
    let text = BagIt.manifest(entries)
    #expect(text.contains("\(sha)  data/100%25.txt\n"))
    #expect(text.contains("\(sha)  data/a%0Ab\n"))
    #expect(BagIt.parseManifest(text) == entries)
  }

  @Test func malformedManifestsAreRefused() {
    #expect(BagIt.parseManifest("nothex  data/a\n") == nil)
    #expect(BagIt.parseManifest("\(sha)\n") == nil)
    #expect(BagIt.parseManifest("") == [:])
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
  }

  @Test func shortensButKeepsTheExtension() {
    let long = String(repeating: "很长的名字", count: 30) + ".pdf"
    let short = SafeFileName.component(long, fallback: "x")
    #expect(short.utf8.count <= SafeFileName.maximumBytes)
    #expect(short.hasSuffix(".pdf"))
  }
}
