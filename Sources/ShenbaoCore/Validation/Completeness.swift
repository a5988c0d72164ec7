/// How much of the form a draft fills: the fields that must be filled, and how many are.
public struct Completeness: Sendable, Codable, Hashable {
  public var filled: Int
  public var total: Int

  public init(filled: Int, total: Int) {
    self.filled = filled
    self.total = total
  }

  /// Counts the plain fields that must be filled (neither optional, nor defaulted, nor made
  /// unnecessary by a condition). An empty list counts the fields of one blank row.
  public init(_ context: ValidationContext) {
    var filled = 0
    var total = 0
    for entry in context.entries {
      if entry.field.kind == .list, (entry.value?.items ?? []).isEmpty {
        total += (entry.field.fields ?? []).filter(Self.mustBeFilled).count
      }
      guard !entry.field.kind.isContainer, entry.required, entry.field.default == nil, !entry.notNeeded
      else { continue }
      total += 1
      if !entry.isBlank, entry.value?.trimmedText != nil { filled += 1 }
    }
    self.init(filled: filled, total: total)
  }

  package static func mustBeFilled(_ field: FieldDefinition) -> Bool {
    field.presence == .required && field.default == nil && !field.kind.isContainer
  }
}
