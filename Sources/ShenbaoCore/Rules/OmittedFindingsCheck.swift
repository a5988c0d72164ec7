/// What a report says of the findings it does not list: past ``FindingCollector/listedFindings``
/// a report ends in one finding per severity saying how many more there are, so that no draft,
/// however large, makes an answer without bound.
public enum OmittedFindingsCheck: String, CatalogueCheck {
  case errors = "errors-omitted"
  case warnings = "warnings-omitted"

  public static let catalogueSection = "omitted"

  public var severity: Severity { self == .errors ? .error : .warning }

  /// The check that counts the left-out findings of `severity`.
  package init(_ severity: Severity) {
    self = severity == .error ? .errors : .warnings
  }
}
