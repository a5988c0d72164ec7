/// A paragraph: a style, alignment, spacing and runs, optionally wrapped in bookmarks.
public struct WordParagraph: Sendable, Hashable {
  public enum Alignment: String, Sendable {
    case left, center, right, both, distribute
  }

  /// A style id of the styles part (`Heading1`, `TableText` …).
  public var style: String?
  public var alignment: Alignment?
  public var runs: [WordRun]
  /// Bookmarks around the whole content: the anchors that name field paths.
  public var bookmarks: [String]
  /// Bookmarks that start before the content and end in a later paragraph, the one that lists
  /// them in `bookmarkEnds`: an anchor over a box's hint and its text, which survives either
  /// paragraph being deleted.
  public var bookmarkStarts: [String] = []
  public var bookmarkEnds: [String] = []
  /// Space before and after, in twips.
  public var spaceBefore: Int?
  public var spaceAfter: Int?
  /// First-line indent in characters × 100 (200 = two characters, as Chinese prose indents).
  public var firstLineChars: Int?
  public var keepWithNext: Bool
  public var pageBreakBefore: Bool
  /// Text shown in grey until a person types, which replaces it: a content control showing its
  /// placeholder, as Word and WPS offer 单击此处输入文字 (the template's hints).
  public var placeholder: String?
  /// Ends a section of the body: the pages since the previous end (or the start) are laid out on
  /// `endsSection`, and the next section starts on a new page. The last section is the document's.
  public var endsSection: PageLayout?

  public init(
    style: String? = nil, alignment: Alignment? = nil, runs: [WordRun] = [],
    bookmarks: [String] = [], spaceBefore: Int? = nil, spaceAfter: Int? = nil,
    firstLineChars: Int? = nil, keepWithNext: Bool = false, pageBreakBefore: Bool = false,
    placeholder: String? = nil, endsSection: PageLayout? = nil
  ) {
    self.style = style
    self.alignment = alignment
    self.runs = runs
    self.bookmarks = bookmarks
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
    self.firstLineChars = firstLineChars
    self.keepWithNext = keepWithNext
    self.pageBreakBefore = pageBreakBefore
    self.placeholder = placeholder
    self.endsSection = endsSection
  }

  /// A paragraph of one plain run.
  public init(_ text: String, style: String? = nil, alignment: Alignment? = nil,
    bookmarks: [String] = [])
  {
    self.init(style: style, alignment: alignment, runs: text.isEmpty ? [] : [WordRun(text)],
      bookmarks: bookmarks)
  }

  /// The paragraph's text, tabs as tab characters and breaks as line feeds.
  public var plainText: String { runs.map(\.plainText).joined() }
}

/// A run of text with one formatting.
public struct WordRun: Sendable, Hashable {
  /// One piece of a run's content.
  public enum Content: Sendable, Hashable {
    case text(String)
    case tab
    case lineBreak
    /// A field such as `PAGE`, written as begin, instruction, separator, cached result, end.
    case field(instruction: String, result: String)
  }

  public var content: [Content]
  public var bold: Bool
  /// An East Asian font to use instead of the style's (`黑体`).
  public var eastAsiaFont: String?
  /// Size in half-points (24 = 小四, 21 = 五号).
  public var size: Int?
  /// A colour as six hex digits.
  public var color: String?
  public var underline: Bool
  /// A bookmark wrapped around this run alone: an anchor for part of a paragraph (the postcode
  /// after the address). An empty run with a bookmark leaves a collapsed anchor.
  public var bookmark: String?

  public init(
    content: [Content], bold: Bool = false, eastAsiaFont: String? = nil, size: Int? = nil,
    color: String? = nil, underline: Bool = false, bookmark: String? = nil
  ) {
    self.content = content
    self.bold = bold
    self.eastAsiaFont = eastAsiaFont
    self.size = size
    self.color = color
    self.underline = underline
    self.bookmark = bookmark
  }

  /// A run of `text`: tabs become tab elements and line feeds line breaks.
  public init(_ text: String, bold: Bool = false, eastAsiaFont: String? = nil, size: Int? = nil,
    color: String? = nil, underline: Bool = false, bookmark: String? = nil)
  {
    var content: [Content] = []
    var pending = ""
    for character in text {
      switch character {
      case "\t":
        if !pending.isEmpty { content.append(.text(pending)) }
        pending = ""
        content.append(.tab)
      case "\n", "\r\n", "\r":
        if !pending.isEmpty { content.append(.text(pending)) }
        pending = ""
        content.append(.lineBreak)
      default:
        pending.append(character)
      }
    }
    if !pending.isEmpty { content.append(.text(pending)) }
    self.init(content: content, bold: bold, eastAsiaFont: eastAsiaFont, size: size, color: color,
      underline: underline, bookmark: bookmark)
  }

  /// The run's text, tabs as tab characters and breaks as line feeds.
  public var plainText: String {
    content.map { piece in
      switch piece {
      case .text(let text): text
      case .tab: "\t"
      case .lineBreak: "\n"
      case .field(_, let result): result
      }
    }.joined()
  }
}
