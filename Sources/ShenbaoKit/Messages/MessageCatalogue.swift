import Yams

/// Every sentence shenbao says, in Chinese and English, kept in `Catalogue/messages.yaml`.
///
/// Keys are dotted (`rules.id-number.checkCharacter`); texts hold `{name}` placeholders that
/// callers fill.
public struct MessageCatalogue: Sendable {
  /// The texts by key, then by language.
  public let entries: [String: [Language: String]]

  /// The catalogue built into the binary.
  public static let shared: MessageCatalogue = {
    do {
      return try MessageCatalogue(yaml: EmbeddedResources.messageCatalogue)
    } catch {
      preconditionFailure("the embedded message catalogue does not parse: \(error)")
    }
  }()

  /// Parses a catalogue: nested mappings whose leaves are `{zh: …, en: …}`.
  public init(yaml: String) throws {
    var entries: [String: [Language: String]] = [:]
    func walk(_ node: Node, prefix: String) {
      guard case .mapping(let mapping) = node else { return }
      let keys = Set(mapping.keys.compactMap(\.string))
      if !keys.isEmpty, keys.isSubset(of: Set(Language.allCases.map(\.rawValue))) {
        var texts: [Language: String] = [:]
        for (key, value) in mapping {
          if let language = key.string.flatMap(Language.init(rawValue:)), let text = value.string {
            texts[language] = text
          }
        }
        entries[prefix] = texts
        return
      }
      for (key, value) in mapping {
        guard let name = key.string else { continue }
        walk(value, prefix: prefix.isEmpty ? name : "\(prefix).\(name)")
      }
    }
    if let root = try Yams.compose(yaml: yaml) { walk(root, prefix: "") }
    self.entries = entries
  }

  /// The text for `key` in `language` with its placeholders filled. A missing text falls back
  /// to Chinese, then to the key itself, so a gap shows rather than crashes.
  public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    let template = entries[key]?[language] ?? entries[key]?[.zh] ?? key
    return Self.fill(template, arguments)
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

  static func fill(_ template: String, _ arguments: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      result += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      result += arguments[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}
