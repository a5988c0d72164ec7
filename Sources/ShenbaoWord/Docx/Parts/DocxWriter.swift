import FoundationEssentials
import ShenbaoNative

/// Writes a ``WordDocument`` as a DOCX package: one function per part, every part assembled in a
/// fixed order and stamped with the document's one timestamp, so the same document always gives
/// the same bytes.
public enum DocxWriter {
  /// The package's parts in the order they are stored.
  package static let partNames = [
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
    "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
    "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
  ]

  /// The DOCX package's bytes.
  public static func write(_ document: WordDocument) throws(DocxError) -> Data {
    do {
      let parts: [Data] = [
        try contentTypesPart(), try packageRelationshipsPart(), try documentPart(document),
        try documentRelationshipsPart(), try stylesPart(), try settingsPart(), try fontTablePart(),
        try footerPart(document), try corePropertiesPart(document.properties),
        try appPropertiesPart(document), try customPropertiesPart(document.properties),
      ]
      let entries = zip(partNames, parts).map { ZipEntry(name: $0, data: $1, compression: .deflate) }
      return try ZipWriter.archive(entries, modified: DOSTimestamp(document.properties.timestamp))
    } catch let error as XMLError {
      throw .xml(error)
    } catch let error as ZipError {
      throw .zip(error)
    } catch {
      throw .zip(.cannotCreate("", .internalError))
    }
  }
}

/// Thrown when a DOCX package cannot be written.
public enum DocxError: Error, Sendable, Equatable {
  /// Thrown when libxml2 fails to write a part.
  case xml(XMLError)
  /// Thrown when libzip fails to assemble the package.
  case zip(ZipError)
}
