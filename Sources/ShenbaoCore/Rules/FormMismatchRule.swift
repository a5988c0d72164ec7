/// A draft checked against a form other than the one it names (`--form` overriding `form:`).
public struct FormMismatchRule: Rule {
  public static let code = "form-mismatch"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let named = context.application.formID, named != context.form.id else { return }
    findings.add(self, .mismatch, at: FieldPath.root.appending(Application.formKey),
      ["named": named, "form": context.form.id, "label": Application.formKey],
      expected: context.form.id, found: named)
  }
}

extension FormMismatchRule {
  public enum Message: String, CaseIterable {
    case mismatch
  }
}
