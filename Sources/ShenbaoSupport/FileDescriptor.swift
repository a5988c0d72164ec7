import FoundationEssentials
import Glibc

/// An open file descriptor, closed when the value goes away: reading and writing whole buffers
/// through the system calls, retrying what a signal interrupted.
public final class FileDescriptor: Sendable {
  public let raw: Int32
  private let owned: Bool

  /// Wraps `raw`; it is closed at the end only when `owned`.
  public init(raw: Int32, owned: Bool) {
    self.raw = raw
    self.owned = owned
  }

  /// Opens the file at `url` for reading; throws the system's reason.
  public convenience init(reading url: URL) throws(POSIXError) {
    let raw = open(url.path, O_RDONLY | O_CLOEXEC)
    guard raw >= 0 else { throw POSIXError(errno) }
    self.init(raw: raw, owned: true)
  }

  /// Opens the existing file at `path` for writing, emptying it; throws the system's reason.
  public convenience init(writingExisting path: String) throws(POSIXError) {
    let raw = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard raw >= 0 else { throw POSIXError(errno) }
    self.init(raw: raw, owned: true)
  }

  /// Creates the file at `path` for writing, which must not exist yet (mode 0600); throws the
  /// system's reason.
  public convenience init(creating path: String) throws(POSIXError) {
    let raw = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard raw >= 0 else { throw POSIXError(errno) }
    self.init(raw: raw, owned: true)
  }

  deinit {
    if owned { close(raw) }
  }

  /// Standard output, left open.
  public static let standardOutput = FileDescriptor(raw: STDOUT_FILENO, owned: false)
  /// Standard error, left open.
  public static let standardError = FileDescriptor(raw: STDERR_FILENO, owned: false)

  /// Up to `count` bytes, fewer only at the end of the file; empty at its end.
  public func read(upTo count: Int) throws(POSIXError) -> Data {
    var data = Data(count: count)
    var filled = 0
    while filled < count {
      let got = data.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map { Glibc.read(raw, $0 + filled, count - filled) } ?? 0
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw POSIXError(errno)
      }
      if got == 0 { break }
      filled += got
    }
    data.removeSubrange(filled...)
    return data
  }

  /// Writes every byte of `data`.
  public func write(_ data: Data) throws(POSIXError) {
    let failure: Int32? = data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var written = 0
      while written < buffer.count {
        let put = Glibc.write(raw, base + written, buffer.count - written)
        if put < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += put
      }
      return nil
    }
    if let failure { throw POSIXError(failure) }
  }

  /// Flushes what was written to the disk.
  public func synchronize() throws(POSIXError) {
    guard fsync(raw) == 0 else { throw POSIXError(errno) }
  }
}

extension POSIXError {
  /// The error for `errno` value `code`; EIO when the system reports a code Swift does not name.
  package init(_ code: Int32) {
    self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
  }
}
