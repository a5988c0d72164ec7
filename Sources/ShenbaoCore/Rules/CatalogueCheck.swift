/// A family of findings beyond the draft's own rules — a bundle's, a Word document's, a batch's.
/// Each case is a stable finding code whose texts are in the catalogue under `<section>.<code>`.
public protocol CatalogueCheck: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The catalogue section holding the family's texts (`bundle`, `docx`, `batch`).
  static var catalogueSection: String { get }

  /// How serious a finding of this check is.
  var severity: Severity { get }

  /// The catalogue keys of the check's messages; by default its one `messageKey`.
  var messageKeys: [String] { get }
}

extension CatalogueCheck {
  /// The finding code.
  public var code: String { rawValue }

  /// The catalogue key of the check's one-line summary.
  public var summaryKey: String { "\(Self.catalogueSection).\(code).summary" }

  /// The catalogue key of the message of a check that has one message.
  public var messageKey: String { "\(Self.catalogueSection).\(code).message" }

  public var messageKeys: [String] { [messageKey] }

  /// Every check of the family with its severity and summary in `language`.
  package static func descriptions(in language: Language, catalogue: MessageCatalogue) -> [RuleDescription] {
    allCases.map { check in
      RuleDescription(code: check.code, severity: check.severity,
        summary: catalogue.text(check.summaryKey, language))
    }
  }
}
