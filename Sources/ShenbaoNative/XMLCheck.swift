import CLibXML2
import FoundationEssentials
import ShenbaoSupport

/// Well-formedness checks of XML through libxml2, with the options every untrusted document is
/// read with: no network, no entity substitution, no DTD loading, default size limits.
public enum XMLCheck {
  /// The parser options for untrusted input.
  package static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
    | XML_PARSE_NOWARNING.rawValue)

  /// The libxml2 version the binary runs with, e.g. `20914`.
  public static var libraryVersion: Int {
    Int(LIBXML_VERSION)
  }

  /// `nil` if `data` is a well-formed XML document; otherwise libxml2's reason.
  public static func problem(in data: Data) -> String? {
    shenbao_xml_silence()
    xmlResetLastError()
    let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
      guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return xmlReadMemory(base, Int32(buffer.count), "document.xml", "UTF-8", safeOptions)
    }
    guard let document else { return lastMessage() ?? "not well-formed" }
    xmlFreeDoc(document)
    return nil
  }

  package static func lastMessage() -> String? {
    guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
    return String(cString: message).trimming { $0.isWhitespace }
  }
}
