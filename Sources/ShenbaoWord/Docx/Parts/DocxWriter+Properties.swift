import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport

extension DocxWriter {
  package static func corePropertiesPart(_ properties: DocumentProperties) throws(XMLError) -> Data {
    let xml = try XMLWriter()
    let stamp = W3CDateTime.string(properties.timestamp)
    try xml.element("cp:coreProperties", [
      "xmlns:cp": OOXMLNamespace.coreProperties, "xmlns:dc": OOXMLNamespace.dublinCore,
      "xmlns:dcterms": OOXMLNamespace.dublinCoreTerms, "xmlns:dcmitype": OOXMLNamespace.dcmiType,
      "xmlns:xsi": OOXMLNamespace.xmlSchemaInstance,
    ]) { () throws(XMLError) in
      try textElement(xml, "dc:title", properties.title)
      if let subject = properties.subject { try textElement(xml, "dc:subject", subject) }
      try textElement(xml, "dc:creator", properties.creator)
      if let keywords = properties.keywords { try textElement(xml, "cp:keywords", keywords) }
      try textElement(xml, "cp:lastModifiedBy", properties.creator)
      try textElement(xml, "cp:revision", "1")
      try xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"]) { () throws(XMLError) in
        try xml.text(stamp)
      }
      try xml.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"]) { () throws(XMLError) in
        try xml.text(stamp)
      }
      try textElement(xml, "dc:language", properties.language)
    }
    return try xml.finish()
  }

  /// The extended properties, with the document's true counts: Word's 字数, the characters
  /// with and without spaces, and the paragraphs that hold text. Pages and lines are left out:
  /// only a layout engine knows them, and Word recounts on opening.
  package static func appPropertiesPart(_ document: WordDocument) throws(XMLError) -> Data {
    let statistics = DocumentStatistics(document.body)
    let xml = try XMLWriter()
    try xml.element("Properties", ["xmlns": OOXMLNamespace.extendedProperties,
      "xmlns:vt": OOXMLNamespace.docPropsVTypes]) { () throws(XMLError) in
      try textElement(xml, "Application", "shenbao")
      try textElement(xml, "DocSecurity", "0")
      try textElement(xml, "Words", String(statistics.words))
      try textElement(xml, "Characters", String(statistics.characters))
      try textElement(xml, "CharactersWithSpaces", String(statistics.charactersWithSpaces))
      try textElement(xml, "Paragraphs", String(statistics.paragraphs))
      try textElement(xml, "ScaleCrop", "false")
      try textElement(xml, "LinksUpToDate", "false")
      try textElement(xml, "SharedDoc", "false")
      try textElement(xml, "HyperlinksChanged", "false")
    }
    return try xml.finish()
  }

  /// The custom properties' format id, which every custom property carries.
  package static let customPropertyFormat = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
  /// The names of the custom properties naming the form and its digest.
  package static let formIDProperty = "shenbao-form"
  package static let formDigestProperty = "shenbao-form-sha256"

  /// The custom properties: the form the document is, and its definition's digest.
  package static func customPropertiesPart(_ properties: DocumentProperties) throws(XMLError) -> Data {
    let xml = try XMLWriter()
    try xml.element("Properties", ["xmlns": OOXMLNamespace.customProperties,
      "xmlns:vt": OOXMLNamespace.docPropsVTypes]) { () throws(XMLError) in
      let values = [(formIDProperty, properties.formID), (formDigestProperty, properties.formDigest)]
      for (index, (name, value)) in values.enumerated() {
        guard let value else { continue }
        try xml.element("property", ["fmtid": customPropertyFormat, "pid": String(index + 2), "name": name]) {
          () throws(XMLError) in
          try textElement(xml, "vt:lpwstr", value)
        }
      }
    }
    return try xml.finish()
  }

  private static func textElement(_ xml: XMLWriter, _ name: String, _ text: String) throws(XMLError) {
    try xml.element(name) { () throws(XMLError) in try xml.text(text) }
  }
}

/// Counts of a document's body, as Word's statistics report them.
public struct DocumentStatistics: Sendable, Hashable {
  public var words: Int
  public var characters: Int
  public var charactersWithSpaces: Int
  public var paragraphs: Int

  public init(_ blocks: [WordBlock]) {
    let texts = Self.paragraphTexts(blocks).filter { !$0.trimmedForForm.isEmpty }
    let count = CharacterCount(texts.joined(separator: "\n"))
    words = count.words
    characters = count.strict
    charactersWithSpaces = texts.reduce(0) { $0 + $1.filter { $0 != "\n" }.count }
    paragraphs = texts.count
  }

  /// The text of every paragraph, in tables too, in document order.
  package static func paragraphTexts(_ blocks: [WordBlock]) -> [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .paragraph(let paragraph): [paragraph.plainText]
      case .table(let table):
        table.rows.flatMap { $0.cells.flatMap { paragraphTexts($0.blocks) } }
      }
    }
  }
}

/// Dates as the core properties write them: `2021-05-19T16:00:00Z`.
package enum W3CDateTime {
  package static func string(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let day = [parts.year ?? 1980, parts.month ?? 1, parts.day ?? 1]
    let time = [parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0]
    return day.enumerated().map { $1.zeroPadded($0 == 0 ? 4 : 2) }.joined(separator: "-") + "T"
      + time.map { $0.zeroPadded(2) }.joined(separator: ":") + "Z"
  }
}
