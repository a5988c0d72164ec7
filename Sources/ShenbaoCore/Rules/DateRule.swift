/// A date that is not a real calendar day in `YYYY-MM-DD` or `YYYY年M月D日`.
public struct DateRule: Rule {
  public static let code = "date"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries(ofKind: .date) {
      guard let text = entry.substantiveText, CalendarDate(parsing: text) == nil else { continue }
      findings.add(self, .notADate, at: entry.path, ["value": text], found: text)
    }
  }
}

extension DateRule {
  public enum Message: String, CaseIterable {
    case notADate
  }
}
