import Foundation
import ShenbaoCore
@testable import ShenbaoNative
import ShenbaoSupport
import Testing

@Suite("Digests")
struct DigestTests {
  /// FIPS 180 and RFC 1321 test vectors for "abc", and the 1 000 000 × "a" message.
  @Test func matchesThePublishedVectors() {
    let abc = MultiDigest.digests(of: Array("abc".utf8), Set(DigestAlgorithm.allCases))
    #expect(abc[.md5] == "900150983cd24fb0d6963f7d28e17f72")
    #expect(abc[.sha1] == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(abc[.sha256] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(abc[.sha512] == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
      + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    let million = StreamingSHA256.digest(of: Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(million == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func streamsInChunksAsInOnePiece() throws {
    let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let observer = StreamingSHA256()
    observer.begin()
    for start in stride(from: 0, to: bytes.count, by: 65_537) {
      bytes[start..<min(start + 65_537, bytes.count)].withUnsafeBytes { observer.observe($0) }
    }
    observer.end()
    #expect(observer.digest == StreamingSHA256.digest(of: Data(bytes)))
    #expect(observer.count == bytes.count)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("附件.pdf")
    try Data(bytes).write(to: file)
    #expect(try FileDigest.sha256(of: file) == observer.digest)
    #expect(try FileDigest.head(of: file, count: 5) == Data(bytes.prefix(5)))
    #expect(throws: POSIXError.self) { try FileDigest.sha256(of: folder.appendingPathComponent("missing.pdf")) }
  }
}
