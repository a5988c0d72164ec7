import Foundation
@testable import ShenbaoBundle
import ShenbaoCore
import ShenbaoFixtures
import ShenbaoSupport
import Testing

@Suite("Verifying bundles")
struct VerifierTests {
  /// A fresh bundle of the example, its path and its bytes.
  func bundle() throws -> (ExampleCopy, URL, Data) {
    let copy = try ExampleCopy()
    _ = try packageExample(copy)
    let url = copy.folder.appendingPathComponent("bundle.zip")
    return (copy, url, try Data(contentsOf: url))
  }

  func verify(_ url: URL) throws -> [Finding] {
    try BundleVerifier(today: testToday).verify(url, named: "bundle.zip").findings
  }

  @Test func aFreshBundleVerifies() throws {
    let (copy, url, _) = try bundle()
    let report = try withExtendedLifetime(copy) {
      try BundleVerifier(today: testToday).verify(url, named: "bundle.zip")
    }
    #expect(report.findings.isEmpty, "\(codes(report.findings))")
    #expect(report.completeness.filled == 46 && report.completeness.total == 46)
    #expect(report.form == "shanghai-ip-operations-2021")
  }

  @Test func oneChangedByteIsCaught() throws {
    let (copy, _, data) = try bundle()
    var bytes = [UInt8](data)
    let marker = Array("Certificate of Public Institution".utf8)
    let at = try #require((0..<(bytes.count - marker.count)).first { bytes[$0..<$0 + marker.count].elementsEqual(marker) })
    bytes[at] ^= 1
    let tampered = copy.folder.appendingPathComponent("tampered.zip")
    try Data(bytes).write(to: tampered)
    let found = try verify(tampered)
    #expect(found.first?.code == "zip-entry-corrupt")
    #expect(found.first?.path == "data/附件/01-营业执照或法人证书/01-事业单位法人证书.pdf")
  }

  /// Attachments are read on several threads; the report is the same whatever their number,
  /// and the same from memory as from the file.
  @Test func theReportDoesNotDependOnTheThreads() throws {
    let (copy, _, data) = try bundle()
    var bytes = [UInt8](data)
    for text in ["Certificate of Public Institution", "Applicant capability", "Professional title"] {
      let marker = Array(text.utf8)
      let at = try #require((0..<(bytes.count - marker.count)).first { bytes[$0..<$0 + marker.count].elementsEqual(marker) })
      bytes[at] ^= 1
    }
    let tampered = copy.folder.appendingPathComponent("tampered.zip")
    try Data(bytes).write(to: tampered)
    let one = try BundleVerifier(today: testToday, jobs: 1).verify(tampered, named: "bundle.zip").findings
    #expect(codes(one).filter { $0.hasPrefix("zip-entry-corrupt") } == [
      "zip-entry-corrupt data/附件/01-营业执照或法人证书/01-事业单位法人证书.pdf",
      "zip-entry-corrupt data/附件/03-团队职称职业资格证书/03-项目团队职称证书.pdf",
      "zip-entry-corrupt data/附件/06-承担项目能力附页/05-申报单位承担项目能力详细说明.pdf",
    ])
    for jobs in [2, 3, 8] {
      let many = try BundleVerifier(today: testToday, jobs: jobs).verify(tampered, named: "bundle.zip").findings
      #expect(many == one, "\(jobs) threads")
    }
    let fromMemory = BundleVerifier(today: testToday, jobs: 4).verify(data: Data(bytes), named: "bundle.zip").findings
    #expect(fromMemory == one)
  }

  @Test func aCutOffCentralDirectoryIsCaught() throws {
    let (copy, _, data) = try bundle()
    let cut = copy.folder.appendingPathComponent("cut.zip")
    try data.prefix(data.count - 300).write(to: cut)
    #expect(codes(try verify(cut)) == ["zip-unreadable "])
  }

  @Test func missingPathsAreNotFindings() throws {
    #expect(throws: BundleVerifyError.notFound) {
      try BundleVerifier().verify(URL(fileURLWithPath: "/nonexistent.zip"), named: "x")
    }
    #expect(throws: BundleVerifyError.isDirectory) {
      try BundleVerifier().verify(FileManager.default.temporaryDirectory, named: "x")
    }
  }

  @Test func unsafeNamesAreRecognised() {
    #expect(BundleReading.unsafeReason("a/../b") == "parent")
    #expect(BundleReading.unsafeReason("/etc/passwd") == "absolute")
    #expect(BundleReading.unsafeReason("C:/x") == "absolute")
    #expect(BundleReading.unsafeReason("a\\b") == "backslash")
    #expect(BundleReading.unsafeReason("a//b") == "empty")
    #expect(BundleReading.unsafeReason("a/\u{1}") == "control")
    #expect(BundleReading.unsafeReason("上海/data/附件/01-证书.pdf") == nil)
    #expect(BundleReading.unsafeReason("上海/data/") == nil)
  }
}
