import Crypto

/// The checksum algorithms a BagIt manifest may use that shenbao reads (RFC 8493 §2.4 names
/// SHA-512 and SHA-256; bagit-python writes and reads MD5 and SHA-1 too).
public enum DigestAlgorithm: String, CaseIterable, Sendable, Comparable {
  case md5
  case sha1
  case sha256
  case sha512

  /// The length of the lower-case hex digest.
  public var hexLength: Int {
    switch self {
    case .md5: 32
    case .sha1: 40
    case .sha256: 64
    case .sha512: 128
    }
  }

  /// Whether the algorithm still resists forgery: a bag must have at least one manifest in one.
  public var isStrong: Bool { self == .sha256 || self == .sha512 }

  public static func < (lhs: DigestAlgorithm, rhs: DigestAlgorithm) -> Bool {
    lhs.hexLength < rhs.hexLength
  }
}

/// Computes the digests of several algorithms over one stream of bytes, read once.
final class MultiDigest {
  private var md5: Insecure.MD5?
  private var sha1: Insecure.SHA1?
  private var sha256: SHA256?
  private var sha512: SHA512?

  init(_ algorithms: Set<DigestAlgorithm>) {
    if algorithms.contains(.md5) { md5 = Insecure.MD5() }
    if algorithms.contains(.sha1) { sha1 = Insecure.SHA1() }
    if algorithms.contains(.sha256) { sha256 = SHA256() }
    if algorithms.contains(.sha512) { sha512 = SHA512() }
  }

  func update(_ bytes: UnsafeRawBufferPointer) {
    md5?.update(bufferPointer: bytes)
    sha1?.update(bufferPointer: bytes)
    sha256?.update(bufferPointer: bytes)
    sha512?.update(bufferPointer: bytes)
  }

  /// The lower-case hex digest of each algorithm asked for.
  func finalize() -> [DigestAlgorithm: String] {
    var digests: [DigestAlgorithm: String] = [:]
    if let md5 { digests[.md5] = Self.hex(md5.finalize()) }
    if let sha1 { digests[.sha1] = Self.hex(sha1.finalize()) }
    if let sha256 { digests[.sha256] = Self.hex(sha256.finalize()) }
    if let sha512 { digests[.sha512] = Self.hex(sha512.finalize()) }
    return digests
  }

  /// The digests of bytes in memory.
  static func digests(of bytes: [UInt8], _ algorithms: Set<DigestAlgorithm>) -> [DigestAlgorithm: String] {
    let digest = MultiDigest(algorithms)
    bytes.withUnsafeBytes { digest.update($0) }
    return digest.finalize()
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
