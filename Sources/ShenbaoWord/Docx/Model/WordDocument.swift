import FoundationEssentials

/// A WordprocessingML document as shenbao writes it: a body of paragraphs and tables in one
/// A4 section, a footer, and the package's properties; optionally a leading sheet before it.
public struct WordDocument: Sendable, Hashable {
  public var body: [WordBlock]
  public var footer: [WordParagraph]
  public var page: PageLayout
  public var properties: DocumentProperties
  /// Pages before the body in a section of their own, without a page number: the body's pages
  /// are numbered from its first page as if they came first (notes on filling a template).
  public var leadingSheet: [WordBlock]

  public init(
    body: [WordBlock], footer: [WordParagraph] = [], page: PageLayout = .a4Official,
    properties: DocumentProperties, leadingSheet: [WordBlock] = []
  ) {
    self.body = body
    self.footer = footer
    self.page = page
    self.properties = properties
    self.leadingSheet = leadingSheet
  }
}

/// A block of the body or of a table cell.
public enum WordBlock: Sendable, Hashable {
  case paragraph(WordParagraph)
  case table(WordTable)

  /// Whether the block is a paragraph ending a section of the body.
  public var endsSection: Bool {
    if case .paragraph(let paragraph) = self { paragraph.endsSection != nil } else { false }
  }
}

/// Page size and margins, in twentieths of a point (twips).
public struct PageLayout: Sendable, Hashable {
  public var width: Int
  public var height: Int
  public var top: Int
  public var bottom: Int
  public var left: Int
  public var right: Int
  public var footerDistance: Int

  /// A4 portrait with the margins of Chinese official documents: 2.54 cm top and bottom,
  /// 3.17 cm left and right.
  public static let a4Official = PageLayout(
    width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1800, right: 1800,
    footerDistance: 851)

  /// The width between the margins: no table may be wider.
  public var textWidth: Int { width - left - right }

  /// The same page turned on its side, the margins turning with it: the footer stays at the
  /// bottom of the turned page, and the binding edge (the top now) keeps its margin.
  public var landscape: PageLayout {
    PageLayout(width: height, height: width, top: left, bottom: right, left: top, right: bottom,
      footerDistance: footerDistance)
  }

  /// Whether the page is wider than it is high.
  public var isLandscape: Bool { width > height }
}

/// What the package's property parts say about the document.
public struct DocumentProperties: Sendable, Hashable {
  public var title: String
  public var subject: String?
  public var creator: String
  public var keywords: String?
  /// The form the document is, and the SHA-256 of its definition: custom properties, kept by
  /// Word, WPS and LibreOffice, that tell a reader which form to read it by.
  public var formID: String?
  public var formDigest: String?
  /// The one time every part and ZIP entry is stamped with.
  public var timestamp: Date
  public var language: String

  public init(
    title: String, subject: String? = nil, creator: String, keywords: String? = nil,
    formID: String? = nil, formDigest: String? = nil, timestamp: Date, language: String = "zh-CN"
  ) {
    self.formID = formID
    self.formDigest = formDigest
    self.title = title
    self.subject = subject
    self.creator = creator
    self.keywords = keywords
    self.timestamp = timestamp
    self.language = language
  }
}
