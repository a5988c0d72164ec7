import FoundationEssentials
import ShenbaoNative

extension DocxWriter {
  // The content types are built from scratch rather than copied from a reference document, so
  // they list exactly the parts this writer produces, no more.
  package static func contentTypesPart() throws(XMLError) -> Data {
    let xml = try XMLWriter()
    try xml.element("Types", ["xmlns": OOXMLNamespace.contentTypes]) { () throws(XMLError) in
      try xml.element("Default", ["Extension": "rels", "ContentType": ContentType.relationships])
      try xml.element("Default", ["Extension": "xml", "ContentType": ContentType.xml])
      let overrides = [
        ("/word/document.xml", ContentType.document), ("/word/styles.xml", ContentType.styles),
        ("/word/settings.xml", ContentType.settings), ("/word/fontTable.xml", ContentType.fontTable),
        ("/word/footer1.xml", ContentType.footer), ("/docProps/core.xml", ContentType.coreProperties),
        ("/docProps/app.xml", ContentType.extendedProperties),
        ("/docProps/custom.xml", ContentType.customProperties),
      ]
      for (part, type) in overrides {
        try xml.element("Override", ["PartName": part, "ContentType": type])
      }
    }
    return try xml.finish()
  }

  package static func packageRelationshipsPart() throws(XMLError) -> Data {
    try relationships([
      ("rId1", RelationshipType.officeDocument, "word/document.xml"),
      ("rId2", RelationshipType.coreProperties, "docProps/core.xml"),
      ("rId3", RelationshipType.extendedProperties, "docProps/app.xml"),
      ("rId4", RelationshipType.customProperties, "docProps/custom.xml"),
    ])
  }

  /// The footer's relationship id, which the section properties name.
  package static let footerRelationship = "rId4"

  package static func documentRelationshipsPart() throws(XMLError) -> Data {
    try relationships([
      ("rId1", RelationshipType.styles, "styles.xml"),
      ("rId2", RelationshipType.settings, "settings.xml"),
      ("rId3", RelationshipType.fontTable, "fontTable.xml"),
      (footerRelationship, RelationshipType.footer, "footer1.xml"),
    ])
  }

  private static func relationships(_ list: [(String, String, String)]) throws(XMLError) -> Data {
    let xml = try XMLWriter()
    try xml.element("Relationships", ["xmlns": OOXMLNamespace.packageRelationships]) {
      () throws(XMLError) in
      for (id, type, target) in list {
        try xml.element("Relationship", ["Id": id, "Type": type, "Target": target])
      }
    }
    return try xml.finish()
  }
}
