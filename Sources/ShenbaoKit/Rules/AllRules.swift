/// Every rule shenbao checks, in the order their findings are listed for one field.
public enum AllRules {
  public static let rules: [any Rule] = [
    // The draft's shape.
    FormMissingRule(), FormMismatchRule(), UnknownFieldRule(), BadTypeRule(),
    // Filling rules 2 and 3, and the length limits.
    RequiredRule(), NoneNotAllowedRule(), PlaceholderValueRule(), ProjectNumberFilledRule(), TooLongRule(),
    // Formats of single fields.
    IDNumberRule(), CreditCodeRule(), OrganizationCodeRule(), MobileRule(), LandlineRule(),
    EmailRule(), PostcodeRule(), BankAccountRule(), DateRule(), NumberRule(),
    InvalidChoiceRule(), ChoiceSpellingRule(), UnitNatureUnlistedRule(),
    RecommenderNotEligibleRule(),
    // Bounds and patterns the form sets.
    OutOfRangeRule(), PatternRule(),
    // Agreement between fields the kinds imply (the form's own relations are checked after).
    CreditCodeNatureMismatchRule(), GenderMismatchRule(), CommitmentMissingRule(),
    // The guide's performance targets.
    TargetMissingRule(), TargetBelowMinimumRule(),
    // Attachments (填报说明 4).
    AttachmentCategoryMissingRule(), AttachmentMissingFileRule(), AttachmentEmptyRule(),
    AttachmentTypeRule(), AttachmentTooLargeRule(), AttachmentDuplicateRule(),
  ]

  /// Every finding code — the rules', the relations `form` declares, the bundle checks' of
  /// `verify`, and what reading a Word form notices — with its severity and one-line summary in
  /// `language`, errors first, then by code.
  public static func descriptions(
    in language: Language, form: FormDefinition = FormLibrary.defaultForm, catalogue: MessageCatalogue = .shared
  ) -> [RuleDescription] {
    let ruleDescriptions = rules.map { rule in
      let type = type(of: rule)
      return RuleDescription(
        code: type.code, severity: type.severity,
        summary: catalogue.text(type.summaryKey, language))
    }
    let relationDescriptions = form.relations.map { relation in
      RuleDescription(code: relation.code, severity: relation.severity,
        summary: relation.summary?.text(language) ?? catalogue.text("relations.\(relation.kindName).summary", language))
    }
    let checkDescriptions = relationDescriptions + BundleCheck.descriptions(in: language, catalogue: catalogue)
      + DocxCheck.descriptions(in: language, catalogue: catalogue)
      + CrossApplicationCheck.descriptions(in: language, catalogue: catalogue)
      + OmittedFindingsCheck.descriptions(in: language, catalogue: catalogue)
    return (ruleDescriptions + checkDescriptions)
      .sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }
  }
}
