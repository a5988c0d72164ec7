/// Writes reports for people: one line per finding, compiler style, then a summary line.
///
///     draft.yaml:25: 错误[id-number] unit.legalRep.idNumber：「申报单位基本信息 · 单位法人 · 身份证号码」校验位不符…
///     draft.yaml: 已填 52/60 项；3 个错误，1 个警告
public struct TextReportFormatter: Sendable {
  public var language: Language
  /// Whether to colour severities with ANSI escapes (only on a terminal).
  public var colors: Bool
  package var catalogue: MessageCatalogue

  public init(language: Language, colors: Bool, catalogue: MessageCatalogue = .shared) {
    self.language = language
    self.colors = colors
    self.catalogue = catalogue
  }

  /// The report as text, each line ending in a newline.
  public func format(_ report: ValidationReport) -> String {
    var text = ""
    for finding in report.findings {
      text += line(for: finding, file: report.file) + "\n"
    }
    text += summary(for: report) + "\n"
    return text
  }

  /// One finding as one line. What came from the input (names, paths, values quoted in the
  /// message) has its control characters escaped, so the line stays one line.
  public func line(for finding: Finding, file: String) -> String {
    let file = file.escapingControlCharacters
    let position = finding.line.map { "\(file):\($0):" } ?? "\(file):"
    let severity = catalogue.text("report.\(finding.severity.rawValue)", language)
    let tag = paint("\(severity)[\(finding.code)]", finding.severity == .error ? .red : .yellow)
    // A Word document's finding says where it stands as printed; a draft's, its path (the line
    // is in the position). Messages name the field by its label; where one does not, the label
    // goes before it.
    var place = finding.path.isEmpty ? "" : " " + paint(finding.path.abridged.escapingControlCharacters, .dim)
    if let printed = finding.place {
      place = finding.message.containsBytes(of: printed) ? "" : " " + paint(printed.escapingControlCharacters, .dim)
    } else if let label = finding.label, !finding.message.containsBytes(of: label) {
      place += " \(label.escapingControlCharacters)"
    }
    let message = finding.message.escapingControlCharacters
    return "\(position) \(tag)\(place)\(catalogue.text("report.separator", language))\(message)"
  }

  /// The completeness and the counts.
  public func summary(for report: ValidationReport) -> String {
    var completeness = catalogue.text(
      "report.completeness", language,
      ["filled": String(report.completeness.filled), "total": String(report.completeness.total)])
    // Which are left to fill: the first named, and how many in all.
    let left = report.completeness.total - report.completeness.filled
    if left > 0, !report.completeness.missing.isEmpty {
      let names = report.completeness.missing.joined(separator: catalogue.text("report.rowSeparator", language))
      completeness += catalogue.text(left > report.completeness.missing.count ? "report.unfilledMore" : "report.unfilled",
        language, ["fields": names.escapingControlCharacters, "count": String(left)])
    }
    let counts =
      report.findings.isEmpty
      ? paint(catalogue.text("report.clean", language), .green)
      : catalogue.text(
        report.errors == 1 || report.warnings == 1 ? "report.countsSingular" : "report.counts", language,
        ["errors": String(report.errors), "warnings": String(report.warnings),
         "errorWord": catalogue.text(report.errors == 1 ? "report.errorOne" : "report.errorMany", language),
         "warningWord": catalogue.text(report.warnings == 1 ? "report.warningOne" : "report.warningMany", language)])
    let separator = catalogue.text("report.listSeparator", language)
    // A bundle whose draft could not be read has no fields to count.
    guard report.completeness.total > 0 else { return "\(report.file.escapingControlCharacters): \(counts)" }
    return "\(report.file.escapingControlCharacters): \(completeness)\(separator)\(counts)"
  }

  package enum Color: String {
    case red = "31;1"
    case yellow = "33;1"
    case green = "32"
    case dim = "2"
  }

  package func paint(_ text: String, _ color: Color) -> String {
    colors ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
  }
}
