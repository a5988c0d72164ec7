import CLibZip
import FoundationEssentials
import Glibc

/// One file to put in a ZIP archive.
public struct ZipEntry: Sendable {
  /// How the entry's bytes are stored.
  public enum Compression: Sendable {
    /// Stored as they are: for content that is already compressed.
    case store
    /// Deflated: for text.
    case deflate
  }

  public var name: String
  public var data: Data
  public var compression: Compression

  public init(name: String, data: Data, compression: Compression = .deflate) {
    self.name = name
    self.data = data
    self.compression = compression
  }
}

/// An MS-DOS date and time, as ZIP entries record them: no time zone, two-second steps.
public struct DOSTimestamp: Sendable, Hashable {
  public var date: UInt16
  public var time: UInt16

  /// The wall-clock time of `date` in `timeZone` (Shanghai by default), clamped to DOS's range.
  public init(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let year = min(max((parts.year ?? 1980) - 1980, 0), 127)
    self.date = UInt16(year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
    self.time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
  }
}

/// Builds ZIP archives through libzip: names flagged UTF-8, every entry stamped with one given
/// time and Unix permissions 0644, entries in the order given, so the same entries always give
/// the same bytes.
public enum ZipWriter {
  /// The archive of `entries`, in memory.
  public static func archive(_ entries: [ZipEntry], modified: DOSTimestamp) throws(ZipError) -> Data {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else {
      throw .cannotCreate("", ZipProblem(&error))
    }
    // The buffer source outlives the archive, so its bytes can be read after closing.
    zip_source_keep(buffer)
    defer { zip_source_free(buffer) }
    guard let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else {
      throw .cannotCreate("", ZipProblem(&error))
    }
    do {
      for entry in entries {
        try add(entry, to: archive, modified: modified)
      }
    } catch {
      zip_discard(archive)
      throw error
    }
    guard zip_close(archive) == 0 else {
      let problem = ZipProblem.last(of: archive)
      zip_discard(archive)
      throw .cannotCreate("", problem)
    }
    return try contents(of: buffer)
  }

  private static func add(_ entry: ZipEntry, to archive: OpaquePointer, modified: DOSTimestamp)
    throws(ZipError)
  {
    // libzip frees this copy once it has written the archive.
    var copy: UnsafeMutableRawPointer?
    guard copyForLibzip(entry.data, into: &copy) else {
      throw .cannotCreate(entry.name, ZipProblem(code: ZIP_ER_MEMORY))
    }
    guard let source = zip_source_buffer(archive, copy, zip_uint64_t(entry.data.count), copy == nil ? 0 : 1) else {
      free(copy)
      throw .cannotCreate(entry.name, ZipProblem.last(of: archive))
    }
    try addEntry(entry.name, source: source, to: archive, compression: entry.compression, level: 9,
      modified: modified)
  }

  /// Adds `source` to `archive` as the entry `name`, as every entry of ours is added: the name
  /// flagged UTF-8, the compression given, the one time of the archive, a regular file's mode.
  /// The source is freed if it cannot be added.
  package static func addEntry(
    _ name: String, source: OpaquePointer, to archive: OpaquePointer,
    compression: ZipEntry.Compression, level: UInt32, modified: DOSTimestamp
  ) throws(ZipError) {
    let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
    guard index >= 0 else {
      zip_source_free(source)
      throw .cannotCreate(name, ZipProblem.last(of: archive))
    }
    let method = compression == .store ? ZIP_CM_STORE : ZIP_CM_DEFLATE
    let unixMode: zip_uint32_t = 0o100644 << 16
    guard zip_set_file_compression(archive, zip_uint64_t(index), method, level) == 0,
      zip_file_set_dostime(archive, zip_uint64_t(index), modified.time, modified.date, 0) == 0,
      zip_file_set_external_attributes(
        archive, zip_uint64_t(index), 0, zip_uint8_t(ZIP_OPSYS_UNIX), unixMode) == 0
    else {
      throw .cannotCreate(name, ZipProblem.last(of: archive))
    }
  }

  private static func contents(of buffer: OpaquePointer) throws(ZipError) -> Data {
    guard zip_source_open(buffer) == 0 else { throw .cannotCreate("", .internalError) }
    defer { zip_source_close(buffer) }
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_source_stat(buffer, &stat) == 0 else { throw .cannotCreate("", .internalError) }
    var data = Data(count: Int(stat.size))
    let count = data.withUnsafeMutableBytes { bytes in
      zip_source_read(buffer, bytes.baseAddress, zip_uint64_t(bytes.count))
    }
    guard count == Int64(stat.size) else { throw .cannotCreate("", .internalError) }
    return data
  }
}
