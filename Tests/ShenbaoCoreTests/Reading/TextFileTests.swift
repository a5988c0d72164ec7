import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

@Suite("Reading text files")
struct TextFileTests {
  @Test func dropsAUTF8ByteOrderMark() throws {
    #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF]) + Data("form: x".utf8)) == "form: x")
  }

  @Test func refusesGBKAndSaysWhere() throws {
    // "申报单位" in GBK.
    let gbk = Data("name: ".utf8) + Data([0xC9, 0xEA, 0xB1, 0xA8, 0xB5, 0xA5, 0xCE, 0xBB])
    #expect(throws: TextFileError.notUTF8(offset: 6, looksLikeGBK: true)) {
      try TextFile.decode(gbk)
    }
  }

  @Test func refusesTruncatedAndOverlongUTF8() {
    #expect(throws: TextFileError.notUTF8(offset: 1, looksLikeGBK: false)) {
      try TextFile.decode(Data([0x61, 0xE4]))
    }
    #expect(throws: TextFileError.notUTF8(offset: 0, looksLikeGBK: false)) {
      try TextFile.decode(Data([0xC0, 0x0A]))
    }
    #expect(throws: TextFileError.notUTF8(offset: 0, looksLikeGBK: false)) {
      try TextFile.decode(Data([0xED, 0xA0, 0x80]))
    }
  }

  @Test func refusesUTF16() {
    #expect(throws: TextFileError.utf16) { try TextFile.decode(Data([0xFF, 0xFE, 0x61, 0x00])) }
  }

  @Test func refusesMissingFilesFoldersAndLargeFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: TextFileError.notFound) {
      try TextFile.read(folder.appendingPathComponent("none.yaml"), limit: 100)
    }
    #expect(throws: TextFileError.isDirectory) { try TextFile.read(folder, limit: 100) }
    let large = folder.appendingPathComponent("large.yaml")
    try Data(repeating: 0x61, count: 101).write(to: large)
    #expect(throws: TextFileError.tooLarge(size: 101, limit: 100)) {
      try TextFile.read(large, limit: 100)
    }
  }
}
