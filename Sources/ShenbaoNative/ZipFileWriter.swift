import CLibZip
import FoundationEssentials
import Glibc

/// Writes a ZIP archive to a file through libzip. Entries come from memory, from files read in
/// fixed-size chunks (so memory does not grow with the file), or from content made only when
/// libzip reaches the entry. libzip writes entries in the order they were added, at ``close()``,
/// and reads each source once, in that order.
///
/// Every entry is stamped with one given time, names are flagged UTF-8, Unix permissions are
/// 0644: the same entries give the same bytes. ZIP64 records are written where sizes or counts
/// need them.
public final class ZipFileWriter {
  private let handle: OpaquePointer
  /// The file libzip writes (it writes a temporary file beside it and renames it at the end).
  public let url: URL
  private var closed = false

  /// Starts an archive at `url`, replacing whatever is there when it is closed.
  public init(creating url: URL) throws(ZipError) {
    var code: Int32 = 0
    guard let handle = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
      throw .cannotCreate(url.path, ZipProblem(code: code, systemError: errno))
    }
    self.handle = handle
    self.url = url
  }

  deinit {
    if !closed { zip_discard(handle) }
  }

  /// Adds an entry holding `data`.
  public func add(
    _ name: String, data: Data, compression: ZipEntry.Compression, modified: DOSTimestamp
  ) throws(ZipError) {
    try add(name, source: ChunkedSource(content: .bytes(data)), compression: compression,
      modified: modified)
  }

  /// Adds an entry read from `file` in chunks of ``ChunkedSource/chunkSize``, handing every
  /// chunk to `observer` as it goes into the archive. `size` is the file's size; a file that
  /// changes size meanwhile fails the archive.
  public func add(
    _ name: String, file: URL, size: Int, compression: ZipEntry.Compression,
    modified: DOSTimestamp, observer: (any ZipChunkObserver)? = nil
  ) throws(ZipError) {
    try add(name, source: ChunkedSource(content: .file(file, size: size), observer: observer),
      compression: compression, modified: modified)
  }

  /// Adds an entry whose bytes `make` returns when libzip reaches it, after every entry added
  /// before it has been written: for a manifest of what precedes it.
  public func add(
    _ name: String, compression: ZipEntry.Compression, modified: DOSTimestamp,
    deferred make: @escaping () throws -> Data
  ) throws(ZipError) {
    try add(name, source: ChunkedSource(content: .deferred(make)), compression: compression,
      modified: modified)
  }

  private func add(
    _ name: String, source: ChunkedSource, compression: ZipEntry.Compression,
    modified: DOSTimestamp
  ) throws(ZipError) {
    let context = Unmanaged.passRetained(source).toOpaque()
    guard let zipSource = zip_source_function(handle, chunkedSourceCallback, context) else {
      Unmanaged<ChunkedSource>.fromOpaque(context).release()
      throw .cannotCreate(name, ZipProblem.last(of: handle))
    }
    try ZipWriter.addEntry(name, source: zipSource, to: handle, compression: compression, level: 6,
      modified: modified)
  }

  /// Writes the archive: every source is read now, in order.
  public func close() throws(ZipError) {
    guard !closed else { return }
    guard zip_close(handle) == 0 else {
      let problem = ZipProblem.last(of: handle)
      zip_discard(handle)
      closed = true
      throw .cannotCreate(url.path, problem)
    }
    closed = true
  }

  /// Abandons the archive: nothing is written.
  public func discard() {
    guard !closed else { return }
    zip_discard(handle)
    closed = true
  }
}

/// Sees the bytes of a streamed entry as they are written: to hash a file while it is copied.
public protocol ZipChunkObserver: AnyObject {
  /// Reading starts (again): forget what was seen.
  func begin()
  /// The next bytes of the entry.
  func observe(_ bytes: UnsafeRawBufferPointer)
  /// The entry has been read to its end.
  func end()
}

/// One entry's content, served to libzip through a source callback.
package final class ChunkedSource {
  package enum Content {
    case bytes(Data)
    case file(URL, size: Int)
    case deferred(() throws -> Data)
  }

  /// The size of the reads from disk.
  package static let chunkSize = 1 << 20

  private var content: Content
  private let observer: (any ZipChunkObserver)?
  private var error = zip_error_t()
  private var descriptor: Int32 = -1
  private var buffer: UnsafeMutableRawBufferPointer?
  private var bufferStart = 0
  private var bufferEnd = 0
  private var delivered = 0
  /// The bytes of `.bytes` and resolved `.deferred` content.
  private var made: Data?

  package init(content: Content, observer: (any ZipChunkObserver)? = nil) {
    self.content = content
    self.observer = observer
    zip_error_init(&error)
    if case .bytes(let data) = content { made = data }
  }

  deinit {
    if descriptor >= 0 { Glibc.close(descriptor) }
    buffer?.deallocate()
    zip_error_fini(&error)
  }

  private var size: Int? {
    if case .file(_, let size) = content { return size }
    return made?.count
  }

  package func handle(_ command: zip_source_cmd_t, _ data: UnsafeMutableRawPointer?, _ length: zip_uint64_t)
    -> zip_int64_t
  {
    switch command {
    case ZIP_SOURCE_OPEN: return open()
    case ZIP_SOURCE_READ: return read(into: data, length: Int(length))
    case ZIP_SOURCE_CLOSE: return closeFile()
    case ZIP_SOURCE_STAT: return stat(data)
    case ZIP_SOURCE_ERROR: return zip_error_to_data(&error, data!, length)
    case ZIP_SOURCE_FREE: return 0
    case ZIP_SOURCE_SUPPORTS:
      let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
        ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
      return commands.reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
    default:
      zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0)
      return -1
    }
  }

  private func resolveDeferred() -> Bool {
    guard case .deferred(let make) = content, made == nil else { return true }
    do {
      made = try make()
      return true
    } catch {
      zip_error_set(&self.error, ZIP_ER_INTERNAL, 0)
      return false
    }
  }

  private func stat(_ data: UnsafeMutableRawPointer?) -> zip_int64_t {
    guard resolveDeferred(), let data else { return -1 }
    let stat = data.assumingMemoryBound(to: zip_stat_t.self)
    zip_stat_init(stat)
    if let size {
      stat.pointee.size = zip_uint64_t(size)
      stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
    }
    return zip_int64_t(MemoryLayout<zip_stat_t>.size)
  }

  private func open() -> zip_int64_t {
    guard resolveDeferred() else { return -1 }
    delivered = 0
    observer?.begin()
    if case .file(let url, _) = content {
      descriptor = Glibc.open(url.path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        zip_error_set(&error, ZIP_ER_OPEN, errno)
        return -1
      }
      if buffer == nil {
        buffer = .allocate(byteCount: Self.chunkSize, alignment: 16)
      }
      bufferStart = 0
      bufferEnd = 0
    }
    return 0
  }

  private func read(into destination: UnsafeMutableRawPointer?, length: Int) -> zip_int64_t {
    guard let destination else { return -1 }
    let count: Int
    switch content {
    case .file(_, let size):
      if bufferStart == bufferEnd {
        guard let buffer, let base = buffer.baseAddress else { return -1 }
        let got = Glibc.read(descriptor, base, buffer.count)
        guard got >= 0 else {
          zip_error_set(&error, ZIP_ER_READ, errno)
          return -1
        }
        bufferStart = 0
        bufferEnd = got
      }
      count = min(length, bufferEnd - bufferStart)
      if let base = buffer?.baseAddress {
        destination.copyMemory(from: base + bufferStart, byteCount: count)
      }
      bufferStart += count
      // A file that grew or shrank since it was measured would make a wrong manifest.
      if delivered + count > size || (count == 0 && delivered != size) {
        zip_error_set(&error, ZIP_ER_INCONS, 0)
        return -1
      }
    case .bytes, .deferred:
      let bytes = made ?? Data()
      count = min(length, bytes.count - delivered)
      bytes.withUnsafeBytes { all in
        if let base = all.baseAddress { destination.copyMemory(from: base + delivered, byteCount: count) }
      }
    }
    if count > 0 {
      observer?.observe(UnsafeRawBufferPointer(start: destination, count: count))
    } else {
      observer?.end()
    }
    delivered += count
    return zip_int64_t(count)
  }

  private func closeFile() -> zip_int64_t {
    if descriptor >= 0 {
      Glibc.close(descriptor)
      descriptor = -1
    }
    return 0
  }
}

/// libzip's entry point into a ``ChunkedSource``.
private let chunkedSourceCallback: zip_source_callback = { userdata, data, length, command in
  guard let userdata else { return -1 }
  let unmanaged = Unmanaged<ChunkedSource>.fromOpaque(userdata)
  let result = unmanaged.takeUnretainedValue().handle(command, data, length)
  if command == ZIP_SOURCE_FREE { unmanaged.release() }
  return result
}
