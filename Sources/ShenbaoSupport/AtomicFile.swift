import FoundationEssentials
import Glibc

/// Writes files so that a reader sees the old file or the complete new one, never a half:
/// the bytes go to a temporary file beside the target, which is renamed over it at the end.
public enum AtomicFile {
  /// Writes `data` to `url`. An existing file is replaced only when `replacing` is `true`.
  public static func write(_ data: Data, to url: URL, replacing: Bool) throws(OutputError) {
    try write(to: url, replacing: replacing) { path throws(OutputError) in
      do throws(POSIXError) {
        let file = try FileDescriptor(writingExisting: path)
        try file.write(data)
        try file.synchronize()
      } catch {
        throw .unwritable(url, errno: error.code.rawValue)
      }
    }
  }

  /// Has `produce` write the file at a temporary path beside `url` (for writers that take a
  /// path, such as a C library), then renames it over `url`; the temporary file is removed
  /// when `produce` throws.
  public static func write(
    to url: URL, replacing: Bool, producing produce: (String) throws(OutputError) -> Void
  ) throws(OutputError) {
    let manager = FileManager.default
    var isDirectory = false
    if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      if isDirectory { throw .isDirectory(url) }
      if !replacing { throw .exists(url) }
    }
    let folder = url.deletingLastPathComponent()
    var template = Array(folder.appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw .unwritable(url, errno: errno) }
    close(descriptor)
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    try produce(temporary)
    // mkstemp creates 0600; give the file the permissions a new file normally gets.
    let mask = umask(0)
    umask(mask)
    chmod(temporary, 0o666 & ~mask)
    guard rename(temporary, url.path) == 0 else {
      throw .unwritable(url, errno: errno)
    }
    renamed = true
  }
}

/// Thrown when an output file cannot be written.
public enum OutputError: Error, Sendable, Equatable {
  /// Thrown when the target exists and replacing it was not asked for.
  case exists(URL)
  /// Thrown when the target is a folder.
  case isDirectory(URL)
  /// Thrown when the system refuses to write, with its `errno`.
  case unwritable(URL, errno: Int32)
}
