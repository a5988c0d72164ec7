/// One field of the form as it occurs in a draft: a group, a list, a list item's field or a
/// plain field, with the value found there (if any).
public struct FieldEntry: Sendable {
  /// Where the field sits (`members[2].idNumber`).
  public let path: FieldPath
  /// The form's definition of the field.
  public var field: FieldDefinition { definition.field }
  /// The definition, shared by every entry of the field: a list of 30 000 items makes 30 000
  /// entries of each of its fields, and a definition is hundreds of bytes.
  package let definition: SharedDefinition
  /// The value in the draft; `nil` when the key is absent.
  public let value: DraftValue?
  /// The labels from the top of the form down to this field.
  public let label: String
  /// `false` when the enclosing group or list item is absent or not a record: the field is then
  /// not reported on its own.
  public let containerPresent: Bool
  /// `true` when the field's condition (`notNeededWhen`) holds, so it need not be filled.
  public let notNeeded: Bool
  /// `true` when the field must be filled: required, or required by its condition
  /// (`requiredWhen`).
  public let required: Bool

  /// The trimmed text of the value, or `nil` for an absent value, a list or a record.
  public var text: String? { value?.trimmedText }

  /// `true` for an absent value or blank text.
  public var isBlank: Bool {
    guard let value else { return true }
    return value.isBlank
  }

  /// The text, unless it is blank or "无": the value a format check looks at.
  public var substantiveText: String? {
    guard let text, !text.isEmpty, !text.isNoneMarker else { return nil }
    return text
  }
}

/// A field's definition, held once for all its entries.
package final class SharedDefinition: Sendable {
  package let field: FieldDefinition

  package init(_ field: FieldDefinition) {
    self.field = field
  }
}
