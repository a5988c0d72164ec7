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
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  /// The first `count` bytes of the file at `url`.
  public static func head(of url: URL, count: Int) throws -> Data {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    return try handle.read(upToCount: count) ?? Data()
  }
}
