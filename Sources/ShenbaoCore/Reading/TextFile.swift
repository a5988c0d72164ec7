import FoundationEssentials
import ShenbaoSupport

/// Reads small text files (drafts, form definitions) whole, refusing what is not UTF-8 text.
public enum TextFile {
  /// The largest draft read: real drafts are tens of kilobytes.
  public static let draftSizeLimit = 8 * 1024 * 1024

  /// The file's text, without a UTF-8 byte order mark.
  public static func read(_ url: URL, limit: Int) throws(TextFileError) -> String {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .notFound
    }
    guard !isDirectory else { throw .isDirectory }
    let size: Int
    do {
      size = try FileManager.default.sizeOfItem(atPath: url.path)
    } catch {
      throw .unreadable(errno: SystemError.code(of: error))
    }
    guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
    // Read to the end rather than by the size the file system gives, so a pipe (validate
    // <(…)) reads as a file does; never past the limit.
    var data = Data()
    do {
      let file = try FileDescriptor(reading: url)
      while data.count <= limit {
        // One byte past the limit at most, to tell a file at the limit from one over it.
        let room = limit - data.count
        let chunk = try file.read(upTo: room < 1 << 20 ? room + 1 : 1 << 20)
        if chunk.isEmpty { break }
        data.append(chunk)
      }
    } catch {
      throw .unreadable(errno: error.code.rawValue)
    }
    guard data.count <= limit else { throw .tooLarge(size: data.count, limit: limit) }
    return try decode(data)
  }

  /// The bytes as UTF-8 text, without a byte order mark.
  public static func decode(_ data: Data) throws(TextFileError) -> String {
    var bytes = data[...]
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw .utf16
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let offset = firstInvalidUTF8Offset(bytes) {
      throw .notUTF8(offset: offset, looksLikeGBK: looksLikeGBK(bytes))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The zero-based offset of the first byte that is not well-formed UTF-8, if any.
  package static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int? {
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      // The allowed range of the second byte narrows for some lead bytes (RFC 3629 table).
      let length: Int
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; second = 0xA0...0xBF
      case 0xED: length = 3; second = 0x80...0x9F
      case 0xE1...0xEF: length = 3
      case 0xF0: length = 4; second = 0x90...0xBF
      case 0xF4: length = 4; second = 0x80...0x8F
      case 0xF1...0xF3: length = 4
      default: return index - bytes.startIndex
      }
      guard bytes.endIndex - index >= length else { return index - bytes.startIndex }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        let allowed = offset == 1 ? second : 0x80...0xBF
        guard allowed.contains(byte) else { return index - bytes.startIndex }
      }
      index += length
    }
    return nil
  }

  /// A rough test for GB 2312/GBK text: lead bytes 0x81-0xFE followed by trail bytes.
  package static func looksLikeGBK(_ bytes: Data.SubSequence) -> Bool {
    var pairs = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let next = bytes.index(after: index)
      guard (0x81...0xFE).contains(byte), next < bytes.endIndex,
        (0x40...0xFE).contains(bytes[next]), bytes[next] != 0x7F
      else { return false }
      pairs += 1
      index = bytes.index(after: next)
    }
    return pairs > 0
  }
}

/// Thrown when a text file cannot be read.
public enum TextFileError: Error, Sendable, Equatable {
  /// Thrown when nothing exists at the path.
  case notFound
  /// Thrown when the path is a folder.
  case isDirectory
  /// Thrown when the file is larger than the limit for its kind.
  case tooLarge(size: Int, limit: Int)
  /// Thrown when the bytes are not UTF-8; `offset` is the first bad byte.
  case notUTF8(offset: Int, looksLikeGBK: Bool)
  /// Thrown when the file starts with a UTF-16 byte order mark.
  case utf16
  /// Thrown when the system refuses to read the file.
  case unreadable(errno: Int32)
}
