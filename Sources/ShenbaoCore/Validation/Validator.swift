/// Checks drafts against a form with every rule, collecting every finding.
public struct Validator: Sendable {
  public var form: FormDefinition
  public var rules: [any Rule]
  public var language: Language
  /// The day the check runs on, in Shanghai.
  public var today: CalendarDate

  public init(
    form: FormDefinition = FormLibrary.defaultForm, rules: [any Rule] = AllRules.rules,
    language: Language = .zh, today: CalendarDate = .today()
  ) {
    self.form = form
    self.rules = rules
    self.language = language
    self.today = today
  }

  /// Every finding for `application`, in form order, with the draft's completeness.
  public func validate(
    _ application: Application, named name: String? = nil, store: (any AttachmentStore)? = nil
  ) -> ValidationReport {
    let context = ValidationContext(application: application, form: form, today: today, store: store)
    var collector = FindingCollector(context: context, language: language)
    for rule in rules {
      rule.check(context, into: &collector)
    }
    RelationCheck.check(context, into: &collector)
    let notes = (application.source?.notes ?? []).map { $0.finding(language) }
    return ValidationReport(
      file: name ?? application.source?.file.path ?? "-", form: form.id,
      completeness: Completeness(context), findings: notes + collector.findings)
  }
}
