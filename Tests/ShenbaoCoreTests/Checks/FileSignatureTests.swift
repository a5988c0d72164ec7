import Foundation
import ShenbaoCore
import Testing

@Suite("File signatures")
struct FileSignatureTests {
  @Test func recognisesContentByItsFirstBytes() {
    #expect(FileSignature.kind(of: Data("%PDF-1.7\n".utf8)) == .pdf)
    #expect(FileSignature.kind(of: Data([0x0A, 0x0A]) + Data("%PDF-1.4".utf8)) == .pdf)
    #expect(FileSignature.kind(of: Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
    #expect(FileSignature.kind(of: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == .png)
    #expect(FileSignature.kind(of: Data([0x50, 0x4B, 0x03, 0x04])) == .zip)
    #expect(FileSignature.kind(of: Data([0xD0, 0xCF, 0x11, 0xE0])) == .unknown)
    #expect(FileSignature.kind(of: Data()) == .unknown)
  }

  @Test func knowsWhatEachExtensionPromises() {
    #expect(FileSignature.expectation(forExtension: "JPG")?.kind == .jpeg)
    #expect(FileSignature.expectation(forExtension: "docx")?.zipEntry == "word/document.xml")
    #expect(FileSignature.expectation(forExtension: "ofd")?.zipEntry == "OFD.xml")
    #expect(FileSignature.expectation(forExtension: "doc") == nil)
  }
}
