import FoundationEssentials
import Glibc

extension FileManager {
  /// `true` when `url` is a folder (or a link to one).
  public func isDirectory(at url: URL) -> Bool {
    var flag = false
    return fileExists(atPath: url.path, isDirectory: &flag) && flag
  }
}

extension FileManager {
  /// The size in bytes of the file at `path` (the file a link leads to), as the file system
  /// reports it; by `stat` alone, where the attributes would also look up the owner's name.
  package func sizeOfItem(atPath path: String) throws(POSIXError) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw POSIXError(errno) }
    return Int(status.st_size)
  }
}

extension FileManager {
  /// When the file at `path` was last modified, by `stat`.
  package func modificationDate(atPath path: String) throws(POSIXError) -> Date {
    var status = stat()
    guard stat(path, &status) == 0 else { throw POSIXError(errno) }
    return Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
  }
}
