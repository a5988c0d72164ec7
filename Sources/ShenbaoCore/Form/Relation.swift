import ShenbaoSupport

/// A rule between fields, declared by the form: two values that must agree, a record that must
/// be in a list, a key no list item may repeat, a comparison of numbers or dates (with a
/// factor), a sum that must equal a total — each with its own stable code, severity, message and
/// the sentence of the guide it enforces, and an optional condition.
public struct Relation: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// `left` equals `right`; for two groups, each of `fields` of one equals the same of the
    /// other. Values are compared after `normalization` (by default, as their fields' kind
    /// suggests).
    case equal(left: FieldReference, right: FieldReference, fields: [String]?, normalization: Normalization?)
    /// The record `record` is an item of `list`, matched by the first of `keys` the record has.
    case memberOf(record: FieldReference, list: FieldReference, keys: [String])
    /// No two items of `list` share `key`.
    case unique(list: FieldReference, key: String)
    /// `left op factor × right`, for numbers or dates.
    case compare(left: FieldReference, op: ComparisonOperator, right: FieldReference, factor: Double?)
    /// The sum of `items` (fields, or one column of a list) equals `total`.
    case sum(items: SumItems, total: FieldReference)
  }

  /// What a sum adds up.
  public enum SumItems: Sendable, Hashable {
    case fields([FieldReference])
    case column(list: FieldReference, field: String)
  }

  /// How two values are made comparable.
  public enum Normalization: String, Sendable, Hashable, CaseIterable {
    /// White space ignored; a difference of width only is reported as such.
    case text
    /// White space, width and letter case ignored (names, ID numbers, codes, e-mail).
    case name
    /// Only the digits count, after a leading +86 or 86 (phones).
    case phone
  }

  public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case lessThan = "<"
    case atMost = "<="
    case greaterThan = ">"
    case atLeast = ">="

    package func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
      switch self {
      case .lessThan: left < right
      case .atMost: left <= right
      case .greaterThan: left > right
      case .atLeast: left >= right
      }
    }
  }

  /// The stable kebab-case code of its findings.
  public var code: String
  public var severity: Severity
  public var kind: Kind
  /// The relation is checked only when this holds.
  public var when: FieldCondition?
  /// The sentence of the guide or the filling rules it enforces.
  public var basis: String?
  /// A one-line summary for `shenbao rules`; by default the kind's.
  public var summary: LocalizedText?
  /// Messages by name (`mismatch`, `widthOnly` …), replacing the kind's defaults.
  public var messages: [String: LocalizedText]
  /// Where the relation is declared.
  public var location: SourceLocation?

  public init(
    code: String, severity: Severity = .error, kind: Kind, when: FieldCondition? = nil, basis: String? = nil,
    summary: LocalizedText? = nil, messages: [String: LocalizedText] = [:], location: SourceLocation? = nil
  ) {
    self.code = code
    self.severity = severity
    self.kind = kind
    self.when = when
    self.basis = basis
    self.summary = summary
    self.messages = messages
    self.location = location
  }

  /// The kind's name in the vocabulary (`equal`, `memberOf` …), which names its catalogue texts.
  public var kindName: String {
    switch kind {
    case .equal: "equal"
    case .memberOf: "memberOf"
    case .unique: "unique"
    case .compare: "compare"
    case .sum: "sum"
    }
  }

  /// The names of the messages the kind may give.
  public var messageNames: [String] {
    switch kind {
    case .equal: ["mismatch", "widthOnly"]
    case .memberOf: ["missing"]
    case .unique: ["duplicate"]
    case .compare: ["violated"]
    case .sum: ["mismatch"]
    }
  }

  public static func == (lhs: Relation, rhs: Relation) -> Bool {
    lhs.code == rhs.code && lhs.severity == rhs.severity && lhs.kind == rhs.kind && lhs.when == rhs.when
      && lhs.basis == rhs.basis && lhs.summary == rhs.summary && lhs.messages == rhs.messages
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(kind)
  }
}
