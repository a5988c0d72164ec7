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

  /// The rules' codes, severities and one-line summaries in `language`.
  public static func descriptions(in language: Language, catalogue: MessageCatalogue = .shared) -> [RuleDescription] {
    rules.map { rule in
      let type = type(of: rule)
      return RuleDescription(code: type.code, severity: type.severity, summary: catalogue.text(type.summaryKey, language))
    }
  }
}
