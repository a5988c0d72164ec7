import Crypto
import Foundation

/// SHA-256 of files, read in fixed-size chunks so memory does not grow with the file.
public enum FileDigest {
  /// The chunk size files are read in.
  public static let chunkSize = 1 << 20

  /// The lower-case hex SHA-256 of the file at `url`.
  public static func sha256(of url: URL) throws -> String {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
      hasher.update(data: chunk)
    }
    return StreamingSHA256.hex(hasher.finalize())
  }

  /// The first `count` bytes of the file at `url`.
  public static func head(of url: URL, count: Int) throws -> Data {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return try handle.read(upToCount: count) ?? Data()
  }
}

/// Hashes an entry's bytes with SHA-256 as they stream into an archive.
public final class StreamingSHA256: ZipChunkObserver {
  private var hasher = SHA256()
  private var bytes = 0
  /// The lower-case hex digest, once the entry has been read to its end.
  public private(set) var digest: String?
  /// How many bytes were seen.
  public var count: Int { bytes }

  public init() {}

  public func begin() {
    hasher = SHA256()
    bytes = 0
    digest = nil
  }

  public func observe(_ chunk: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: chunk)
    bytes += chunk.count
  }

  public func end() {
    digest = Self.hex(hasher.finalize())
  }

  /// The SHA-256 of bytes in memory.
  public static func digest(of data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  static func hex(_ digest: SHA256.Digest) -> String {
    MultiDigest.hex(digest)
  }
}
