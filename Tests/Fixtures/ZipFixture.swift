import CLibZip
import Foundation

/// Writes small ZIP archives for tests through libzip, the library the product reads them with.
package enum ZipFixture {
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
  }

  /// An archive at `url` holding `entries` (name → text), names flagged UTF-8.
  package static func write(_ entries: [String: String], to url: URL) throws {
    var code: Int32 = 0
    guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
      throw Failure(description: "zip_open failed with \(code)")
    }
    for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
      let bytes = Array(text.utf8)
      // libzip frees the copy when the archive is closed.
      let copy = malloc(max(bytes.count, 1))!
      bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
      guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
        free(copy)
        zip_discard(archive)
        throw Failure(description: "zip_source_buffer failed")
      }
      guard zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0 else {
        zip_source_free(source)
        zip_discard(archive)
        throw Failure(description: "zip_file_add failed for \(name)")
      }
    }
    guard zip_close(archive) == 0 else {
      let message = String(cString: zip_strerror(archive))
      zip_discard(archive)
      throw Failure(description: "zip_close failed: \(message)")
    }
  }
}
