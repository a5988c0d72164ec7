/// A valid credit code whose embedded organisation code (characters 9-17) fails its own
/// GB 11714 check. Some early codes were issued so; worth a second look, not a refusal.
public struct OrganizationCodeRule: Rule {
  public static let code = "organization-code"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .creditCode) {
      guard let text = entry.substantiveText, CreditCode.problem(in: text) == nil,
        let organization = CreditCode.organizationCode(of: text),
        let mismatch = OrganizationCode.mismatch(in: organization)
      else { continue }
      findings.add(self, .checkCharacter, at: entry.path,
        ["organizationCode": organization, "expected": String(mismatch.expected),
         "found": String(mismatch.found)],
        expected: String(mismatch.expected), found: String(mismatch.found))
    }
  }
}

extension OrganizationCodeRule {
  public enum Message: String, CaseIterable {
    case checkCharacter
  }
}
