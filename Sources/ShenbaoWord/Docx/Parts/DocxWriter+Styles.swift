import FoundationEssentials
import ShenbaoNative

/// The styles shenbao's documents use, by id.
public enum WordStyle {
  /// Body text: 宋体 小四.
  public static let normal = "Normal"
  /// The cover's title: 黑体 二号.
  public static let title = "Title"
  /// Part headings (一、申报单位基本信息): 黑体 三号.
  public static let heading = "Heading1"
  /// Text in tables: 宋体 五号, single spacing.
  public static let tableText = "TableText"
  /// Labels in tables: as table text, centred.
  public static let tableLabel = "TableLabel"
  /// Text in the roster's narrow columns: 宋体 小五.
  public static let compactText = "CompactText"
  /// Headings of the roster's columns: compact text, centred.
  public static let compactLabel = "CompactLabel"
  /// The form's hints inside boxes: table text in grey.
  public static let hint = "Hint"
  /// The cover's label and value lines: 宋体 小三.
  public static let coverLine = "CoverLine"
  /// The footer's page number.
  public static let footer = "Footer"
  /// A placeholder's grey text, Word's own character style for it.
  public static let placeholderText = "PlaceholderText"

  /// The size of table text (五号) and of compact text (小五), in half-points.
  public static let tableTextSize = 21
  public static let compactTextSize = 18
}

/// The fonts the styles name. 宋体 and 黑体 go by the names every system knows them by: Word
/// and WPS match SimSun and SimHei to 宋体 and 黑体, and where they are missing fontconfig (so
/// LibreOffice) takes SimSun for a Chinese serif face and SimHei for a sans one, where the Chinese
/// names would both fall to a sans face. The font table gives the Chinese names as alternatives.
package enum WordFont {
  package static let latin = "Times New Roman"
  package static let song = "SimSun"
  package static let hei = "SimHei"
}

extension DocxWriter {
  package static func stylesPart() throws(XMLError) -> Data {
    let xml = try XMLWriter()
    try xml.element("w:styles", ["xmlns:w": OOXMLNamespace.wordprocessing]) { () throws(XMLError) in
      try xml.element("w:docDefaults") { () throws(XMLError) in
        try xml.element("w:rPrDefault") { () throws(XMLError) in
          try xml.element("w:rPr") { () throws(XMLError) in
            // Naming the CJK font in eastAsia and the language as zh-CN makes Word, WPS and
            // LibreOffice pick a Simplified Chinese font, and Simplified Chinese glyph forms,
            // where 宋体 itself is missing.
            try xml.element("w:rFonts", ["w:ascii": WordFont.latin, "w:eastAsia": WordFont.song,
              "w:hAnsi": WordFont.latin, "w:cs": WordFont.latin])
            try xml.element("w:kern", ["w:val": "2"])
            try xml.element("w:sz", ["w:val": "24"])
            try xml.element("w:szCs", ["w:val": "24"])
            try xml.element("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
          }
        }
        try xml.element("w:pPrDefault") { () throws(XMLError) in
          try xml.element("w:pPr") { () throws(XMLError) in
            try xml.element("w:spacing", ["w:line": "360", "w:lineRule": "auto"])
            try xml.element("w:jc", ["w:val": "both"])
          }
        }
      }
      try style(xml, id: WordStyle.normal, name: "Normal", isDefault: true)
      try style(xml, id: WordStyle.title, name: "Title", font: WordFont.hei, size: 44,
        alignment: "center", spacing: (before: 480, after: 480, line: nil))
      try style(xml, id: WordStyle.heading, name: "heading 1", font: WordFont.hei, size: 32,
        alignment: "left", spacing: (before: 240, after: 240, line: nil), keepNext: true,
        outline: 0)
      try style(xml, id: WordStyle.tableText, name: "Table Text", size: WordStyle.tableTextSize, alignment: "left",
        spacing: (before: 0, after: 0, line: 300))
      try style(xml, id: WordStyle.tableLabel, name: "Table Label", basedOn: WordStyle.tableText,
        alignment: "center")
      try style(xml, id: WordStyle.compactText, name: "Compact Text", basedOn: WordStyle.tableText,
        size: WordStyle.compactTextSize)
      try style(xml, id: WordStyle.compactLabel, name: "Compact Label", basedOn: WordStyle.compactText,
        alignment: "center")
      try style(xml, id: WordStyle.hint, name: "Form Hint", basedOn: WordStyle.tableText,
        color: "7F7F7F")
      try style(xml, id: WordStyle.coverLine, name: "Cover Line", size: 30, alignment: "left",
        spacing: (before: 120, after: 120, line: nil))
      try style(xml, id: WordStyle.footer, name: "footer", size: 18, alignment: "center",
        spacing: (before: 0, after: 0, line: 240))
      // Word's own character style for a placeholder; typing replaces the placeholder and its
      // style, so the value takes the cell's.
      try xml.element("w:style", ["w:type": "character", "w:styleId": WordStyle.placeholderText]) { () throws(XMLError) in
        try xml.element("w:name", ["w:val": "Placeholder Text"])
        try xml.element("w:uiPriority", ["w:val": "99"])
        try xml.element("w:semiHidden")
        try xml.element("w:rPr") { () throws(XMLError) in
          try xml.element("w:color", ["w:val": "808080"])
        }
      }
    }
    return try xml.finish()
  }

  private static func style(
    _ xml: XMLWriter, id: String, name: String, isDefault: Bool = false, basedOn: String? = nil,
    font: String? = nil, size: Int? = nil, color: String? = nil, alignment: String? = nil,
    spacing: (before: Int, after: Int, line: Int?)? = nil, keepNext: Bool = false,
    outline: Int? = nil
  ) throws(XMLError) {
    try xml.start("w:style")
    try xml.attribute("w:type", "paragraph")
    if isDefault { try xml.attribute("w:default", "1") }
    try xml.attribute("w:styleId", id)
    try xml.element("w:name", ["w:val": name])
    if let basedOn = basedOn ?? (isDefault ? nil : WordStyle.normal) {
      try xml.element("w:basedOn", ["w:val": basedOn])
    }
    try xml.element("w:qFormat")
    try xml.element("w:pPr") { () throws(XMLError) in
      if keepNext { try xml.element("w:keepNext") }
      try xml.element("w:widowControl", ["w:val": "0"])
      if let spacing {
        try xml.start("w:spacing")
        try xml.attribute("w:before", String(spacing.before))
        try xml.attribute("w:after", String(spacing.after))
        if let line = spacing.line {
          try xml.attribute("w:line", String(line))
          try xml.attribute("w:lineRule", "auto")
        }
        try xml.end()
      }
      if let alignment { try xml.element("w:jc", ["w:val": alignment]) }
      if let outline { try xml.element("w:outlineLvl", ["w:val": String(outline)]) }
    }
    if font != nil || size != nil || color != nil {
      try xml.element("w:rPr") { () throws(XMLError) in
        if let font { try xml.element("w:rFonts", ["w:eastAsia": font, "w:hint": "eastAsia"]) }
        if let color { try xml.element("w:color", ["w:val": color]) }
        if let size {
          try xml.element("w:sz", ["w:val": String(size)])
          try xml.element("w:szCs", ["w:val": String(size)])
        }
      }
    }
    try xml.end()
  }

  package static func settingsPart() throws(XMLError) -> Data {
    let xml = try XMLWriter()
    try xml.element("w:settings", ["xmlns:w": OOXMLNamespace.wordprocessing]) { () throws(XMLError) in
      try xml.element("w:zoom", ["w:percent": "100"])
      try xml.element("w:defaultTabStop", ["w:val": "420"])
      try xml.element("w:characterSpacingControl", ["w:val": "compressPunctuation"])
      try xml.element("w:compat") { () throws(XMLError) in
        try xml.element("w:compatSetting", ["w:name": "compatibilityMode",
          "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
      }
      try xml.element("w:themeFontLang", ["w:val": "en-US", "w:eastAsia": "zh-CN"])
    }
    return try xml.finish()
  }

  package static func fontTablePart() throws(XMLError) -> Data {
    let xml = try XMLWriter()
    let fonts: [(name: String, alternative: String?, panose: String, charset: String, family: String, pitch: String)] = [
      (WordFont.latin, nil, "02020603050405020304", "00", "roman", "variable"),
      (WordFont.song, "宋体", "02010600030101010101", "86", "roman", "variable"),
      (WordFont.hei, "黑体", "02010609060101010101", "86", "swiss", "variable"),
    ]
    try xml.element("w:fonts", ["xmlns:w": OOXMLNamespace.wordprocessing]) { () throws(XMLError) in
      for font in fonts {
        try xml.element("w:font", ["w:name": font.name]) { () throws(XMLError) in
          if let alternative = font.alternative { try xml.element("w:altName", ["w:val": alternative]) }
          try xml.element("w:panose1", ["w:val": font.panose])
          try xml.element("w:charset", ["w:val": font.charset])
          try xml.element("w:family", ["w:val": font.family])
          try xml.element("w:pitch", ["w:val": font.pitch])
        }
      }
    }
    return try xml.finish()
  }
}
