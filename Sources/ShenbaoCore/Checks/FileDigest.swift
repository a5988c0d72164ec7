import FoundationEssentials
import Glibc
import ShenbaoNative
import ShenbaoSupport

/// SHA-256 of files, read in fixed-size chunks so memory does not grow with the file.
public enum FileDigest {
  /// The chunk size files are read in.
  public static let chunkSize = 1 << 20

  /// The lower-case hex SHA-256 of the file at `url`.
  public static func sha256(of url: URL) throws -> String {
    try sha256(of: FileDescriptor(reading: url))
  }

  /// A file as it is on disk now: its size and time of change, and the SHA-256 of its bytes, all
  /// of the one file opened once.
  public struct Snapshot: Sendable, Hashable {
    public var size: Int
    public var modified: Date
    public var sha256: String
  }

  /// The file at `url` as it is now.
  public static func snapshot(of url: URL) throws -> Snapshot {
    let file = try FileDescriptor(reading: url)
    var status = stat()
    guard fstat(file.raw, &status) == 0 else { throw POSIXError(errno) }
    let modified = Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
    return Snapshot(size: Int(status.st_size), modified: modified, sha256: try sha256(of: file))
  }

  private static func sha256(of file: FileDescriptor) throws -> String {
    let hasher = RunningDigest(.sha256)
    while case let chunk = try file.read(upTo: chunkSize), !chunk.isEmpty {
      chunk.withUnsafeBytes { hasher.update($0) }
    }
    return hasher.finalize()
  }

  /// The first `count` bytes of the file at `url`.
  public static func head(of url: URL, count: Int) throws -> Data {
    try FileDescriptor(reading: url).read(upTo: count)
  }
}

/// Hashes an entry's bytes with SHA-256 as they stream into an archive.
public final class StreamingSHA256: ZipChunkObserver {
  private var hasher = RunningDigest(.sha256)
  private var bytes = 0
  /// The lower-case hex digest, once the entry has been read to its end.
  public private(set) var digest: String?
  /// How many bytes were seen.
  public var count: Int { bytes }

  public init() {}

  public func begin() {
    hasher = RunningDigest(.sha256)
    bytes = 0
    digest = nil
  }

  public func observe(_ chunk: UnsafeRawBufferPointer) {
    hasher.update(chunk)
    bytes += chunk.count
  }

  public func end() {
    digest = hasher.finalize()
  }

  /// The SHA-256 of bytes in memory.
  public static func digest(of data: Data) -> String {
    let hasher = RunningDigest(.sha256)
    data.withUnsafeBytes { hasher.update($0) }
    return hasher.finalize()
  }
}
