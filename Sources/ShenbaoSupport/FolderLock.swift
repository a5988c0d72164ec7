import FoundationEssentials
import Glibc

/// A run's hold on the folder it writes into, so two runs never write one folder at once: a
/// second run is refused, told which process holds the folder and since when.
///
/// The hold is an advisory lock (`flock`) on a file in the folder that names the holder; the
/// system releases it when the process ends however it ends, so a run that was killed leaves no
/// lock behind, only the file, which the next run takes over.
public final class FolderLock: Sendable {
  /// Who holds a folder, as its lock file says.
  public struct Holder: Sendable, Equatable {
    public var pid: Int32
    /// When the holder took the folder, in seconds since 1970.
    public var since: Int

    /// The holder as the lock file writes it: `pid since`.
    var line: String { "\(pid) \(since)\n" }

    init(pid: Int32, since: Int) {
      self.pid = pid
      self.since = since
    }

    init?(line: String) {
      let words = line.split(whereSeparator: \.isWhitespace)
      guard words.count == 2, let pid = Int32(words[0]), let since = Int(words[1]) else { return nil }
      self.init(pid: pid, since: since)
    }
  }

  /// The lock file's name, hidden so that no reader of the folder takes it for output.
  public static let fileName = ".shenbao.lock"

  public let folder: URL
  private let descriptor: Int32
  private let path: String
  private let cleanup: Int

  /// Takes `folder` (which must exist) for this process, or throws who holds it.
  public init(_ folder: URL) throws(FolderLockError) {
    self.folder = folder
    path = folder.appendingPathComponent(Self.fileName).path
    descriptor = try Self.take(path, folder)
    // A run stopped by a signal leaves no lock file behind either.
    cleanup = InterruptCleanup.register(folder: folder, prefix: Self.fileName)
  }

  deinit {
    InterruptCleanup.unregister(cleanup)
    // Removed while still held, so no other run can take this file in between.
    unlink(path)
    close(descriptor)
  }

  /// The lock file at `path`, opened, locked and naming this process.
  private static func take(_ path: String, _ folder: URL) throws(FolderLockError) -> Int32 {
    // A run that ends removes its file while holding it: one opened just before is then no
    // longer the file on the path, and the lock is taken again on the new one.
    let file = URL(fileURLWithPath: path)
    while true {
      // Never through a link: a link planted in the folder would have the run overwrite its target.
      let raw = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
      guard raw >= 0 else {
        let code = errno
        throw code == ELOOP || code == EISDIR || code == ENXIO ? .notAFile(file) : .unwritable(file, errno: code)
      }
      var opened = stat()
      guard fstat(raw, &opened) == 0 else {
        let code = errno
        close(raw)
        throw .unwritable(file, errno: code)
      }
      // Only a file of its own: not a folder, a pipe or a device, nor a hard link to another file.
      guard opened.st_mode & S_IFMT == S_IFREG, opened.st_nlink == 1 else {
        close(raw)
        throw .notAFile(file)
      }
      guard flock(raw, LOCK_EX | LOCK_NB) == 0 else {
        let code = errno
        let holder = Self.holder(raw)
        close(raw)
        throw code == EWOULDBLOCK ? .held(folder, holder) : .unwritable(file, errno: code)
      }
      var named = stat()
      guard lstat(path, &named) == 0, opened.st_ino == named.st_ino, opened.st_dev == named.st_dev else {
        close(raw)
        continue
      }
      let holder = Holder(pid: getpid(), since: Int(Date().timeIntervalSince1970))
      do throws(POSIXError) {
        guard ftruncate(raw, 0) == 0 else { throw POSIXError(errno) }
        try FileDescriptor(raw: raw, owned: false).write(Data(holder.line.utf8))
      } catch {
        unlink(path)
        close(raw)
        throw .unwritable(file, errno: error.code.rawValue)
      }
      return raw
    }
  }

  /// Who the lock file open as `raw` names.
  private static func holder(_ raw: Int32) -> Holder? {
    guard let data = try? FileDescriptor(raw: raw, owned: false).read(upTo: 64) else { return nil }
    return Holder(line: String(decoding: data, as: UTF8.self))
  }
}

/// Thrown when a run cannot have its output folder to itself.
public enum FolderLockError: Error, Sendable, Equatable {
  /// Thrown when another run holds the folder; who, when the lock file says.
  case held(URL, FolderLock.Holder?)
  /// Thrown when the lock file (its path) cannot be made or written, with the system's `errno`.
  case unwritable(URL, errno: Int32)
  /// Thrown when the lock file's path holds something else: a link, a folder, a pipe, a file
  /// linked from elsewhere.
  case notAFile(URL)
}
