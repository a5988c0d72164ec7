import CLibXML2

/// Where and why libxml2 found a document not well-formed: its error code, line and column.
/// Reports say it in words from the message catalogue, never in libxml2's English.
public struct XMLProblem: Sendable, Hashable {
  /// libxml2's `xmlParserErrors` code.
  public var code: Int32
  public var line: Int
  public var column: Int

  public init(code: Int32, line: Int, column: Int) {
    self.code = code
    self.line = line
    self.column = column
  }

  /// The problem libxml2 recorded last in this thread.
  package static func last() -> XMLProblem {
    guard let error = xmlGetLastError() else {
      return XMLProblem(code: Int32(XML_ERR_INTERNAL_ERROR.rawValue), line: 0, column: 0)
    }
    var code = error.pointee.code
    // libxml2 reports the nesting bound as an internal error; only its text tells them apart.
    if code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), let message = error.pointee.message,
      String(cString: message).contains("depth")
    {
      code = Self.tooDeepCode
    }
    return XMLProblem(code: code, line: Int(error.pointee.line), column: Int(error.pointee.int2))
  }

  /// A code of shenbao's own for a document nested deeper than libxml2 reads.
  package static let tooDeepCode: Int32 = -1

  /// The catalogue key of the problem's description (`xml.problem.tagMismatch`).
  package var messageKey: String {
    let name: String
    switch code {
    case Self.tooDeepCode: name = "tooDeep"
    case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue), Int32(XML_ERR_DOCUMENT_START.rawValue): name = "empty"
    case Int32(XML_ERR_DOCUMENT_END.rawValue), Int32(XML_ERR_EXTRA_CONTENT.rawValue): name = "extraContent"
    case Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), Int32(XML_ERR_TAG_NOT_FINISHED.rawValue),
      Int32(XML_ERR_LTSLASH_REQUIRED.rawValue):
      name = "tagMismatch"
    case Int32(XML_ERR_INVALID_CHAR.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue):
      name = "invalidCharacter"
    case Int32(XML_ERR_UNKNOWN_ENCODING.rawValue), Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue):
      name = "encoding"
    case Int32(XML_ERR_LT_IN_ATTRIBUTE.rawValue), Int32(XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue),
      Int32(XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue), Int32(XML_ERR_ATTRIBUTE_REDEFINED.rawValue):
      name = "attribute"
    case Int32(XML_NS_ERR_UNDEFINED_NAMESPACE.rawValue): name = "namespace"
    case Int32(XML_ERR_ENTITY_LOOP.rawValue), Int32(XML_ERR_UNDECLARED_ENTITY.rawValue),
      Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), Int32(XML_ERR_ENTITY_NOT_FINISHED.rawValue):
      name = "entity"
    case Int32(XML_ERR_NO_MEMORY.rawValue): name = "tooLarge"
    default: name = "notWellFormed"
    }
    return "xml.problem.\(name)"
  }
}
