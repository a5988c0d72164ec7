/// One field of a CSV file as RFC 4180 writes it, made safe to open in a spreadsheet.
///
/// Excel, WPS and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (or a tab or a
/// carriage return before one) as a formula, and WPS reads the full-width forms of those signs the
/// same way; a unit named `=HYPERLINK(…)` would run on the clerk's machine. Such a cell gets a
/// leading `'`, as OWASP's guidance on CSV injection says, and is quoted; the spreadsheet shows the
/// text as it was written.
enum CSVField {
  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20]

  /// `true` when a spreadsheet would read `value` as a formula.
  static func startsAFormula(_ value: String) -> Bool {
    value.unicodeScalars.first.map { formulaStarts.contains($0.value) } ?? false
  }

  /// `value` as a field: neutralised when it would start a formula, quoted when it holds a comma,
  /// a quote or a line break (or was neutralised), its quotes doubled.
  static func field(_ value: String) -> String {
    let neutralised = startsAFormula(value)
    let text = neutralised ? "'" + value : value
    guard neutralised || text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
    else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// A line of fields, without its line end.
  static func line(_ values: [String]) -> String {
    values.map(field).joined(separator: ",")
  }
}
