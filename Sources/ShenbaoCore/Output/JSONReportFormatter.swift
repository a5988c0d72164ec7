import FoundationEssentials

/// Writes reports for machines: a JSON array with one report object per input.
public enum JSONReportFormatter {
  /// The reports as pretty-printed JSON with sorted keys, ending in a newline.
  public static func format(_ reports: [ValidationReport]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(reports) else {
      preconditionFailure("reports always encode")
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
