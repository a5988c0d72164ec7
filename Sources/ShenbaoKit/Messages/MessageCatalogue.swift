import Foundation

/// Every sentence shenbao says, in Chinese and English, kept in `Catalogue/messages.yaml` and
/// embedded as JSON.
///
/// Keys are dotted (`rules.id-number.checkCharacter`); texts hold `{name}` placeholders that
/// callers fill.
public struct MessageCatalogue: Sendable {
  /// The texts by key, then by language.
  public let entries: [String: [Language: String]]

  /// The catalogue built into the binary.
  public static let shared: MessageCatalogue = {
    let data = Data(EmbeddedResources.messageCatalogue.utf8)
    guard let root = try? JSONSerialization.jsonObject(with: data) else {
      preconditionFailure("the embedded message catalogue does not parse")
    }
    return MessageCatalogue(tree: root)
  }()

  /// A catalogue from the nested dictionaries of its JSON form, whose leaves are
  /// `{zh: …, en: …}`.
  init(tree: Any) {
    var entries: [String: [Language: String]] = [:]
    func walk(_ node: Any, prefix: String) {
      guard let mapping = node as? [String: Any] else { return }
      let keys = Set(mapping.keys)
      if !keys.isEmpty, keys.isSubset(of: Set(Language.allCases.map(\.rawValue))) {
        var texts: [Language: String] = [:]
        for (key, value) in mapping {
          if let language = Language(rawValue: key), let text = value as? String { texts[language] = text }
        }
        entries[prefix] = texts
        return
      }
      for (key, value) in mapping { walk(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)") }
    }
    walk(tree, prefix: "")
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
