import Foundation
import ShenbaoCore
@testable import ShenbaoDesk
import ShenbaoSupport
import Testing

@Suite("Receipts")
struct ReceiptTests {
  /// The receipt of bundles, each a file of its own holding the bytes its digest is of: a
  /// receipt reads what is on disk.
  func receipt(_ bundles: [(String, String)]) throws -> Receipt {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("receipt-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var rows: [SummaryRow] = []
    var paths: [String: String] = [:]
    for (index, (name, digest)) in bundles.enumerated() {
      var row = SummaryRow(file: name, status: .verified)
      row.bundle = name
      row.sha256 = digest
      rows.append(row)
      let file = folder.appendingPathComponent("\(index).zip")
      try Data(try #require(Self.contents[digest]).utf8).write(to: file)
      paths[name] = file.path
    }
    return Receipt(BatchSummary(rows: rows), issued: Date(timeIntervalSince1970: 1_764_500_000)) { row in
      row.bundle.flatMap { paths[$0] }
    }
  }

  static let contents = Dictionary(uniqueKeysWithValues: ["A", "B", "C"].map { (StreamingSHA256.digest(of: Data($0.utf8)), $0) })
  let a = StreamingSHA256.digest(of: Data("A".utf8))
  let b = StreamingSHA256.digest(of: Data("B".utf8))
  let c = StreamingSHA256.digest(of: Data("C".utf8))

  @Test func recordsEachBundleInShanghaiTime() throws {
    let made = try receipt([("x.zip", a)])
    #expect(made.issued == "2025-11-30T18:53:20+08:00")
    #expect(made.bundles.count == 1)
    #expect(made.bundles[0].size == 1)
    #expect(made.bundles[0].sha256 == a)
    #expect(made.bundles[0].received.hasSuffix("+08:00"))
  }

  /// What the receipt records is what the folder holds when it is written; a bundle replaced
  /// after it was checked, or gone, is not vouched for.
  @Test func recordsTheBundleAsItIsOnDisk() throws {
    var row = SummaryRow(file: "x.zip", status: .packaged)
    row.bundle = "x.zip"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("receipt-\(UUID().uuidString).zip")
    try Data("B".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(Receipt(BatchSummary(rows: [row]), issued: Date()) { _ in file.path }.bundles.map(\.sha256) == [b])
    row.sha256 = b
    #expect(Receipt(BatchSummary(rows: [row]), issued: Date()) { _ in file.path }.bundles.map(\.sha256) == [b])
    row.sha256 = a
    #expect(Receipt(BatchSummary(rows: [row]), issued: Date()) { _ in file.path }.bundles.isEmpty)
    #expect(Receipt(BatchSummary(rows: [row]), issued: Date()) { _ in file.path + ".gone" }.bundles.isEmpty)
  }

  @Test func tellsWhatChangedDisappearedAppearedOrWasRenamed() throws {
    let made = try receipt([("1.zip", a), ("2.zip", b), ("3.zip", c)])
    func current(_ name: String, _ digest: String?) -> ReceiptCheck.Current {
      ReceiptCheck.Current(name: name, sha256: digest)
    }
    let check = ReceiptCheck(made, current: [current("1.zip", a), current("2.zip", c), current("4.zip", String(repeating: "d", count: 64)),
      current("三.zip", c)], wholeFolders: true)
    #expect(check.unchanged == 1)
    #expect(check.differences == [.changed(name: "2.zip", was: b, now: c), .added(name: "4.zip", sameAs: nil),
      .added(name: "三.zip", sameAs: "3.zip")])
    #expect(check.lines(.zh).last == "与回执核对：一致 1 个，改动 1 个，新增 1 个，改名 1 个")
    // A copy of a bundle still there is added, not renamed; one gone is missing.
    let copied = ReceiptCheck(made, current: [current("copy.zip", a), current("1.zip", a), current("2.zip", b)],
      wholeFolders: true)
    #expect(copied.differences == [.copied(name: "copy.zip", of: "1.zip"), .missing(name: "3.zip")])
    // A folder emptied of every bundle: all are missing.
    let emptied = ReceiptCheck(made, current: [], wholeFolders: true)
    #expect(emptied.differences == [.missing(name: "1.zip"), .missing(name: "2.zip"), .missing(name: "3.zip")])
    #expect(!emptied.matches)
  }

  @Test func anApplicantCheckingTheirOwnBundleIsNotToldOfTheOthers() throws {
    let made = try receipt([("1.zip", a), ("2.zip", b)])
    let own = ReceiptCheck(made, current: [ReceiptCheck.Current(name: "2.zip", sha256: b),
      ReceiptCheck.Current(name: "2.zip", sha256: b)], wholeFolders: false)
    #expect(own.matches)
    #expect(own.lines(.zh) == ["与回执核对：一致 1 个"])
    // Saved under a name of its own, it is still the bundle received; one the receipt does not
    // know is not said to be "added since".
    let saved = ReceiptCheck(made, current: [ReceiptCheck.Current(name: "我的.zip", sha256: a),
      ReceiptCheck.Current(name: "别的.zip", sha256: String(repeating: "e", count: 64))], wholeFolders: false)
    #expect(saved.lines(.zh) == ["我的.zip：名称与回执中的不同，内容与回执中的“1.zip”相同",
      "别的.zip：回执中没有这个申报包（名称和内容都不在回执中）", "与回执核对：一致 1 个，不在回执中 1 个"])
    // Decomposed and composed names are one name; a name that could act on a terminal is shown escaped.
    let nfd = try receipt([("e\u{301}.zip", a)])
    #expect(ReceiptCheck(nfd, current: [ReceiptCheck.Current(name: "\u{e9}.zip", sha256: a)], wholeFolders: true).matches)
    let hostile = try receipt([("\u{1B}[31m红.zip", a)])
    #expect(ReceiptCheck(hostile, current: [], wholeFolders: true).lines(.zh)[0].hasPrefix("\\u{1B}[31m红.zip"))
  }

  @Test func refusesWhatIsNotAReceipt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("回执.json")
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let entry = #"{"name":"a","size":1,"sha256":"SHA","received":"t","status":"verified"}"#
    let cases: [(String, ReceiptError.Problem)] = [
      ("", .empty), ("[1]", .notAnObject), (deep, .notJSON), ("\u{FEFF}{", .notJSON), (#"{"issued":"x"}"#, .missing(field: "maker")),
      (#"{"issued":"x","maker":"y","bundles":[\#(entry.replacingOccurrences(of: "SHA", with: "zz"))]}"#,
        .wrongValue(field: "bundles[0].sha256")),
      (#"{"issued":"x","maker":"y","bundles":[\#(entry.replacingOccurrences(of: "\"size\":1", with: "\"size\":\"1\""))]}"#,
        .wrongValue(field: "bundles[0].size")),
      (#"{"issued":"x","maker":"y","bundles":[\#(entry.replacingOccurrences(of: "SHA", with: a)),\#(entry.replacingOccurrences(of: "SHA", with: b))]}"#,
        .twice("a")),
    ]
    for (text, problem) in cases {
      try Data(text.utf8).write(to: url)
      #expect(throws: ReceiptError.notAReceipt(url, problem)) { try Receipt.read(url) }
    }
    #expect(ReceiptError.notAReceipt(url, .missing(field: "maker")).line(.zh).hasSuffix("无法核对：缺少“maker”"))
    let good = try receipt([("1.zip", a)])
    try SummaryFiles(language: .zh).receiptJSON(good).write(to: url)
    #expect(try Receipt.read(url) == good)
  }
}
