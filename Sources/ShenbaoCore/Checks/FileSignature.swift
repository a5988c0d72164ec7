import FoundationEssentials

/// Recognises attachment files by their first bytes, so a renamed file is caught.
public enum FileSignature {
  /// What a file's content is.
  public enum Kind: String, Sendable, Hashable {
    case pdf, jpeg, png, zip, unknown
  }

  /// The kind of content the leading bytes show. PDF readers accept `%PDF-` anywhere in the
  /// first 1024 bytes, so this does too.
  public static func kind(of head: Data) -> Kind {
    let bytes = [UInt8](head.prefix(1024))
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
    let marker: [UInt8] = Array("%PDF-".utf8)
    if bytes.count >= marker.count,
      (0...(bytes.count - marker.count)).contains(where: { bytes[$0..<$0 + marker.count].elementsEqual(marker) })
    {
      return .pdf
    }
    return .unknown
  }

  /// The content kind a file extension promises, and for ZIP-based formats the entry the
  /// archive must hold.
  public static func expectation(forExtension ext: String) -> (kind: Kind, zipEntry: String?)? {
    switch ext.lowercased() {
    case "pdf": (.pdf, nil)
    case "jpg", "jpeg": (.jpeg, nil)
    case "png": (.png, nil)
    case "docx": (.zip, "word/document.xml")
    case "ofd": (.zip, "OFD.xml")
    default: nil
    }
  }
}
