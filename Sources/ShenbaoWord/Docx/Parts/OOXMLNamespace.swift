/// The namespaces and relationship types of the parts shenbao writes (ECMA-376, transitional).
package enum OOXMLNamespace {
  package static let wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  package static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  package static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
  package static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
  package static let coreProperties =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
  package static let extendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
  package static let customProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
  package static let docPropsVTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
  package static let dublinCore = "http://purl.org/dc/elements/1.1/"
  package static let dublinCoreTerms = "http://purl.org/dc/terms/"
  package static let dcmiType = "http://purl.org/dc/dcmitype/"
  package static let xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
}

/// Relationship types.
package enum RelationshipType {
  package static let officeDocument = OOXMLNamespace.relationships + "/officeDocument"
  package static let coreProperties = OOXMLNamespace.packageRelationships + "/metadata/core-properties"
  package static let extendedProperties = OOXMLNamespace.relationships + "/extended-properties"
  package static let styles = OOXMLNamespace.relationships + "/styles"
  package static let settings = OOXMLNamespace.relationships + "/settings"
  package static let fontTable = OOXMLNamespace.relationships + "/fontTable"
  package static let footer = OOXMLNamespace.relationships + "/footer"
  package static let customProperties = OOXMLNamespace.relationships + "/custom-properties"
}

/// Content types of the parts.
package enum ContentType {
  private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
  package static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
  package static let xml = "application/xml"
  package static let document = wordprocessing + ".document.main+xml"
  package static let styles = wordprocessing + ".styles+xml"
  package static let settings = wordprocessing + ".settings+xml"
  package static let fontTable = wordprocessing + ".fontTable+xml"
  package static let footer = wordprocessing + ".footer+xml"
  package static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
  package static let extendedProperties =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml"
  package static let customProperties = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
}
