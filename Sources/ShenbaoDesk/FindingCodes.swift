import ShenbaoBundle
import ShenbaoCore
import ShenbaoWord

/// Every finding code shenbao reports, of every family: the rules', the relations a form
/// declares, the bundle checks of `verify`, what reading a Word form notices, the checks across
/// applications, and what a report leaves out.
public enum FindingCodes {
  /// Every code with its severity and one-line summary in `language`, errors first, then by
  /// code; the relations those of `form`.
  public static func descriptions(
    in language: Language, form: FormDefinition = FormLibrary.defaultForm, catalogue: MessageCatalogue = .shared
  ) -> [RuleDescription] {
    let relations = form.relations.map { relation in
      RuleDescription(code: relation.code, severity: relation.severity,
        summary: relation.summary?.text(language) ?? catalogue.text("relations.\(relation.kindName).summary", language))
    }
    let checks = BundleCheck.descriptions(in: language, catalogue: catalogue)
      + DocxCheck.descriptions(in: language, catalogue: catalogue)
      + CrossApplicationCheck.descriptions(in: language, catalogue: catalogue)
      + OmittedFindingsCheck.descriptions(in: language, catalogue: catalogue)
    return (AllRules.descriptions(in: language, catalogue: catalogue) + relations + checks)
      .sorted { ($0.severity, $0.code) < ($1.severity, $1.code) }
  }
}
