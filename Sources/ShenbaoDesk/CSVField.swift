import ShenbaoSupport

/// One field of a CSV file as RFC 4180 writes it, made safe to open in a spreadsheet.
///
/// Excel, WPS and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (or a tab or a
/// carriage return before one) as a formula, and WPS reads the full-width forms of those signs the
/// same way; a unit named `=HYPERLINK(…)` would run on the clerk's machine. So would ` =1+1` where
/// the import trims spaces. Such a cell gets a leading `'`, as OWASP's guidance on CSV injection
/// says, and is quoted; the spreadsheet shows the text as it was written. A spreadsheet that
/// splits on semicolons (Excel where `;` is the list separator) or tabs sees a cell start after
/// each of them, quotes or not: a formula sign there gets its `'` too (`x;'=6+6`).
package enum CSVField {
  /// The first characters that make a spreadsheet read a cell as a formula.
  package static let formulaStarts: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20]

  /// `true` when a spreadsheet would read `value` as a formula: its first character that is not
  /// white space (a tab and a CR count as starts) is one of ``formulaStarts``.
  package static func startsAFormula(_ value: String) -> Bool {
    let first = value.unicodeScalars.first { formulaStarts.contains($0.value) || !$0.properties.isWhitespace }
    return first.map { formulaStarts.contains($0.value) } ?? false
  }

  /// `value` as a field: neutralised where a cell would start a formula (at its start, after a
  /// semicolon or a tab), quoted when it holds a comma, a semicolon, a tab, a quote or a line
  /// break (or was neutralised), its quotes doubled.
  package static func field(_ value: String) -> String {
    let neutralised = startsAFormula(value)
    var text = neutralised ? "'" + value : value
    if text.unicodeScalars.contains(where: { $0 == ";" || $0 == "\t" }) { text = neutralisingAfterSeparators(text) }
    guard neutralised || text.contains(where: { $0 == "," || $0 == ";" || $0 == "\t" || $0 == "\"" || $0.isNewline })
    else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// `text` with a `'` after each semicolon or tab that a formula would follow.
  package static func neutralisingAfterSeparators(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      result.append(scalar)
      if scalar == ";" || scalar == "\t", index + 1 < scalars.count,
        startsAFormula(String(String.UnicodeScalarView(scalars[(index + 1)...])))
      {
        result.append("'")
      }
    }
    return String(result)
  }

  /// A line of fields, without its line end.
  package static func line(_ values: [String]) -> String {
    values.map(field).joined(separator: ",")
  }
}
