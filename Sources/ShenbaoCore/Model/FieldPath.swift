/// Where a value sits in a draft: `unit.legalRep.idNumber`, `members[2].name`.
///
/// List indices are zero-based, as in JSON paths; reports add one where they speak to people.
public struct FieldPath: Sendable, Hashable, Comparable {
  /// One step of a path.
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  public private(set) var components: [Component]

  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The empty path: the draft itself.
  public static let root = FieldPath()

  /// Parses the textual form, `members[2].idNumber`. Returns `nil` for malformed text.
  public init?(parsing text: String) {
    var components: [Component] = []
    for part in text.split(separator: ".", omittingEmptySubsequences: false) {
      var rest = Substring(part)
      let keyEnd = rest.firstIndex(of: "[") ?? rest.endIndex
      let key = rest[..<keyEnd]
      guard !key.isEmpty else { return nil }
      components.append(.key(String(key)))
      rest = rest[keyEnd...]
      while rest.first == "[" {
        guard let close = rest.firstIndex(of: "]"),
          let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
        else { return nil }
        components.append(.index(index))
        rest = rest[rest.index(after: close)...]
      }
      guard rest.isEmpty else { return nil }
    }
    self.components = components
  }

  /// This path with a key appended.
  public func appending(_ key: String) -> FieldPath {
    FieldPath(components + [.key(key)])
  }

  /// This path with a list index appended.
  public func appending(index: Int) -> FieldPath {
    FieldPath(components + [.index(index)])
  }

  /// The path one step up, or `nil` for the root.
  public var parent: FieldPath? {
    components.isEmpty ? nil : FieldPath(Array(components.dropLast()))
  }

  /// The last key of the path, if it ends in a key.
  public var lastKey: String? {
    guard case .key(let key)? = components.last else { return nil }
    return key
  }

  /// The path with list indices removed: the field it is an instance of (`members.idNumber`).
  public var definitionPath: FieldPath {
    FieldPath(components.filter { if case .key = $0 { true } else { false } })
  }

  public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
    lhs.description < rhs.description
  }
}

extension FieldPath: CustomStringConvertible {
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}

extension FieldPath: ExpressibleByStringLiteral {
  /// A literal path; it must be well-formed.
  public init(stringLiteral value: String) {
    guard let path = FieldPath(parsing: value) else {
      preconditionFailure("malformed field path literal \(value)")
    }
    self = path
  }
}

extension FieldPath: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let path = FieldPath(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "malformed field path \(text)"))
    }
    self = path
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
