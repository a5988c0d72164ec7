import Foundation

/// One field of a form: its draft key, printed label, hint, kind and limits.
public struct FieldDefinition: Sendable, Encodable, Hashable {
  /// The draft key (English, stable for scripts).
  public var id: String
  /// The form's label for the field.
  public var label: String
  /// The label as printed on the form, where it differs (`申报单位（盖章）`).
  public var printedLabel: String?
  /// The form's hint, usually the parenthesised text of the cell.
  public var hint: String?
  /// A subheading printed above the field (五、单位意见's 申报单位意见).
  public var heading: String?
  public var kind: FieldKind
  public var presence: FieldPresence
  public var none: NonePolicy
  /// The strict character limit ("1000字以内").
  public var maxCharacters: Int?
  /// `true` for text printed as a box of paragraphs.
  public var multiline: Bool
  /// The wording used when the field is left blank (the fixed opinion text).
  public var `default`: String?
  /// A sentence the value must keep (the applicant's commitment).
  public var commitment: String?
  /// The condition under which the field need not be filled.
  public var notNeededWhen: FieldCondition?
  /// The values of a `choice` field.
  public var options: [ChoiceOption]?
  /// For a `choice` field: whether values outside `options` are allowed, with a warning.
  public var open: Bool
  /// For a `number` field: the guide's minimum, its unit and where the guide says so.
  public var minimum: Double?
  public var unit: String?
  public var basis: String?
  /// For a `list` field: how one item is named, `{n}` standing for its one-based number.
  public var itemLabel: String?
  /// The fields of a `group`, or of each item of a `list`.
  public var fields: [FieldDefinition]?

  public init(
    id: String, label: String, printedLabel: String? = nil, hint: String? = nil,
    heading: String? = nil, kind: FieldKind,
    presence: FieldPresence = .required, none: NonePolicy = .allowed, maxCharacters: Int? = nil,
    multiline: Bool = false, default: String? = nil, commitment: String? = nil,
    notNeededWhen: FieldCondition? = nil, options: [ChoiceOption]? = nil, open: Bool = false,
    minimum: Double? = nil, unit: String? = nil, basis: String? = nil, itemLabel: String? = nil,
    fields: [FieldDefinition]? = nil
  ) {
    self.id = id
    self.label = label
    self.printedLabel = printedLabel
    self.hint = hint
    self.heading = heading
    self.kind = kind
    self.presence = presence
    self.none = none
    self.maxCharacters = maxCharacters
    self.multiline = multiline
    self.default = `default`
    self.commitment = commitment
    self.notNeededWhen = notNeededWhen
    self.options = options
    self.open = open
    self.minimum = minimum
    self.unit = unit
    self.basis = basis
    self.itemLabel = itemLabel
    self.fields = fields
  }

  enum CodingKeys: String, CodingKey {
    case id, label, printedLabel, hint, heading, kind, presence, none, maxCharacters, multiline
    case `default`, commitment, notNeededWhen, options, open, minimum, unit, basis, itemLabel
    case fields
  }

  /// The child field with draft key `id`, if this is a group or a list.
  public func field(_ id: String) -> FieldDefinition? {
    fields?.first { $0.id == id }
  }

  /// The option whose value or alias is `text`, if any.
  public func option(matching text: String) -> ChoiceOption? {
    options?.first { $0.value == text || ($0.aliases ?? []).contains(text) }
  }

  /// The label of item `index` (zero-based) of a list.
  public func itemLabel(at index: Int) -> String {
    (itemLabel ?? "{n}").replacingOccurrences(of: "{n}", with: String(index + 1))
  }
}

/// A condition on another field's value.
public struct FieldCondition: Sendable, Encodable, Hashable {
  /// The other field, by path (`unit.nature`).
  public var field: FieldPath
  /// The value (a choice's canonical value) that makes the condition true.
  public var equals: String

  public init(field: FieldPath, equals: String) {
    self.field = field
    self.equals = equals
  }
}

/// One value of a choice field.
public struct ChoiceOption: Sendable, Encodable, Hashable {
  /// The exact spelling the draft contract fixes.
  public var value: String
  /// Other spellings people use for it; accepted with a warning.
  public var aliases: [String]?
  /// For 单位性质: the first characters a matching credit code has (`12` for 事业单位).
  public var creditCodePrefixes: [String]?
  /// For 性别: the sex an ID number's 17th digit must record for this value.
  public var sex: Sex?

  public init(
    value: String, aliases: [String]? = nil, creditCodePrefixes: [String]? = nil, sex: Sex? = nil
  ) {
    self.value = value
    self.aliases = aliases
    self.creditCodePrefixes = creditCodePrefixes
    self.sex = sex
  }
}

/// The sex an ID number records (GB 11643: the 17th digit is odd for men).
public enum Sex: String, Sendable, Codable, Hashable {
  case male
  case female
}
