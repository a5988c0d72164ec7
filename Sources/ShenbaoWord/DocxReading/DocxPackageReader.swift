import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport

/// Opens a DOCX package as untrusted input and reads its main document part, streaming, into a
/// ``ReadDocument``. Nothing is extracted to disk; every part's size and compression ratio is
/// bounded before it is read.
public struct DocxPackageReader: Sendable {
  package static let mainContentTypes: Set<String> = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  ]
  package static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
  package static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  public var limits: DocxReadLimits

  public init(limits: DocxReadLimits = DocxReadLimits()) {
    self.limits = limits
  }

  /// What a package holds for the reader.
  public struct Contents: Sendable {
    public var document: ReadDocument
    /// Whether the package has a comments part.
    public var hasCommentsPart: Bool
    /// The form the document records (its custom property, else the keywords of the core
    /// properties, where earlier versions wrote it), and the digest of its definition.
    public var formID: String?
    public var formDigest: String?
  }

  /// The document, whether the package carries comments, and its keywords.
  public func read(_ url: URL) throws(DocxReadError) -> Contents {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .file(.notFound)
    }
    guard !isDirectory else { throw .file(.isDirectory) }
    let size = (try? FileManager.default.sizeOfItem(atPath: url.path)) ?? 0
    guard size <= limits.fileBytes else { throw .file(.tooLarge(size: size, limit: limits.fileBytes)) }
    let archive: ZipArchive
    do {
      archive = try ZipArchive(readingFrom: url)
    } catch {
      throw .unreadableArchive(error)
    }
    return try read(archive)
  }

  /// The document in `data`, the bytes of a DOCX held in memory.
  public func read(data: Data) throws(DocxReadError) -> Contents {
    guard data.count <= limits.fileBytes else { throw .file(.tooLarge(size: data.count, limit: limits.fileBytes)) }
    let archive: ZipArchive
    do {
      archive = try ZipArchive(readingFrom: data)
    } catch {
      throw .unreadableArchive(error)
    }
    return try read(archive)
  }

  private func read(_ archive: ZipArchive) throws(DocxReadError) -> Contents {
    let entries: [ZipEntryInfo]
    do {
      guard archive.entryCount <= limits.entries else {
        throw DocxReadError.tooComplex("", .entries, limit: limits.entries)
      }
      entries = try archive.entries()
    } catch let error as DocxReadError {
      throw error
    } catch {
      throw .unreadableArchive(error)
    }
    try checkSizes(entries)
    let mainPart = try mainPartName(archive, entries: entries)
    guard let info = entries.first(where: { $0.name == mainPart }) else { throw .missingPart(mainPart) }
    guard info.size <= UInt64(limits.partBytes) else {
      throw .partTooLarge(mainPart, size: info.size, limit: limits.partBytes)
    }
    let stream: ZipEntryStream
    let reader: XMLStreamReader
    do {
      stream = try archive.openEntry(mainPart, limit: limits.partBytes)
      reader = try XMLStreamReader(entry: stream)
    } catch let error as XMLError {
      throw DocxReadError(part: mainPart, error)
    } catch {
      throw .unreadableArchive(error)
    }
    var parser = DocumentPartParser(reader: reader, part: mainPart, limits: limits)
    let document: ReadDocument
    do {
      document = try parser.parse()
    } catch .partTooLarge {
      throw .partTooLarge(mainPart, size: info.size, limit: limits.partBytes)
    }
    let comments = entries.contains { $0.name.hasSuffix("/comments.xml") }
    let custom = entries.contains { $0.name == "docProps/custom.xml" } ? try customProperties(archive) : [:]
    let keywords = entries.contains { $0.name == "docProps/core.xml" } ? try self.keywords(archive) : nil
    return Contents(document: document, hasCommentsPart: comments,
      formID: custom[DocxWriter.formIDProperty] ?? keywords, formDigest: custom[DocxWriter.formDigestProperty])
  }

  /// The `cp:keywords` of the core properties.
  private func keywords(_ archive: ZipArchive) throws(DocxReadError) -> String? {
    var inKeywords = false
    var text = ""
    do {
      let reader = try XMLStreamReader(entry: try archive.openEntry("docProps/core.xml", limit: 1 << 20))
      while let node = try reader.next() {
        switch node {
        case .start(let name, _): inKeywords = name.local == "keywords"
        case .end: inKeywords = false
        case .text(let value) where inKeywords: text += value
        case .text: break
        }
      }
    } catch let error as XMLError {
      throw DocxReadError(part: "docProps/core.xml", error)
    } catch {
      throw .unreadableArchive(error)
    }
    return text.trimmedForForm.isEmpty ? nil : text.trimmedForForm
  }

  /// The custom properties by name: shenbao records the form and its digest there.
  private func customProperties(_ archive: ZipArchive) throws(DocxReadError) -> [String: String] {
    var properties: [String: String] = [:]
    var current: String?
    var text = ""
    do {
      let reader = try XMLStreamReader(entry: try archive.openEntry("docProps/custom.xml", limit: 1 << 20))
      while let node = try reader.next() {
        switch node {
        case .start(let name, _) where name.local == "property":
          current = reader.attribute("name", namespace: nil)
          text = ""
        case .end(let name) where name.local == "property":
          if let current, properties.count < 100 { properties[current] = text.trimmedForForm }
          current = nil
        case .text(let value) where current != nil && text.utf8.count < 4096:
          text += value
        default:
          break
        }
      }
    } catch let error as XMLError {
      throw DocxReadError(part: "docProps/custom.xml", error)
    } catch {
      throw .unreadableArchive(error)
    }
    return properties
  }

  /// Refuses zip bombs: too much in all, or an entry compressed past the ratio.
  private func checkSizes(_ entries: [ZipEntryInfo]) throws(DocxReadError) {
    let total = entries.reduce(UInt64(0)) { $0 &+ $1.size }
    guard total <= limits.totalBytes else { throw .bomb("", size: total) }
    for entry in entries where entry.size > limits.ratioFloor {
      if entry.compressedSize == 0 || entry.size / entry.compressedSize > limits.maxRatio {
        throw .bomb(entry.name, size: entry.size)
      }
    }
  }

  /// The main document part, from the package relationships, checked against the content types.
  private func mainPartName(_ archive: ZipArchive, entries: [ZipEntryInfo]) throws(DocxReadError) -> String {
    let typesName = "[Content_Types].xml"
    guard entries.contains(where: { $0.name == typesName }) else { throw .missingPart(typesName) }
    var overrides: [String: String] = [:]
    var defaults: [String: String] = [:]
    try scan(archive, typesName) { reader, name in
      guard name.namespace == Self.contentTypesNamespace else { return }
      if name.local == "Override", let part = reader.attribute("PartName", namespace: nil),
        let type = reader.attribute("ContentType", namespace: nil)
      {
        overrides[String(part.drop { $0 == "/" })] = type
      } else if name.local == "Default", let ext = reader.attribute("Extension", namespace: nil),
        let type = reader.attribute("ContentType", namespace: nil)
      {
        defaults[ext.lowercased()] = type
      }
    }
    var target = "word/document.xml"
    if entries.contains(where: { $0.name == "_rels/.rels" }) {
      try scan(archive, "_rels/.rels") { reader, name in
        guard name.namespace == Self.relationshipsNamespace, name.local == "Relationship",
          reader.attribute("Type", namespace: nil)?.hasSuffix("/officeDocument") == true,
          let found = reader.attribute("Target", namespace: nil)
        else { return }
        target = String(found.drop { $0 == "/" })
      }
    }
    let type = overrides[target] ?? defaults[target.pathExtension.lowercased()] ?? "—"
    guard Self.mainContentTypes.contains(type) else { throw .contentType(target, found: type) }
    return target
  }

  /// Calls `visit` with every element start of a small XML part.
  private func scan(
    _ archive: ZipArchive, _ part: String, _ visit: (XMLStreamReader, XMLName) -> Void
  ) throws(DocxReadError) {
    do {
      let reader = try XMLStreamReader(entry: try archive.openEntry(part, limit: 1 << 20))
      while let node = try reader.next() {
        if case .start(let name, _) = node { visit(reader, name) }
      }
    } catch let error as XMLError {
      throw DocxReadError(part: part, error)
    } catch {
      throw .unreadableArchive(error)
    }
  }
}

/// Thrown when a DOCX cannot be read as a filled form.
public enum DocxReadError: Error, Sendable, Equatable {
  /// Thrown when the file itself cannot be read.
  case file(TextFileError)
  /// Thrown when the file is not a readable ZIP archive (truncated, corrupt), or an entry of it
  /// cannot be read.
  case archive(ZipProblem)
  /// Thrown when an entry, or the whole, expands past the limits.
  case bomb(String, size: UInt64)
  /// Thrown when a part the package needs is missing.
  case missingPart(String)
  /// Thrown when the main part is not declared as a Word document.
  case contentType(String, found: String)
  /// Thrown when the main part is larger than the reader accepts.
  case partTooLarge(String, size: UInt64, limit: Int)
  /// Thrown when a part is not well-formed, or holds a DTD or entity reference.
  case xml(String, XMLError)
  /// Thrown when the document's structure passes a bound of ``DocxReadLimits``: more rows,
  /// cells, nesting, blocks, bookmarks or entries than any real form has.
  case tooComplex(String, DocxStructure, limit: Int)
  /// Thrown when the form the document records cannot be found or read.
  case form(FormError)
  /// Thrown when the document is a Word document but not this form: what it has instead.
  case notTheForm(expected: String, tables: Int, anchors: Int, firstLine: String)

  /// The error for `part` failing as XML: too large when the stream refused to go on, the
  /// archive's when its entry could not be read, else the XML's.
  package init(part: String, _ error: XMLError) {
    switch error {
    case .tooLarge(let limit): self = .partTooLarge(part, size: UInt64(limit) + 1, limit: limit)
    case .entryUnreadable(let problem): self = .archive(problem)
    default: self = .xml(part, error)
    }
  }

  /// The error for an archive that could not be read.
  package static func unreadableArchive(_ error: any Error) -> DocxReadError {
    .archive(ZipProblem.of(error))
  }
}
