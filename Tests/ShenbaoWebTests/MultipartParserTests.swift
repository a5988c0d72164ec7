import Foundation
import ShenbaoSupport
import ShenbaoWeb
import Testing

@Suite("Multipart uploads")
struct MultipartParserTests {
  /// A file's name as the browser sent it, a semicolon inside its quotes included.
  @Test func aQuotedNameKeepsItsSemicolons() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var parser = MultipartParser(boundary: "b0undary", limits: .init(fileBytes: 1 << 20, totalBytes: 1 << 20), folder: folder)
    let body = "--b0undary\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"x;=6+6-申报材料.zip\"\r\n\r\nPK\r\n"
      + "--b0undary\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"a.zip\"; x=\"y;z\"\r\n\r\nPK\r\n--b0undary--\r\n"
    try parser.consume(Array(body.utf8))
    let parts = try #require(parser.finished)
    #expect(parts.map(\.filename) == ["x;=6+6-申报材料.zip", "a.zip"])
    #expect(parts.map(\.name) == ["bundle", "bundle"])
  }
}
