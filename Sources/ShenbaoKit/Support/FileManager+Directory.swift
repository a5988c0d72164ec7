import Foundation

extension FileManager {
  /// `true` when `url` is a folder (or a link to one).
  func isDirectory(at url: URL) -> Bool {
    var flag: ObjCBool = false
    return fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
  }
}
