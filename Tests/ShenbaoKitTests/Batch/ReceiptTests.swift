import Foundation
@testable import ShenbaoKit
import Testing

@Suite("Receipts")
struct ReceiptTests {
  func receipt(_ bundles: [(String, String)]) -> Receipt {
    var rows: [SummaryRow] = []
    for (name, digest) in bundles {
      var row = SummaryRow(file: name, status: .verified)
      row.bundle = name
      row.sha256 = digest
      rows.append(row)
    }
    // Every bundle "is" this test file, for its size and time.
    return Receipt(BatchSummary(rows: rows), issued: Date(timeIntervalSince1970: 1_764_500_000)) { _ in #filePath }
  }

  let a = String(repeating: "a", count: 64)
  let b = String(repeating: "b", count: 64)
  let c = String(repeating: "c", count: 64)

  @Test func recordsEachBundleInShanghaiTime() throws {
    let made = receipt([("x.zip", a)])
    #expect(made.issued == "2025-11-30T18:53:20+08:00")
    #expect(made.bundles.count == 1)
    #expect(made.bundles[0].size == (try FileManager.default.attributesOfItem(atPath: #filePath)[.size] as? Int))
    #expect(made.bundles[0].received.hasSuffix("+08:00"))
  }

  @Test func tellsWhatChangedDisappearedAppearedOrWasRenamed() {
    let made = receipt([("1.zip", a), ("2.zip", b), ("3.zip", c)])
    func current(_ name: String, _ digest: String?) -> ReceiptCheck.Current {
      ReceiptCheck.Current(name: name, sha256: digest, inFolder: true)
    }
    let check = ReceiptCheck(made, current: [current("1.zip", a), current("2.zip", c), current("4.zip", String(repeating: "d", count: 64)),
      current("三.zip", c)])
    #expect(check.unchanged == 1)
    #expect(check.differences == [.changed(name: "2.zip", was: b, now: c), .added(name: "4.zip", sameAs: nil),
      .added(name: "三.zip", sameAs: "3.zip")])
    #expect(check.lines(.zh).last == "与回执核对：一致 1 个，改动 1 个，新增 1 个，改名 1 个")
    // A copy of a bundle still there is added, not renamed; one gone is missing.
    let copied = ReceiptCheck(made, current: [current("1.zip", a), current("copy.zip", a), current("2.zip", b)])
    #expect(copied.differences == [.copied(name: "copy.zip", of: "1.zip"), .missing(name: "3.zip")])
  }

  @Test func anApplicantCheckingTheirOwnBundleIsNotToldOfTheOthers() {
    let made = receipt([("1.zip", a), ("2.zip", b)])
    let own = ReceiptCheck(made, current: [ReceiptCheck.Current(name: "2.zip", sha256: b, inFolder: false)])
    #expect(own.matches)
    #expect(own.lines(.zh) == ["与回执核对：一致 1 个"])
    // Decomposed and composed names are one name.
    let nfd = receipt([("e\u{301}.zip", a)])
    #expect(ReceiptCheck(nfd, current: [ReceiptCheck.Current(name: "\u{e9}.zip", sha256: a, inFolder: true)]).matches)
  }

  @Test func refusesWhatIsNotAReceipt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("回执.json")
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    for text in ["{}", "[1]", deep, #"{"issued":"x","maker":"y","bundles":[{"name":"a","size":1,"sha256":"zz","received":"t","status":"verified"}]}"#] {
      try Data(text.utf8).write(to: url)
      #expect(throws: ReceiptError.notAReceipt(url)) { try Receipt.read(url) }
    }
    let good = receipt([("1.zip", a)])
    try SummaryFiles(language: .zh).receiptJSON(good).write(to: url)
    #expect(try Receipt.read(url) == good)
  }
}
