import CLibXML2
import FoundationEssentials

/// Reads an XML document node by node through libxml2's xmlTextReader, straight from a ZIP
/// entry: memory stays bounded whatever the document's size. No libxml2 pointer leaves this
/// type.
///
/// Untrusted documents are read with no network access, no entity substitution and no DTD
/// loading; a document type declaration or an entity reference is refused outright, since
/// WordprocessingML has no use for either.
public final class XMLStreamReader {
  /// One node of the document.
  public enum Node: Equatable {
    /// An element opens; `isEmpty` for `<a/>`, which has no matching ``end(_:)``.
    case start(XMLName, isEmpty: Bool)
    case end(XMLName)
    /// Character data, significant white space included.
    case text(String)
  }

  private let reader: xmlTextReaderPtr
  private let input: ReaderInput
  /// Names as Swift strings, by the address libxml2 interns them at: a document has few
  /// distinct names and many nodes, so each is made once. A name's token is its index here.
  private var tokens: [UnsafeRawPointer: Int] = [:]
  private var internedNames: [String] = []

  /// A reader over `entry`.
  public init(entry: ZipEntryStream) throws(XMLError) {
    shenbao_xml_silence()
    let input = ReaderInput(entry: entry)
    self.input = input
    let context = Unmanaged.passUnretained(input).toOpaque()
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    guard let reader = xmlReaderForIO(readerInputCallback, nil, context, entry.name, "UTF-8", options)
    else { throw .cannotCreateWriter }
    self.reader = reader
  }

  deinit {
    xmlFreeTextReader(reader)
  }

  /// The next node, or `nil` at the end of the document.
  public func next() throws(XMLError) -> Node? {
    while true {
      xmlResetLastError()
      let status = xmlTextReaderRead(reader)
      if status == 0 { return nil }
      guard status == 1 else { throw failure() }
      switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
      case XML_READER_TYPE_ELEMENT:
        return .start(currentName, isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
      case XML_READER_TYPE_END_ELEMENT:
        return .end(currentName)
      case XML_READER_TYPE_TEXT, XML_READER_TYPE_SIGNIFICANT_WHITESPACE, XML_READER_TYPE_CDATA:
        return .text(xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "")
      case XML_READER_TYPE_DOCUMENT_TYPE:
        throw .forbidden(.documentType)
      case XML_READER_TYPE_ENTITY_REFERENCE, XML_READER_TYPE_ENTITY:
        throw .forbidden(.entityReference)
      default:
        continue
      }
    }
  }

  /// The value of the current element's attribute `localName` in `namespace` (`nil` for an
  /// attribute without a namespace).
  public func attribute(_ localName: String, namespace: String? = nil) -> String? {
    let found = namespace.map { xmlTextReaderGetAttributeNs(reader, localName, $0) }
      ?? xmlTextReaderGetAttribute(reader, localName)
    guard let value = found else { return nil }
    defer { shenbao_xml_free(value) }
    return String(cString: value)
  }

  private var currentName: XMLName {
    let namespace = interned(xmlTextReaderConstNamespaceUri(reader))
    let local = interned(xmlTextReaderConstLocalName(reader))
    return XMLName(namespace: internedNames[namespace], local: internedNames[local], token: local)
  }

  /// The token of an interned name. A hostile document may hold any number of distinct names,
  /// so they are looked up by address, not searched.
  private func interned(_ pointer: UnsafePointer<xmlChar>?) -> Int {
    guard let pointer else { return noName }
    let key = UnsafeRawPointer(pointer)
    if let token = tokens[key] { return token }
    internedNames.append(String(cString: pointer))
    tokens[key] = internedNames.count - 1
    return internedNames.count - 1
  }

  /// The token of the empty name (no namespace).
  private lazy var noName: Int = {
    internedNames.append("")
    return internedNames.count - 1
  }()

  private func failure() -> XMLError {
    if input.entry.exceededLimit { return .tooLarge(input.entry.limit) }
    if let problem = input.entry.failure { return .entryUnreadable(problem) }
    return .malformed(XMLProblem.last())
  }
}

/// An element's name: its namespace and local name, and a token that is the same for every
/// occurrence of the local name in one document.
public struct XMLName: Hashable, Sendable {
  public var namespace: String
  public var local: String
  public var token: Int

  public init(namespace: String, local: String, token: Int = -1) {
    self.namespace = namespace
    self.local = local
    self.token = token
  }
}

/// The entry libxml2 reads from.
private final class ReaderInput {
  let entry: ZipEntryStream

  init(entry: ZipEntryStream) {
    self.entry = entry
  }
}

private let readerInputCallback: xmlInputReadCallback = { context, buffer, length in
  guard let context, let buffer else { return -1 }
  let input = Unmanaged<ReaderInput>.fromOpaque(context).takeUnretainedValue()
  return Int32(input.entry.read(into: buffer, count: Int(length)))
}
