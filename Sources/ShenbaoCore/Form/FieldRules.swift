/// A condition on another field's value, for `requiredWhen`, `notNeededWhen` and a relation's
/// `when`: the field equals a value, is one of several, or is filled at all. A choice field is
/// compared by its canonical option, so an alias counts as its option.
public struct FieldCondition: Sendable, Hashable {
  public enum Test: Sendable, Hashable {
    case equals(String)
    case oneOf([String])
    /// `true`: the field has substance (neither blank nor "无"); `false`: it has none.
    case filled(Bool)
  }

  public var field: FieldReference
  public var test: Test

  public init(field: FieldReference, test: Test) {
    self.field = field
    self.test = test
  }

  /// Whether the condition holds for `application` under `form`.
  public func holds(in application: Application, form: FormDefinition) -> Bool {
    let text = application.text(at: field.path) ?? ""
    switch test {
    case .filled(let wanted):
      return (!text.isEmpty && !text.isNoneMarker) == wanted
    case .equals(let value):
      return canonical(text, form) == value
    case .oneOf(let values):
      return values.contains(canonical(text, form))
    }
  }

  /// The value or values the condition names, as a message quotes them.
  public var valueText: String {
    switch test {
    case .equals(let value): value
    case .oneOf(let values): values.joined(separator: "、")
    case .filled: ""
    }
  }

  private func canonical(_ text: String, _ form: FormDefinition) -> String {
    form.field(at: field.path)?.option(matching: text)?.value ?? text
  }
}

/// A bound on a field's value (`minimum`, `maximum`): a number for number fields, a date for
/// date fields. Distinct from a guide's commitment minimum (`target`).
public enum FieldBound: Sendable, Hashable {
  case number(Double)
  case date(CalendarDate)

  /// The bound as a message shows it.
  public var description: String {
    switch self {
    case .number(let value): DeclaredNumber.format(value)
    case .date(let date): date.description
    }
  }
}

/// A pattern the whole value must match, with the message that says what is expected.
public struct FieldPattern: Sendable, Hashable {
  public var pattern: SafePattern
  /// What is expected, in the form's words; the catalogue's general message when `nil`.
  public var message: LocalizedText?

  public init(pattern: SafePattern, message: LocalizedText?) {
    self.pattern = pattern
    self.message = message
  }
}

/// A number the guide commits the applicant to reach ("不少于2000条"): a declared value below it
/// is `target-below-minimum`, one not declared `target-missing`.
public struct FieldTarget: Sendable, Hashable {
  public var minimum: Double
  /// The sentence of the guide that sets it.
  public var basis: String?

  public init(minimum: Double, basis: String? = nil) {
    self.minimum = minimum
    self.basis = basis
  }
}
