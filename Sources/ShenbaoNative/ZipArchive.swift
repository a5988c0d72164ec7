import CLibZip
import FoundationEssentials
import Glibc
import ShenbaoSupport

/// A ZIP archive opened for reading, through libzip. No libzip pointer leaves this type.
public final class ZipArchive {
  private let handle: OpaquePointer
  /// The archive's path.
  public let url: URL

  /// Opens the archive at `url` read-only, checking its central directory for consistency.
  ///
  /// Some writers pad local headers with extra fields the central directory does not repeat,
  /// or leave gaps between entries; libzip's strict check calls such an archive inconsistent,
  /// while unzip and Python's zipfile read it. It is read too: every entry's size and CRC are
  /// still checked as the entry is read.
  public init(readingFrom url: URL) throws(ZipError) {
    var code: Int32 = 0
    var opened = zip_open(url.path, ZIP_RDONLY | ZIP_CHECKCONS, &code)
    if opened == nil, code == ZIP_ER_INCONS {
      opened = zip_open(url.path, ZIP_RDONLY, &code)
    }
    guard let handle = opened else {
      throw .cannotOpen(url, ZipProblem(code: code, systemError: code == ZIP_ER_OPEN || code == ZIP_ER_READ ? errno : 0))
    }
    self.handle = handle
    self.url = url
  }

  /// Opens an archive held in memory (an attachment inside a bundle) read-only.
  public init(readingFrom data: Data) throws(ZipError) {
    let url = URL(fileURLWithPath: "/dev/null/in-memory.zip")
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    var copy: UnsafeMutableRawPointer?
    guard copyForLibzip(data, into: &copy) else { throw .cannotOpen(url, ZipProblem(code: ZIP_ER_MEMORY)) }
    guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), copy == nil ? 0 : 1, &error) else {
      free(copy)
      throw .cannotOpen(url, ZipProblem(&error))
    }
    var opened = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error)
    if opened == nil, zip_error_code_zip(&error) == ZIP_ER_INCONS {
      zip_error_fini(&error)
      zip_error_init(&error)
      opened = zip_open_from_source(source, ZIP_RDONLY, &error)
    }
    guard let handle = opened else {
      zip_source_free(source)
      throw .cannotOpen(url, ZipProblem(&error))
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
        throw .corrupt(url, entry: "", lastProblem())
      }
      names.append(String(cString: name))
    }
    return names
  }

  /// What the central directory says of every entry, in order.
  public func entries() throws(ZipError) -> [ZipEntryInfo] {
    var entries: [ZipEntryInfo] = []
    for index in 0..<zip_uint64_t(max(0, entryCount)) {
      var stat = zip_stat_t()
      zip_stat_init(&stat)
      guard zip_stat_index(handle, index, zip_flags_t(ZIP_FL_ENC_GUESS), &stat) == 0, let name = stat.name
      else { throw .corrupt(url, entry: "", lastProblem()) }
      var system: zip_uint8_t = 0
      var attributes: zip_uint32_t = 0
      zip_file_get_external_attributes(handle, index, 0, &system, &attributes)
      let method = Int32(stat.comp_method)
      entries.append(ZipEntryInfo(
        index: Int(index), name: String(cString: name), size: UInt64(stat.size),
        compressedSize: UInt64(stat.comp_size), method: Int(method),
        isMethodSupported: zip_compression_method_supported(method, 0) != 0,
        isEncrypted: (stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD)) != 0
          && stat.encryption_method != UInt16(ZIP_EM_NONE),
        unixMode: system == zip_uint8_t(ZIP_OPSYS_UNIX) ? attributes >> 16 : nil))
    }
    return entries
  }

  /// Reads entry `index` to its end, handing each chunk of up to `chunkSize` bytes to
  /// `consumer`; returns the bytes read. Stops with ``ZipError/entryTooLarge(_:_:limit:)`` past
  /// `limit` bytes, so an entry whose declared size lies cannot run on. libzip computes the
  /// CRC-32 as the bytes pass and checks it at the end: a mismatch is a thrown
  /// ``ZipError/corrupt(_:entry:_:)``.
  @discardableResult
  public func stream(
    _ index: Int, limit: UInt64, chunkSize: Int = 1 << 20, _ consumer: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> UInt64 {
    guard let file = zip_fopen_index(handle, zip_uint64_t(index), 0) else {
      throw ZipError.corrupt(url, entry: "#\(index)", lastProblem())
    }
    defer { zip_fclose(file) }
    // No bigger than the entry should need: a small entry does not claim a large buffer.
    let size = Int(min(limit &+ 1, UInt64(max(4096, chunkSize))))
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(4096, size), alignment: 64)
    defer { chunk.deallocate() }
    var total: UInt64 = 0
    while true {
      let count = zip_fread(file, chunk.baseAddress, zip_uint64_t(chunk.count))
      guard count >= 0 else {
        throw ZipError.corrupt(url, entry: "#\(index)", ZipProblem.last(ofEntry: file))
      }
      if count == 0 { return total }
      total += UInt64(count)
      guard total <= limit else { throw ZipError.entryTooLarge(url, "#\(index)", limit: Int(limit)) }
      try consumer(UnsafeRawBufferPointer(rebasing: chunk[0..<Int(count)]))
    }
  }

  /// Opens the entry named `name` for reading in pieces, refusing to deliver more than `limit`
  /// bytes.
  public func openEntry(_ name: String, limit: Int) throws(ZipError) -> ZipEntryStream {
    guard zip_name_locate(handle, name, zip_flags_t(ZIP_FL_ENC_GUESS)) >= 0 else {
      throw .missingEntry(url, name)
    }
    guard let file = zip_fopen(handle, name, zip_flags_t(ZIP_FL_ENC_GUESS)) else {
      throw .corrupt(url, entry: name, lastProblem())
    }
    return ZipEntryStream(file: file, archive: self, name: name, limit: limit)
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
      throw .corrupt(url, entry: name, lastProblem())
    }
    defer { zip_fclose(file) }
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
      guard count >= 0 else {
        throw .corrupt(url, entry: name, ZipProblem.last(ofEntry: file))
      }
      if count == 0 { break }
      guard data.count + Int(count) <= limit else { throw .entryTooLarge(url, name, limit: limit) }
      data.append(contentsOf: chunk[0..<Int(count)])
    }
    return data
  }

  private func lastProblem() -> ZipProblem {
    ZipProblem.last(of: handle)
  }
}

/// Copies `data` into memory that libzip frees with the source made of it; no bytes give no
/// buffer (`nil`), which libzip would never free. `false` when memory runs out.
package func copyForLibzip(_ data: Data, into copy: inout UnsafeMutableRawPointer?) -> Bool {
  copy = nil
  guard !data.isEmpty else { return true }
  guard let buffer = malloc(data.count) else { return false }
  data.withUnsafeBytes { bytes in
    if let base = bytes.baseAddress { buffer.copyMemory(from: base, byteCount: bytes.count) }
  }
  copy = buffer
  return true
}

/// One entry of an open archive, read in pieces; it keeps its archive open.
public final class ZipEntryStream {
  private let file: OpaquePointer
  private let archive: ZipArchive
  /// The entry's name.
  public let name: String
  /// The most bytes it delivers.
  public let limit: Int
  /// Bytes delivered so far.
  public private(set) var delivered = 0
  /// `true` once a read was refused for passing `limit`.
  public private(set) var exceededLimit = false
  /// libzip's reason for the last failed read.
  public private(set) var failure: ZipProblem?

  fileprivate init(file: OpaquePointer, archive: ZipArchive, name: String, limit: Int) {
    self.file = file
    self.archive = archive
    self.name = name
    self.limit = limit
  }

  deinit {
    zip_fclose(file)
  }

  /// Reads up to `count` bytes into `buffer`: the count read, 0 at the end, -1 on failure.
  public func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    let got = zip_fread(file, buffer, zip_uint64_t(count))
    guard got >= 0 else {
      failure = ZipProblem.last(ofEntry: file)
      return -1
    }
    delivered += Int(got)
    guard delivered <= limit else {
      exceededLimit = true
      return -1
    }
    return Int(got)
  }
}

/// What a ZIP archive's central directory says of one entry.
public struct ZipEntryInfo: Sendable, Hashable {
  public var index: Int
  /// The name, decoded as UTF-8 (or CP437 for an old archive without the UTF-8 flag).
  public var name: String
  /// The declared uncompressed and compressed sizes.
  public var size: UInt64
  public var compressedSize: UInt64
  /// The compression method (0 stored, 8 deflated).
  public var method: Int
  /// Whether libzip can decompress the method.
  public var isMethodSupported: Bool
  public var isEncrypted: Bool
  /// The Unix mode, for entries made on Unix.
  public var unixMode: UInt32?

  /// `true` for a folder entry (`name/`).
  public var isDirectory: Bool { name.hasSuffix("/") }

  /// `true` for a symbolic link.
  public var isSymbolicLink: Bool { unixMode.map { $0 & 0o170000 == 0o120000 } ?? false }
}

/// Thrown when a ZIP archive cannot be opened, read or written.
public enum ZipError: Error, Sendable, Equatable {
  /// Thrown when libzip refuses to open the file.
  case cannotOpen(URL, ZipProblem)
  /// Thrown when an entry cannot be read; an empty `entry` stands for the central directory.
  case corrupt(URL, entry: String, ZipProblem)
  /// Thrown when the archive has no entry of the name asked for.
  case missingEntry(URL, String)
  /// Thrown when an entry is larger than the reader accepts.
  case entryTooLarge(URL, String, limit: Int)
  /// Thrown when an archive cannot be written: the file or entry, and why.
  case cannotCreate(String, ZipProblem)

  /// What libzip reported, for the errors it reported.
  public var problem: ZipProblem? {
    switch self {
    case .cannotOpen(_, let problem), .corrupt(_, _, let problem), .cannotCreate(_, let problem): problem
    case .missingEntry: ZipProblem(code: ZIP_ER_NOENT)
    case .entryTooLarge: nil
    }
  }
}
