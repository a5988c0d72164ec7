/// The namespaces and relationship types of the parts shenbao writes (ECMA-376, transitional).
enum OOXMLNamespace {
  static let wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
  static let coreProperties =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  static let extendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
  static let customProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
  static let docPropsVTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
  static let dublinCore = "http://purl.org/dc/elements/1.1/"
  static let dublinCoreTerms = "http://purl.org/dc/terms/"
  static let dcmiType = "http://purl.org/dc/dcmitype/"
  static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
}

/// Relationship types.
enum RelationshipType {
  static let officeDocument = OOXMLNamespace.relationships + "/officeDocument"
  static let coreProperties = OOXMLNamespace.packageRelationships + "/metadata/core-properties"
  static let extendedProperties = OOXMLNamespace.relationships + "/extended-properties"
  static let styles = OOXMLNamespace.relationships + "/styles"
  static let settings = OOXMLNamespace.relationships + "/settings"
  static let fontTable = OOXMLNamespace.relationships + "/fontTable"
  static let footer = OOXMLNamespace.relationships + "/footer"
  static let customProperties = OOXMLNamespace.relationships + "/custom-properties"
}

/// Content types of the parts.
enum ContentType {
  private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
  static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
  static let xml = "application/xml"
  static let document = wordprocessing + ".document.main+xml"
  static let styles = wordprocessing + ".styles+xml"
  static let settings = wordprocessing + ".settings+xml"
  static let fontTable = wordprocessing + ".fontTable+xml"
  static let footer = wordprocessing + ".footer+xml"
  static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
  static let extendedProperties =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml"
  static let customProperties = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
}
