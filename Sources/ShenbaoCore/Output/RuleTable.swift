import FoundationEssentials
import ShenbaoSupport

/// The table of finding codes, as the README shows it.
public enum RuleTable {
  /// A Markdown table: code, severity, meaning.
  public static func markdown(_ descriptions: [RuleDescription]) -> String {
    var text = "| code | severity | meaning |\n| --- | --- | --- |\n"
    for rule in descriptions {
      let summary = rule.summary.replacingAll("|", with: "\\|")
      text += "| `\(rule.code)` | \(rule.severity.rawValue) | \(summary) |\n"
    }
    return text
  }
}
