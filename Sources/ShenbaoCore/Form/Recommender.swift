/// A recommending department the guide names (推荐单位).
public struct Recommender: Sendable, Hashable {
  /// The guide's short name (`市科委`).
  public var name: String
  /// The full official name (`上海市科学技术委员会`).
  public var fullName: String
  /// Other common forms (`科委`).
  public var aliases: [String]?

  /// Every spelling that names this department.
  public var spellings: [String] { [name, fullName] + (aliases ?? []) }

  /// `true` when `text` names this department, in any of its spellings.
  ///
  /// Comparison ignores white space, full-width forms and a leading 上海市, 上海 or 市, so
  /// 上海市科学技术委员会, 市科委, 上海市科委 and 科委 all match.
  public func matches(_ text: String) -> Bool {
    let wanted = Self.comparable(text)
    return !wanted.isEmpty && spellings.contains { Self.comparable($0) == wanted }
  }

  /// The spelling reduced to what is compared.
  package static func comparable(_ text: String) -> String {
    let compact = text.halfWidth.withoutWhiteSpace
    for prefix in ["上海市", "上海", "市"] where compact.hasPrefix(prefix) {
      return String(compact.dropFirst(prefix.count))
    }
    return compact
  }
}

extension Array where Element == Recommender {
  /// The department `text` names, if it is one of these.
  public func matching(_ text: String) -> Recommender? {
    first { $0.matches(text) }
  }
}
