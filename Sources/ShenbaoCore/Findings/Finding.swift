/// One problem found in a draft: what rule, how serious, where, and a sentence that says what
/// is wrong and how to fix it.
///
/// Findings are values; validation collects every one of them and never throws for them.
public struct Finding: Sendable, Codable, Hashable {
  public var severity: Severity
  /// The rule's stable kebab-case code (`id-number`).
  public var code: String
  /// The field concerned (`members[2].idNumber`); empty for the draft as a whole.
  public var path: String
  /// What is wrong and how to fix it, in the report's language.
  public var message: String
  /// The field's label on the form (`项目组全部成员 第3人 · 身份证号码`).
  public var label: String?
  /// The value the rule expected, where there is one (ID numbers masked).
  public var expected: String?
  /// The value found, where it helps (ID numbers masked).
  public var found: String?
  /// Where in the draft file the field is.
  public var line: Int?
  public var column: Int?
  /// For a Word document, where the field stands as printed: the part, the table, the row and
  /// the column (`四、项目组成员信息 · 项目组全部成员 第6人 · 身份证号码`).
  public var place: String?
  /// How many findings this one stands for, when more than one: the same problem of one field in
  /// many items of a list (the message names the first), or the findings a report leaves out.
  public var count: Int?
  /// For a finding that stands for many of a list, the paths of the first of them.
  public var paths: [String]?

  public init(
    severity: Severity, code: String, path: String, message: String, label: String? = nil,
    expected: String? = nil, found: String? = nil, line: Int? = nil, column: Int? = nil, place: String? = nil,
    count: Int? = nil, paths: [String]? = nil
  ) {
    self.severity = severity
    self.code = code
    self.path = path
    self.message = message
    self.label = label
    self.expected = expected
    self.found = found
    self.line = line
    self.column = column
    self.place = place
    self.count = count
    self.paths = paths
  }

  /// How many problems the finding reports: its ``count``, else one.
  public var weight: Int { count ?? 1 }
}
