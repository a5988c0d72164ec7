import FoundationEssentials
import Glibc
import ShenbaoSupport

/// Parses a `multipart/form-data` body as its bytes arrive, holding at most one chunk and a
/// header in memory: fields are kept (up to `fieldBytes`), files are written to numbered files in
/// a folder of the caller's (`part-1` …) — a name from the client never becomes a path. Every
/// limit is enforced as the bytes arrive, so an upload over it is refused without being read to
/// its end.
public struct MultipartParser: Sendable {
  public struct Limits: Sendable {
    public var parts = 500
    public var headerBytes = 16 << 10
    public var fieldBytes = 2 << 20
    public var fileBytes: Int
    public var totalBytes: Int

    public init(fileBytes: Int, totalBytes: Int) {
      self.fileBytes = fileBytes
      self.totalBytes = totalBytes
    }
  }


  /// One part: a field's text, or a file's name as the client gave it and where it was written.
  public struct Part: Sendable {
    public var name: String
    public var filename: String?
    public var data = Data()
    public var file: URL?
    public var size = 0
  }

  /// Why a body was refused.
  public enum Problem: Error, Equatable, Sendable {
    case malformed
    case tooManyParts
    case fieldTooLarge(String)
    case fileTooLarge(String)
    case tooLarge
    /// A file could not be written, with the system's `errno`.
    case cannotStore(errno: Int32)
  }

  /// The boundary a `Content-Type` header names, if it is multipart/form-data.
  public static func boundary(_ contentType: String?) -> String? {
    guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.drop { $0 == " " }.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      var value = pair[1]
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
      guard (1...70).contains(value.utf8.count) else { return nil }
      return String(value)
    }
    return nil
  }

  package let boundary: [UInt8]
  package let limits: Limits
  package let folder: URL

  private enum State { case preamble, headers, body, epilogue }
  private var state = State.preamble
  private var pending: [UInt8] = []
  private var parts: [Part] = []
  private var current: Part?
  private var output: FileDescriptor?
  private var total = 0

  public init(boundary: String, limits: Limits, folder: URL) {
    self.boundary = Array(boundary.utf8)
    self.limits = limits
    self.folder = folder
  }

  /// The parts read, once the closing boundary has been read.
  public var finished: [Part]? { state == .epilogue ? parts : nil }

  private var delimiter: [UInt8] { Array("\r\n--".utf8) + boundary }

  /// Takes the next bytes of the body.
  public mutating func consume(_ bytes: [UInt8]) throws(Problem) {
    total += bytes.count
    guard total <= limits.totalBytes else { throw .tooLarge }
    pending += bytes
    while true {
      switch state {
      case .preamble:
        // The body starts with the first delimiter; CRLF before it is optional.
        let opening = Array("--".utf8) + boundary
        guard let found = Self.find(opening, in: pending) else {
          guard pending.count <= limits.headerBytes else { throw .malformed }
          return
        }
        guard pending.count >= found + opening.count + 2 else { return }
        let after = Array(pending[(found + opening.count)..<(found + opening.count + 2)])
        pending.removeFirst(found + opening.count + 2)
        if after == Array("--".utf8) { state = .epilogue; return }
        guard after == [13, 10] else { throw .malformed }
        state = .headers
      case .headers:
        guard let end = Self.find([13, 10, 13, 10], in: pending) else {
          guard pending.count <= limits.headerBytes else { throw .malformed }
          return
        }
        guard end <= limits.headerBytes else { throw .malformed }
        let header = String(decoding: pending[0..<end], as: UTF8.self)
        pending.removeFirst(end + 4)
        try begin(header)
        state = .body
      case .body:
        let delimiter = delimiter
        if let found = Self.find(delimiter, in: pending) {
          guard pending.count >= found + delimiter.count + 2 else { return }
          try append(Array(pending[0..<found]))
          let after = Array(pending[(found + delimiter.count)..<(found + delimiter.count + 2)])
          pending.removeFirst(found + delimiter.count + 2)
          try finish()
          if after == Array("--".utf8) { state = .epilogue; pending = []; return }
          guard after == [13, 10] else { throw .malformed }
          state = .headers
        } else {
          // Keep what could be the start of a delimiter split across chunks.
          let keep = min(pending.count, delimiter.count + 1)
          try append(Array(pending[0..<(pending.count - keep)]))
          pending.removeFirst(pending.count - keep)
          return
        }
      case .epilogue:
        pending = []
        return
      }
    }
  }

  /// The `;`-separated parts of a header's value, a `;` inside quotes (`filename="a;b.pdf"`)
  /// being part of its value.
  package static func parameters(_ value: Substring) -> [Substring] {
    var parts: [Substring] = []
    var start = value.startIndex
    var quoted = false
    for index in value.indices {
      if value[index] == "\"" { quoted.toggle() }
      if value[index] == ";", !quoted {
        parts.append(value[start..<index])
        start = value.index(after: index)
      }
    }
    parts.append(value[start...])
    return parts
  }

  private mutating func begin(_ header: String) throws(Problem) {
    guard parts.count < limits.parts else { throw .tooManyParts }
    var name: String?
    var filename: String?
    for line in header.split(separator: "\r\n") {
      let pair = line.split(separator: ":", maxSplits: 1)
      guard pair.count == 2, pair[0].lowercased() == "content-disposition" else { continue }
      for parameter in Self.parameters(pair[1]).dropFirst() {
        let field = parameter.drop { $0 == " " }.split(separator: "=", maxSplits: 1)
        guard field.count == 2 else { continue }
        var value = field[1]
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
        let text = String(value).replacing("%22", with: "\"")
        switch field[0].lowercased() {
        case "name": name = text
        case "filename": filename = text
        default: break
        }
      }
    }
    guard let name else { throw .malformed }
    var part = Part(name: name, filename: filename)
    if filename != nil {
      let url = folder.appendingPathComponent("part-\(parts.count + 1)")
      do {
        output = try FileDescriptor(creating: url.path)
      } catch {
        throw .cannotStore(errno: error.code.rawValue)
      }
      part.file = url
    }
    current = part
  }

  private mutating func append(_ bytes: [UInt8]) throws(Problem) {
    guard !bytes.isEmpty, var part = current else { return }
    part.size += bytes.count
    if let output {
      guard part.size <= limits.fileBytes else { throw .fileTooLarge(part.filename ?? part.name) }
      do { try output.write(Data(bytes)) } catch { throw .cannotStore(errno: error.code.rawValue) }
    } else {
      guard part.size <= limits.fieldBytes else { throw .fieldTooLarge(part.name) }
      part.data.append(contentsOf: bytes)
    }
    current = part
  }

  private mutating func finish() throws(Problem) {
    guard let part = current else { throw .malformed }
    parts.append(part)
    current = nil
    output = nil
  }

  /// Where `needle` first occurs in `haystack`.
  package static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    return haystack.withUnsafeBytes { hay -> Int? in
      needle.withUnsafeBytes { pin -> Int? in
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
        var offset = 0
        let last = hay.count - needle.count
        while offset <= last {
          guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
          let index = base.distance(to: UnsafeRawPointer(hit))
          if memcmp(base + index, pinBase, needle.count) == 0 { return index }
          offset = index + 1
        }
        return nil
      }
    }
  }
}
