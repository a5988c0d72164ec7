/// A draft that does not say which form it fills (`form:`); it is checked against the default.
public struct FormMissingRule: Rule {
  public static let code = "form-missing"
  public static let severity = Severity.warning

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard context.application.formID == nil else { return }
    findings.add(self, .missing, at: FieldPath.root.appending(Application.formKey),
      ["form": context.form.id, "label": Application.formKey])
  }
}

extension FormMissingRule {
  public enum Message: String, CaseIterable {
    case missing
  }
}
