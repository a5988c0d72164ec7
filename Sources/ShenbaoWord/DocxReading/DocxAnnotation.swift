import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport

/// A copy of an applicant's own Word document with a Word comment on the cell of each finding:
/// opened in Word, WPS or LibreOffice, every problem shows where it is, with what is wrong and
/// how to fix it.
///
/// Only comments are added: the comment ranges and references around each cell's anchor, the
/// comments part (or the document's own, extended), its relationship and its content type. Every
/// other part is copied as it is, byte for byte.
public enum DocxAnnotation {
  package static let commentsPart = "word/comments.xml"
  package static let documentPart = "word/document.xml"
  package static let relationshipsPart = "word/_rels/document.xml.rels"
  package static let contentTypesPart = "[Content_Types].xml"
  package static let commentsType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
  package static let commentsRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"

  /// The annotated copy of the document at `url`, its comments signed as the catalogue's author
  /// in `language`: what `validate --annotate` writes and the Word page offers. Throws
  /// `POSIXError` when the file cannot be read, `DocxReadError` when it is no document.
  public static func annotated(fileAt url: URL, findings: [Finding], language: Language) throws -> Data {
    let document = try FileDescriptor(reading: url).read(upTo: DocxReadLimits().fileBytes)
    return try annotated(document, findings: findings,
      author: MessageCatalogue.shared.text("annotate.author", language), date: Date(), language: language)
  }

  /// The annotated copy of the document `docx` (its bytes): one comment per finding, on the cell
  /// its field's anchor marks (the nearest enclosing field's, for a row added in Word), those of
  /// the document as a whole at its start. `author` signs the comments.
  public static func annotated(
    _ docx: Data, findings: [Finding], author: String, date: Date, language: Language = .zh,
    limits: DocxReadLimits = .init()
  ) throws(DocxReadError) -> Data {
    let archive: ZipArchive
    var parts: [(name: String, data: Data)] = []
    do {
      archive = try ZipArchive(readingFrom: docx)
      let entries = try archive.entries()
      guard entries.count <= limits.entries else { throw DocxReadError.tooComplex("zip", .entries, limit: limits.entries) }
      for entry in entries where !entry.name.hasSuffix("/") {
        parts.append((entry.name, try archive.read(entry.name, limit: limits.partBytes)))
      }
    } catch let error as DocxReadError {
      throw error
    } catch {
      throw .unreadableArchive(error)
    }
    guard let documentIndex = parts.firstIndex(where: { $0.name == documentPart }),
      var document = String(validating: parts[documentIndex].data, as: UTF8.self)
    else { throw .missingPart(documentPart) }

    let existing = parts.firstIndex { $0.name == commentsPart }
    var nextID = existing.map { maxCommentID(in: parts[$0].data) + 1 } ?? 0
    var comments: [(id: Int, finding: Finding)] = []
    // What goes where, by byte offset into the original text; joined in one pass at the end.
    var insertions: [(offset: Int, text: String)] = []
    let anchors = AnchorIndex(document)
    // A finding that stands for the same problem in many rows is commented on each of the first.
    let placed = findings.flatMap { finding in
      (finding.paths ?? [finding.path]).map { path in
        var one = finding
        one.path = path
        return one
      }
    }
    for finding in placed {
      let id = nextID
      nextID += 1
      comments.append((id, finding))
      if let anchor = anchors.anchor(for: finding.path) {
        insertions.append((anchor.startEnd, "<w:commentRangeStart w:id=\"\(id)\"/>"))
        let reference = "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
        insertions.append((anchor.endEnd, anchor.endInParagraph ? reference : "<w:commentRangeEnd w:id=\"\(id)\"/>"))
        if !anchor.endInParagraph, let paragraphEnd = anchor.startParagraphEnd {
          insertions.append((paragraphEnd, "<w:r><w:commentReference w:id=\"\(id)\"/></w:r>"))
        }
      } else if let start = anchors.firstParagraphContent {
        insertions.append((start, "<w:commentRangeStart w:id=\"\(id)\"/><w:commentRangeEnd w:id=\"\(id)\"/>"
          + "<w:r><w:commentReference w:id=\"\(id)\"/></w:r>"))
      }
    }
    let original = Array(document.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(original.count + insertions.reduce(0) { $0 + $1.text.utf8.count })
    var copied = 0
    for insertion in insertions.enumerated().sorted(by: { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }) {
      bytes += original[copied..<insertion.element.offset]
      bytes += insertion.element.text.utf8
      copied = insertion.element.offset
    }
    bytes += original[copied...]
    document = String(decoding: bytes, as: UTF8.self)
    parts[documentIndex].data = Data(document.utf8)

    let entries = commentElements(comments, author: author, date: date, language: language)
    if existing != nil {
      try insert(entries, before: "</w:comments>", inPart: commentsPart, of: &parts)
    } else {
      parts.append((commentsPart, newComments(entries)))
      try insert("<Relationship Id=\"rIdShenbaoComments\" Type=\"\(commentsRelationship)\" Target=\"comments.xml\"/>",
        before: "</Relationships>", inPart: relationshipsPart, of: &parts)
      try insert("<Override PartName=\"/\(commentsPart)\" ContentType=\"\(commentsType)\"/>",
        before: "</Types>", inPart: contentTypesPart, of: &parts)
    }
    do {
      return try ZipWriter.archive(parts.map { ZipEntry(name: $0.name, data: $0.data) }, modified: DOSTimestamp(date))
    } catch {
      throw .unreadableArchive(error)
    }
  }

  /// Where the anchors of a document's text are.
  package struct AnchorIndex {
    package struct Anchor {
      /// Just after the bookmark's start tag, and just after its end tag.
      package var startEnd: Int
      package var endEnd: Int
      /// Whether the bookmark ends inside a paragraph, where a run may stand.
      package var endInParagraph: Bool
      /// Where the paragraph the bookmark starts in ends (before `</w:p>`), when it starts in one.
      package var startParagraphEnd: Int?
    }

    private var byName: [String: Anchor] = [:]
    /// Just after the first body paragraph's properties: where comments on the whole document go.
    private(set) var firstParagraphContent: Int?

    package init(_ text: String) {
      let bytes = Array(text.utf8)
      var starts: [String: (name: String, end: Int, inParagraph: Bool)] = [:]
      // The bookmarks started in each open paragraph, innermost last, and where each started
      // paragraph ends: found in the one pass, however long the paragraphs.
      var open: [[String]] = []
      var paragraphEnds: [String: Int] = [:]
      var ended: [(name: String, anchor: Anchor)] = []
      var depth = 0
      var index = 0
      while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
          index += 1
          continue
        }
        let tag = String(decoding: bytes[index...close], as: UTF8.self)
        if tag.hasPrefix("<w:p>") || tag.hasPrefix("<w:p ") {
          if !tag.hasSuffix("/>") {
            depth += 1
            open.append([])
          }
          if firstParagraphContent == nil {
            // After the paragraph's properties, if it has them.
            let rest = bytes[(close + 1)...]
            let properties = Array("<w:pPr".utf8), propertiesEnd = Array("</w:pPr>".utf8)
            if rest.starts(with: properties), let end = Self.find(propertiesEnd, in: bytes, from: close + 1) {
              firstParagraphContent = end + propertiesEnd.count
            } else {
              firstParagraphContent = close + 1
            }
          }
        } else if tag.hasPrefix("</w:p>") {
          depth = max(0, depth - 1)
          for name in open.popLast() ?? [] { paragraphEnds[name] = index }
        } else if tag.hasPrefix("<w:bookmarkStart"), let id = Self.attribute("w:id", in: tag),
          let name = Self.attribute("w:name", in: tag)
        {
          starts[id] = (name, close + 1, depth > 0)
          if depth > 0, !open.isEmpty { open[open.count - 1].append(name) }
        } else if tag.hasPrefix("<w:bookmarkEnd"), let id = Self.attribute("w:id", in: tag),
          let start = starts.removeValue(forKey: id)
        {
          ended.append((start.name, Anchor(startEnd: start.end, endEnd: close + 1, endInParagraph: depth > 0,
            startParagraphEnd: nil)))
        }
        index = close + 1
      }
      // The first of each name marks its field, as when the document is read.
      for (name, anchor) in ended where byName[name] == nil {
        var anchor = anchor
        anchor.startParagraphEnd = paragraphEnds[name]
        byName[name] = anchor
      }
    }

    /// The anchor of the field at `path`, else of the nearest field that holds it.
    package func anchor(for path: String) -> Anchor? {
      guard var current = FieldPath(parsing: path), !path.isEmpty else { return nil }
      while true {
        if let anchor = byName[FieldAnchor.name(for: current)] { return anchor }
        guard let parent = current.parent, !parent.components.isEmpty else { return nil }
        current = parent
      }
    }

    package static func attribute(_ name: String, in tag: String) -> String? {
      for quote in ["\"", "'"] {
        guard let (_, rest) = tag.splitOnce(at: " \(name)=\(quote)"), let value = rest.splitOnce(at: quote)?.before
        else { continue }
        return value
      }
      return nil
    }

    package static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
      guard !needle.isEmpty, start < bytes.count else { return nil }
      var index = start
      while index + needle.count <= bytes.count {
        if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index += 1
      }
      return nil
    }
  }

  /// The `w:comment` elements, one per finding: its severity in words, then its message — what
  /// an applicant reads, so no finding code.
  package static func commentElements(
    _ comments: [(id: Int, finding: Finding)], author: String, date: Date, language: Language
  ) -> String {
    var text = ""
    let stamp = W3CDateTime.string(date)
    let catalogue = MessageCatalogue.shared
    for (id, finding) in comments {
      let body = catalogue.text("report.\(finding.severity.rawValue)", language) + catalogue.text("report.separator", language)
        + finding.message
      text += "<w:comment w:id=\"\(id)\" w:author=\"\(XMLText.escaped(author))\" w:date=\"\(stamp)\" w:initials=\"SB\">"
        + "<w:p><w:r><w:t xml:space=\"preserve\">\(XMLText.escaped(body))</w:t></w:r></w:p></w:comment>"
    }
    return text
  }

  package static func newComments(_ elements: String) -> Data {
    Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<w:comments xmlns:w=\"\(OOXMLNamespace.wordprocessing)\">\(elements)</w:comments>").utf8)
  }

  /// Puts `markup` into the part `name` just before its closing `close` tag.
  package static func insert(_ markup: String, before close: String, inPart name: String,
    of parts: inout [(name: String, data: Data)]) throws(DocxReadError)
  {
    guard let index = parts.firstIndex(where: { $0.name == name }),
      let extended = String(decoding: parts[index].data, as: UTF8.self).inserting(markup, beforeLast: close)
    else { throw .missingPart(name) }
    parts[index].data = Data(extended.utf8)
  }

  /// The highest `w:id` of the comments a comments part already holds; -1 when none.
  package static func maxCommentID(in data: Data) -> Int {
    let text = String(decoding: data, as: UTF8.self)
    var highest = -1
    for piece in text.pieces(separatedBy: "<w:comment ").dropFirst() {
      if let id = AnchorIndex.attribute("w:id", in: " " + piece.prefix { $0 != ">" }), let number = Int(id) {
        highest = max(highest, number)
      }
    }
    return highest
  }
}
