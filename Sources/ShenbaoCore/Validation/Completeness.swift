/// How much of the form a draft fills: the fields that must be filled, and how many are.
public struct Completeness: Sendable, Codable, Hashable {
  public var filled: Int
  public var total: Int
  /// The labels of the first of the fields left to fill, in form order (at most
  /// ``missingNamed``), so that a report can say which.
  public var missing: [String]

  /// How many of the fields left to fill a completeness names.
  public static let missingNamed = 5

  public init(filled: Int, total: Int, missing: [String] = []) {
    self.filled = filled
    self.total = total
    self.missing = missing
  }

  /// Counts the fields of the form that must be filled (neither optional, nor defaulted, nor
  /// made unnecessary by a condition), each once however many rows its list has: a field of a
  /// list is filled when the list has rows and every row that needs it has it. So one
  /// application counts the same whichever way it comes — a draft, a Word form, the web page —
  /// and its total is the form's.
  public init(_ context: ValidationContext) {
    struct Field {
      var needed = false
      var filled = true
      var firstUnfilled: String?
    }
    var fields: [FieldPath: Field] = [:]
    var order: [FieldPath] = []
    func record(_ path: FieldPath, needed: Bool, filled: Bool, label: String) {
      if fields[path] == nil {
        fields[path] = Field()
        order.append(path)
      }
      guard needed else { return }
      fields[path]?.needed = true
      if !filled {
        fields[path]?.filled = false
        if fields[path]?.firstUnfilled == nil { fields[path]?.firstUnfilled = label }
      }
    }
    for entry in context.entries {
      if entry.field.kind == .list, (entry.value?.items ?? []).isEmpty {
        // A list with no rows has none of its fields.
        for child in (entry.field.fields ?? []) where Self.mustBeFilled(child) {
          record(entry.path.definitionPath.appending(child.id), needed: true, filled: false, label: entry.label)
        }
      }
      guard !entry.field.kind.isContainer, entry.field.default == nil else { continue }
      let filled = !entry.isBlank && entry.value?.trimmedText != nil
      record(entry.path.definitionPath, needed: entry.required && !entry.notNeeded, filled: filled, label: entry.label)
    }
    let needed = order.compactMap { fields[$0] }.filter(\.needed)
    let unfilled = needed.filter { !$0.filled }.compactMap(\.firstUnfilled)
    var named: [String] = []
    for label in unfilled where !named.contains(label) && named.count < Self.missingNamed { named.append(label) }
    self.init(filled: needed.count - unfilled.count, total: needed.count, missing: named)
  }

  package static func mustBeFilled(_ field: FieldDefinition) -> Bool {
    field.presence == .required && field.default == nil && !field.kind.isContainer
  }
}
