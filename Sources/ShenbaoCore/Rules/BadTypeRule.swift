/// A value of the wrong shape: a list where text belongs, text where a group or a list of
/// rows belongs.
public struct BadTypeRule: Rule {
  public static let code = "bad-type"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for entry in context.entries {
      guard let value = entry.value else { continue }
      switch (entry.field.kind, value) {
      case (.group, .record), (.list, .list):
        break
      case (.group, .text(let text)), (.list, .text(let text)):
        // A blank group or list is missing, which `required` reports.
        if !text.trimmedForForm.isEmpty {
          findings.add(
            self, entry.field.kind == .group ? .expectedGroup : .expectedList, at: entry.path)
        }
      case (.group, .list):
        findings.add(self, .expectedGroup, at: entry.path)
      case (.list, .record):
        findings.add(self, .expectedList, at: entry.path)
      case (_, .list), (_, .record):
        findings.add(self, .expectedText, at: entry.path)
      case (_, .text):
        break
      }
      if entry.field.kind == .list, let items = value.items {
        for (index, item) in items.enumerated() where item.record == nil {
          findings.add(self, .expectedItem, at: entry.path.appending(index: index))
        }
      }
    }
  }
}

extension BadTypeRule {
  public enum Message: String, CaseIterable {
    case expectedText, expectedGroup, expectedList, expectedItem
  }
}
