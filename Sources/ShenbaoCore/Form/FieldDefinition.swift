import FoundationEssentials
import ShenbaoSupport

/// One field of a form: its draft key, printed label, hint, kind, and the rules its value
/// keeps — presence, "无", length, bounds, pattern, options, the guide's target.
public struct FieldDefinition: Sendable, Hashable {
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
  /// The condition under which a field otherwise optional must be filled.
  public var requiredWhen: FieldCondition?
  /// The condition under which the field need not be filled.
  public var notNeededWhen: FieldCondition?
  public var none: NonePolicy
  /// The strict character limit ("1000字以内").
  public var maxCharacters: Int?
  /// Plain bounds of a number or date field ("申请经费不超过200万元").
  public var minimum: FieldBound?
  public var maximum: FieldBound?
  /// A pattern the whole value must match, with its message.
  public var pattern: FieldPattern?
  /// The sentence of the guide the field's bounds or pattern enforce.
  public var basis: String?
  /// `true` for text printed as a box of paragraphs.
  public var multiline: Bool
  /// The wording used when the field is left blank (the fixed opinion text).
  public var `default`: String?
  /// A sentence the value must keep (the applicant's commitment).
  public var commitment: String?
  /// The values of a `choice` field.
  public var options: [ChoiceOption]?
  /// For a `choice` field: whether values outside `options` are allowed, with a warning.
  public var open: Bool
  /// For a `number` field: its unit (万元, 条, %).
  public var unit: String?
  /// For a `number` field: the figure the guide commits the applicant to reach.
  public var target: FieldTarget?
  /// For a `list` field: how one item is named, `{n}` standing for its one-based number.
  public var itemLabel: String?
  /// The fields of a `group`, or of each item of a `list`.
  public var fields: [FieldDefinition]?

  public init(
    id: String, label: String, printedLabel: String? = nil, hint: String? = nil,
    heading: String? = nil, kind: FieldKind, presence: FieldPresence = .required,
    requiredWhen: FieldCondition? = nil, notNeededWhen: FieldCondition? = nil,
    none: NonePolicy = .allowed, maxCharacters: Int? = nil, minimum: FieldBound? = nil,
    maximum: FieldBound? = nil, pattern: FieldPattern? = nil, basis: String? = nil,
    multiline: Bool = false, default: String? = nil, commitment: String? = nil,
    options: [ChoiceOption]? = nil, open: Bool = false, unit: String? = nil,
    target: FieldTarget? = nil, itemLabel: String? = nil, fields: [FieldDefinition]? = nil
  ) {
    self.id = id
    self.label = label
    self.printedLabel = printedLabel
    self.hint = hint
    self.heading = heading
    self.kind = kind
    self.presence = presence
    self.requiredWhen = requiredWhen
    self.notNeededWhen = notNeededWhen
    self.none = none
    self.maxCharacters = maxCharacters
    self.minimum = minimum
    self.maximum = maximum
    self.pattern = pattern
    self.basis = basis
    self.multiline = multiline
    self.default = `default`
    self.commitment = commitment
    self.options = options
    self.open = open
    self.unit = unit
    self.target = target
    self.itemLabel = itemLabel
    self.fields = fields
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
    (itemLabel ?? "{n}").replacingAll("{n}", with: String(index + 1))
  }

  /// The label as the printed form shows it.
  public var shownLabel: String { printedLabel ?? label }
}

/// One value of a choice field.
public struct ChoiceOption: Sendable, Hashable {
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
public enum Sex: String, Sendable, Codable, Hashable, CaseIterable {
  case male
  case female
}
