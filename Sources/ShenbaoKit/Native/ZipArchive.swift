import CLibZip
import Foundation

/// A ZIP archive opened for reading, through libzip. No libzip pointer leaves this type.
public final class ZipArchive {
  private let handle: OpaquePointer
  /// The archive's path.
  public let url: URL

  /// Opens the archive at `url` read-only, checking its central directory for consistency.
  public init(readingFrom url: URL) throws(ZipError) {
    var code: Int32 = 0
    guard let handle = zip_open(url.path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
      throw .cannotOpen(url, ZipError.message(forCode: code))
    }
    self.handle = handle
    self.url = url
  }

  deinit {
    zip_discard(handle)
  }

  /// The number of entries in the central directory.
  public var entryCount: Int {
    Int(zip_get_num_entries(handle, 0))
  }

  /// Every entry name, in central directory order, decoded as UTF-8 (or CP437 when the name is
  /// flagged neither way and is not valid UTF-8).
  public func entryNames() throws(ZipError) -> [String] {
    var names: [String] = []
    for index in 0..<zip_uint64_t(max(0, entryCount)) {
      guard let name = zip_get_name(handle, index, zip_flags_t(ZIP_FL_ENC_GUESS)) else {
        throw .corrupt(url, lastMessage())
      }
      names.append(String(cString: name))
    }
    return names
  }

  /// `true` when an entry named exactly `name` exists.
  public func contains(_ name: String) -> Bool {
    zip_name_locate(handle, name, zip_flags_t(ZIP_FL_ENC_GUESS)) >= 0
  }

  /// The bytes of the entry named `name`; refuses an entry whose size, declared or actual,
  /// passes `limit`.
  public func read(_ name: String, limit: Int) throws(ZipError) -> Data {
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_stat(handle, name, zip_flags_t(ZIP_FL_ENC_GUESS), &stat) == 0 else {
      throw .missingEntry(url, name)
    }
    guard stat.size <= UInt64(limit) else { throw .entryTooLarge(url, name, limit: limit) }
    guard let file = zip_fopen(handle, name, zip_flags_t(ZIP_FL_ENC_GUESS)) else {
      throw .corrupt(url, "\(name): \(lastMessage())")
    }
    defer { zip_fclose(file) }
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
      guard count >= 0 else {
        throw .corrupt(url, "\(name): \(String(cString: zip_file_strerror(file)))")
      }
      if count == 0 { break }
      guard data.count + Int(count) <= limit else { throw .entryTooLarge(url, name, limit: limit) }
      data.append(contentsOf: chunk[0..<Int(count)])
    }
    return data
  }

  private func lastMessage() -> String {
    String(cString: zip_strerror(handle))
  }
}

/// Thrown when a ZIP archive cannot be opened or read.
public enum ZipError: Error, Sendable, Equatable {
  /// Thrown when libzip refuses to open the file; the reason is libzip's.
  case cannotOpen(URL, String)
  /// Thrown when an entry cannot be read.
  case corrupt(URL, String)
  /// Thrown when the archive has no entry of the name asked for.
  case missingEntry(URL, String)
  /// Thrown when an entry is larger than the reader accepts.
  case entryTooLarge(URL, String, limit: Int)
  /// Thrown when an archive cannot be written; the reason is libzip's.
  case cannotCreate(String)

  static func message(forCode code: Int32) -> String {
    var error = zip_error_t()
    zip_error_init_with_code(&error, code)
    defer { zip_error_fini(&error) }
    return String(cString: zip_error_strerror(&error))
  }
}
