import CLibXML2
import FoundationEssentials
import ShenbaoSupport

/// Writes one XML document into memory through libxml2's xmlTextWriter, which escapes text and
/// attribute values. No libxml2 pointer leaves this type.
public final class XMLWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  private var finished = false

  /// Starts a document: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
  public init() throws(XMLError) {
    guard let buffer = xmlBufferCreate() else { throw .cannotCreateWriter }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw .cannotCreateWriter
    }
    self.buffer = buffer
    self.writer = writer
    guard xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes") >= 0 else {
      throw .libxml(XMLError.lastMessage())
    }
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Opens an element.
  public func start(_ name: String) throws(XMLError) {
    guard xmlTextWriterStartElement(writer, name) >= 0 else {
      throw .libxml(XMLError.lastMessage())
    }
  }

  /// Adds an attribute to the element just opened; characters XML cannot carry are dropped.
  public func attribute(_ name: String, _ value: String) throws(XMLError) {
    guard xmlTextWriterWriteAttribute(writer, name, XMLText.sanitized(value)) >= 0 else {
      throw .libxml(XMLError.lastMessage())
    }
  }

  /// Writes text content; characters XML cannot carry are dropped.
  public func text(_ value: String) throws(XMLError) {
    guard xmlTextWriterWriteString(writer, XMLText.sanitized(value)) >= 0 else {
      throw .libxml(XMLError.lastMessage())
    }
  }

  /// Closes the element opened last.
  public func end() throws(XMLError) {
    guard xmlTextWriterEndElement(writer) >= 0 else { throw .libxml(XMLError.lastMessage()) }
  }

  /// An element with attributes, whose content `body` writes.
  public func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:],
    _ body: () throws(XMLError) -> Void = {}
  ) throws(XMLError) {
    try start(name)
    for (key, value) in attributes { try attribute(key, value) }
    try body()
    try end()
  }

  /// Closes every open element and returns the document's bytes.
  public func finish() throws(XMLError) -> Data {
    if !finished {
      guard xmlTextWriterEndDocument(writer) >= 0, xmlTextWriterFlush(writer) >= 0 else {
        throw .libxml(XMLError.lastMessage())
      }
      finished = true
    }
    guard let content = xmlBufferContent(buffer) else { return Data() }
    return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
  }
}

/// Text as XML 1.0 can carry it.
public enum XMLText {
  /// `text` without the characters XML 1.0 forbids: C0 controls other than tab, line feed and
  /// carriage return, and U+FFFE, U+FFFF.
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
  }

  /// `text` as XML (and HTML) text or an attribute value carries it: markup characters as
  /// entities, what XML 1.0 forbids left out.
  public static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars where isAllowed(scalar) {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// XML 1.0's Char production.
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}

/// Thrown when libxml2 cannot write or read a document.
public enum XMLError: Error, Sendable, Equatable {
  /// Thrown when libxml2 cannot allocate a writer.
  case cannotCreateWriter
  /// Thrown when a libxml2 call fails; the reason is libxml2's.
  case libxml(String)
  /// Thrown when a document holds what untrusted input may not (a DTD, an entity reference).
  case forbidden(XMLForbidden)
  /// Thrown when a document is larger than the reader accepts.
  case tooLarge(Int)
  /// Thrown when a document read is not well-formed XML: where, and libxml2's code.
  case malformed(XMLProblem)
  /// Thrown when the archive entry a document is read from cannot be read.
  case entryUnreadable(ZipProblem)

  package static func lastMessage() -> String {
    guard let error = xmlGetLastError(), let message = error.pointee.message else {
      return "unknown libxml2 error"
    }
    return String(cString: message).trimming { $0.isWhitespace }
  }
}

/// What an untrusted document may not hold.
public enum XMLForbidden: String, Sendable, Equatable {
  /// `<!DOCTYPE …>`: the door to entity expansion and external entities.
  case documentType
  /// An entity reference other than the five XML predefines.
  case entityReference
}
