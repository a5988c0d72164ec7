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
package final class MultiDigest {
  private let running: [(DigestAlgorithm, RunningDigest)]

  package init(_ algorithms: Set<DigestAlgorithm>) {
    running = algorithms.sorted().map { ($0, RunningDigest($0)) }
  }

  package func update(_ bytes: UnsafeRawBufferPointer) {
    for (_, digest) in running { digest.update(bytes) }
  }

  /// The lower-case hex digest of each algorithm asked for.
  package func finalize() -> [DigestAlgorithm: String] {
    Dictionary(uniqueKeysWithValues: running.map { ($0.0, $0.1.finalize()) })
  }

  /// The digests of bytes in memory.
  package static func digests(of bytes: [UInt8], _ algorithms: Set<DigestAlgorithm>) -> [DigestAlgorithm: String] {
    let digest = MultiDigest(algorithms)
    bytes.withUnsafeBytes { digest.update($0) }
    return digest.finalize()
  }

  package static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
