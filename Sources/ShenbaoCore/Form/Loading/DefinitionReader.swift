import FoundationEssentials
import ShenbaoSupport

/// Reads one mapping of a form definition into typed values, refusing what the vocabulary does
/// not have: a missing required key, a value of the wrong type, and — when the mapping is
/// finished — any key nobody asked for.
package struct DefinitionReader {
  package let node: YAMLNode
  /// Where in the definition this mapping is (`sections[2]`, or a field's path once its id is
  /// known: `unit.bank`), for messages.
  package var context: String
  /// The mapping's entries in document order (the composer refuses a key twice); a mapping
  /// has a few dozen at most, so they are searched in order.
  private let entries: [YAMLNode.Entry]
  /// Which entries have been asked for.
  private var used: [Bool]
  #if DEBUG
  /// Every key asked for, present or not: the vocabulary must know each (checked in debug
  /// builds, which the tests run).
  private var asked: [String] = []
  #endif

  package init(_ node: YAMLNode, context: String) throws(FormProblem) {
    guard case .mapping(let list) = node.content else {
      throw FormProblem(.wrongType(context.isEmpty ? "(top)" : context, expected: .mapping, found: node.kindName),
        at: node.location)
    }
    self.node = node
    self.context = context
    self.entries = list
    self.used = Array(repeating: false, count: list.count)
  }

  private func index(_ key: String) -> Int? { entries.firstIndex { $0.key == key } }

  /// Whether the mapping has `key`.
  package func has(_ key: String) -> Bool { index(key) != nil }

  /// The node under `key`, if any; the key counts as known.
  package mutating func node(_ key: String) -> YAMLNode? {
    #if DEBUG
    asked.append(key)
    #endif
    guard let index = index(key) else { return nil }
    used[index] = true
    return entries[index].value
  }

  /// Where the value of `key` stands, or the mapping's own place.
  package func location(_ key: String) -> SourceLocation { index(key).map { entries[$0].value.location } ?? node.location }

  private func path(_ key: String) -> String { context.isEmpty ? key : "\(context).\(key)" }

  private mutating func required(_ key: String) throws(FormProblem) -> YAMLNode {
    guard let value = node(key) else {
      throw FormProblem(.missingKey(key, context: context.isEmpty ? "(top)" : context), at: node.location)
    }
    return value
  }

  // MARK: Scalars

  package mutating func string(_ key: String) throws(FormProblem) -> String {
    try Self.string(try required(key), path(key))
  }

  package mutating func optionalString(_ key: String) throws(FormProblem) -> String? {
    guard let value = node(key) else { return nil }
    if case .scalar(let text, true) = value.content, text.isEmpty || text == "~" || text == "null" { return nil }
    return try Self.string(value, path(key))
  }

  package static func string(_ node: YAMLNode, _ path: String) throws(FormProblem) -> String {
    guard case .scalar(let text, _) = node.content else {
      throw FormProblem(.wrongType(path, expected: .text, found: node.kindName), at: node.location)
    }
    return text
  }

  package mutating func int(_ key: String) throws(FormProblem) -> Int {
    let value = try required(key)
    return try Self.int(value, path(key))
  }

  package mutating func optionalInt(_ key: String) throws(FormProblem) -> Int? {
    guard let value = node(key) else { return nil }
    return try Self.int(value, path(key))
  }

  package static func int(_ node: YAMLNode, _ path: String) throws(FormProblem) -> Int {
    guard case .scalar(let text, true) = node.content, let number = Int(text) else {
      throw FormProblem(.wrongType(path, expected: .integer, found: node.kindName), at: node.location)
    }
    return number
  }

  package mutating func optionalDouble(_ key: String) throws(FormProblem) -> Double? {
    guard let value = node(key) else { return nil }
    guard case .scalar(let text, true) = value.content, let number = Double(text), number.isFinite else {
      throw FormProblem(.wrongType(path(key), expected: .number, found: value.kindName), at: value.location)
    }
    return number
  }

  package mutating func bool(_ key: String, default fallback: Bool) throws(FormProblem) -> Bool {
    guard let value = node(key) else { return fallback }
    switch value.content {
    case .scalar("true", true): return true
    case .scalar("false", true): return false
    default: throw FormProblem(.wrongType(path(key), expected: .boolean, found: value.kindName), at: value.location)
    }
  }

  /// A value that must be one of a closed set of words (`kind: idNumber`).
  package mutating func word<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(FormProblem) -> T?
  where T.RawValue == String {
    guard let value = node(key) else { return nil }
    let text = try Self.string(value, path(key))
    guard let word = T(rawValue: text) else {
      throw FormProblem(.unknownValue(path(key), value: text, allowed: T.allCases.map(\.rawValue)), at: value.location)
    }
    return word
  }

  /// A field path (`unit.name`), with where it was written.
  package mutating func reference(_ key: String) throws(FormProblem) -> FieldReference {
    try Self.reference(try required(key), path(key))
  }

  package mutating func optionalReference(_ key: String) throws(FormProblem) -> FieldReference? {
    guard let value = node(key) else { return nil }
    return try Self.reference(value, path(key))
  }

  package static func reference(_ node: YAMLNode, _ path: String) throws(FormProblem) -> FieldReference {
    let text = try string(node, path)
    guard let parsed = FieldPath(parsing: text), !parsed.components.contains(where: {
      if case .index = $0 { true } else { false }
    }) else {
      throw FormProblem(.wrongType(path, expected: .path, found: .text), at: node.location)
    }
    return FieldReference(path: parsed, location: node.location)
  }

  // MARK: Containers

  /// A list under `key`, each item read by `read` with its own context (`key[2]`).
  package mutating func list<T>(
    _ key: String, required isRequired: Bool = true,
    _ read: (YAMLNode, String) throws(FormProblem) -> T
  ) throws(FormProblem) -> [T] {
    guard let value = isRequired ? try required(key) : node(key) else { return [] }
    return try Self.list(value, path(key), read)
  }

  package static func list<T>(
    _ node: YAMLNode, _ path: String, _ read: (YAMLNode, String) throws(FormProblem) -> T
  ) throws(FormProblem) -> [T] {
    guard case .list(let items) = node.content else {
      throw FormProblem(.wrongType(path, expected: .list, found: node.kindName), at: node.location)
    }
    var values: [T] = []
    for (index, item) in items.enumerated() { values.append(try read(item, "\(path)[\(index)]")) }
    return values
  }

  /// A list of strings under `key`.
  package mutating func strings(_ key: String) throws(FormProblem) -> [String]? {
    guard has(key) else {
      _ = node(key)
      return nil
    }
    return try list(key) { node, path throws(FormProblem) in try Self.string(node, path) }
  }

  /// The mapping under `key`, to read on.
  package mutating func mapping(_ key: String) throws(FormProblem) -> DefinitionReader {
    let value = try required(key)
    return try DefinitionReader(value, context: path(key))
  }

  package mutating func optionalMapping(_ key: String) throws(FormProblem) -> DefinitionReader? {
    guard let value = node(key) else { return nil }
    return try DefinitionReader(value, context: path(key))
  }

  /// Texts in Chinese and English (`{zh: …, en: …}`); Chinese is required.
  package mutating func texts(_ key: String) throws(FormProblem) -> LocalizedText? {
    guard var reader = try optionalMapping(key) else { return nil }
    let text = LocalizedText(zh: try reader.string("zh"), en: try reader.optionalString("en"))
    try reader.finish(.text)
    return text
  }

  /// Refuses any key of the mapping that the vocabulary does not have for `vocabulary`.
  package func finish(_ vocabulary: FormVocabulary) throws(FormProblem) {
    #if DEBUG
    assert(Set(asked).isSubset(of: vocabulary.keys), "\(vocabulary) reads keys its vocabulary lacks")
    #endif
    try finish(known: vocabulary.keys)
  }

  /// Refuses any key of the mapping that was not asked for, naming the nearest known one.
  package func finish(known: [String]) throws(FormProblem) {
    for (index, entry) in entries.enumerated() where !used[index] {
      let key = entry.key
      let suggestion = known.min { Self.distance(key, $0) < Self.distance(key, $1) }
        .flatMap { Self.distance(key, $0) <= max(2, key.count / 3) ? $0 : nil }
      throw FormProblem(.unknownKey(key, suggestion: suggestion, known: known), at: entry.location)
    }
  }

  private static func distance(_ a: String, _ b: String) -> Int {
    UnknownFieldRule.editDistance(a.lowercased(), b.lowercased())
  }
}

/// A field path a definition names, with where it was written.
public struct FieldReference: Sendable, Hashable {
  public var path: FieldPath
  public var location: SourceLocation?

  public init(path: FieldPath, location: SourceLocation? = nil) {
    self.path = path
    self.location = location
  }

  public static func == (lhs: FieldReference, rhs: FieldReference) -> Bool { lhs.path == rhs.path }
  public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// A text in the form's two languages.
public struct LocalizedText: Sendable, Hashable {
  public var zh: String
  public var en: String?

  public init(zh: String, en: String? = nil) {
    self.zh = zh
    self.en = en
  }

  /// The text in `language`, Chinese where there is no English.
  public func text(_ language: Language) -> String {
    language == .en ? en ?? zh : zh
  }
}
