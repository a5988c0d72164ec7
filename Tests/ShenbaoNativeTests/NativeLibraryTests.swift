import Foundation
import ShenbaoFixtures
import ShenbaoNative
import ShenbaoSupport
import Testing

@Suite("libxml2 and libzip")
struct NativeLibraryTests {
  @Test func libxml2ParsesWellFormedXMLAndRefusesTheRest() {
    #expect(XMLCheck.libraryVersion >= 20900)
    #expect(XMLCheck.problem(in: Data("<w:document xmlns:w=\"urn:x\"><w:t>申报</w:t></w:document>".utf8)) == nil)
    #expect(XMLCheck.problem(in: Data("<a><b></a>".utf8)) != nil)
    #expect(XMLCheck.problem(in: Data("<a>&undefined;</a>".utf8)) != nil)
  }

  @Test func libxml2DoesNotFetchOrExpandExternalEntities() {
    let xxe = """
      <?xml version="1.0"?>
      <!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <a>&x;</a>
      """
    // Parsed without substituting the entity: the document is well-formed and nothing is read.
    #expect(XMLCheck.problem(in: Data(xxe.utf8)) == nil)
  }

  @Test func libxml2StopsABillionLaughs() {
    var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">"
    for level in 1...9 {
      xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    xml += "]><lolz>&lol9;</lolz>"
    let start = Date()
    _ = XMLCheck.problem(in: Data(xml.utf8))
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func libzipListsUTF8NamesAndFindsEntries() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).zip")
    defer { try? FileManager.default.removeItem(at: url) }
    try ZipFixture.write(["附件/营业执照.pdf": "%PDF-1.4", "word/document.xml": "<w:document/>"], to: url)
    let archive = try ZipArchive(readingFrom: url)
    #expect(archive.entryCount == 2)
    #expect(try archive.entryNames() == ["word/document.xml", "附件/营业执照.pdf"])
    #expect(archive.contains("附件/营业执照.pdf"))
    #expect(!archive.contains("OFD.xml"))
  }

  @Test func libzipRefusesWhatIsNotAnArchive() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID()).zip")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data("PK\u{3}\u{4} truncated".utf8).write(to: url)
    #expect(throws: ZipError.self) { try ZipArchive(readingFrom: url) }
  }
}
