import FoundationEssentials

/// Every sentence shenbao says, in Chinese and English, kept in `Catalogue/messages.yaml` and
/// embedded in the binary as a dictionary.
///
/// Keys are dotted (`rules.id-number.checkCharacter`); texts hold `{name}` placeholders that
/// callers fill.
public struct MessageCatalogue: Sendable {
  /// The texts by language, then by key.
  private let texts: [Language: [String: String]]

  /// The catalogue built into the binary.
  public static let shared = MessageCatalogue(texts: [.zh: EmbeddedFiles.messages_zh, .en: EmbeddedFiles.messages_en])

  /// A catalogue from language → key → text.
  package init(texts: [Language: [String: String]]) {
    self.texts = texts
  }

  /// The texts by key, then by language.
  public var entries: [String: [Language: String]] {
    var entries: [String: [Language: String]] = [:]
    for (language, byKey) in texts {
      for (key, text) in byKey { entries[key, default: [:]][language] = text }
    }
    return entries
  }

  /// The text for `key` in `language` with its placeholders left in: Chinese where there is no
  /// text in `language`, the key itself where there is none at all.
  public func template(_ key: String, _ language: Language) -> String {
    texts[language]?[key] ?? texts[.zh]?[key] ?? key
  }

  /// The text for `key` in `language` with its placeholders filled. A missing text falls back
  /// to Chinese, then to the key itself, so a gap shows rather than crashes.
  public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    Self.fill(template(key, language), arguments)
  }

  /// Every text whose key starts with `prefix`, under the rest of its key, placeholders left
  /// in: what a page hands its script.
  public func templates(under prefix: String, _ language: Language) -> [String: String] {
    var found: [String: String] = [:]
    for key in (texts[.zh] ?? [:]).keys where key.hasPrefix(prefix) {
      found[String(key.dropFirst(prefix.count))] = template(key, language)
    }
    return found
  }

  /// The placeholder names a template uses.
  public static func placeholders(in template: String) -> Set<String> {
    var names = Set<String>()
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      names.insert(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  /// The template with each `{name}` replaced by its argument (left as it is when there is
  /// none). Scanned as UTF-8: braces are ASCII, and every finding's message passes through here.
  package static func fill(_ template: String, _ arguments: [String: String]) -> String {
    let bytes = template.utf8
    guard bytes.contains(UInt8(ascii: "{")) else { return template }
    var result = ""
    result.reserveCapacity(bytes.count + 64)
    var rest = bytes[...]
    while let open = rest.firstIndex(of: UInt8(ascii: "{")),
      let close = rest[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      result += Substring(rest[..<open])
      let name = String(Substring(rest[bytes.index(after: open)..<close]))
      result += arguments[name] ?? "{\(name)}"
      rest = rest[bytes.index(after: close)...]
    }
    return result + Substring(rest)
  }
}
