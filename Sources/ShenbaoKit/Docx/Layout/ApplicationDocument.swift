import Foundation

/// Lays out the application form as a Word document, mirroring the official 申报书: the cover,
/// the filling rules, parts 一 to 五, and the list of attachments.
///
/// With an application it is the filled form; without, the blank template to fill in Word or
/// WPS. Every value cell carries its field's anchor (``FieldAnchor``) either way.
public struct ApplicationDocument: Sendable {
  public let form: FormDefinition
  /// The application to print, or `nil` for the blank template.
  public let application: Application?
  /// Blank rows the template's roster offers.
  public var templateRosterRows = 8

  public init(form: FormDefinition, application: Application?) {
    self.form = form
    self.application = application
  }

  var isTemplate: Bool { application == nil }
  var wording: FormWording { form.wording }
  var textWidth: Int { PageLayout.a4Official.textWidth }

  /// The whole document.
  public func document() -> WordDocument {
    var body: [WordBlock] = []
    body += coverPage()
    body += instructionsPage()
    body += unitPart()
    body += capabilityPart()
    body += planPart()
    body += teamPart()
    body += opinionsPart()
    body += attachmentsPart()
    let footer = WordParagraph(style: WordStyle.footer, alignment: .center, runs: pageNumberRuns())
    return WordDocument(body: body, footer: [footer], properties: properties())
  }

  private func pageNumberRuns() -> [WordRun] {
    let parts = wording.pageNumber.components(separatedBy: "{page}")
    var runs: [WordRun] = []
    for (index, part) in parts.enumerated() {
      if !part.isEmpty { runs.append(WordRun(part)) }
      if index < parts.count - 1 {
        runs.append(WordRun(content: [.field(instruction: "PAGE", result: "1")]))
      }
    }
    return runs
  }

  private func properties() -> DocumentProperties {
    let project = application?.text(at: "cover.projectName").flatMap { $0.isEmpty ? nil : $0 }
    let applicant = application?.text(at: "unit.name").flatMap { $0.isEmpty ? nil : $0 }
    return DocumentProperties(
      title: project.map { "\(form.title)：\($0)" } ?? form.title, subject: form.guide,
      creator: applicant ?? "shenbao", keywords: form.id,
      timestamp: SubmissionTimestamp.of(application, form: form))
  }

  // MARK: Values

  /// The definition of the field at `path`; the layout only names fields the form has.
  func field(_ path: FieldPath) -> FieldDefinition {
    guard let field = form.field(at: path) else {
      preconditionFailure("the layout names \(path), which the form lacks")
    }
    return field
  }

  /// The label as printed.
  func label(_ path: FieldPath) -> String {
    let field = field(path)
    return field.printedLabel ?? field.label
  }

  /// The value as written, trimmed; `nil` in the template or where the draft has no text.
  func value(_ path: FieldPath) -> String? {
    guard let text = application?.text(at: path), !text.isEmpty else { return nil }
    return text
  }

  /// What the filled form prints for a field: its value; else its fixed wording; else nothing
  /// for a field to leave blank or not needed (公益1类's bank details); else "无" (填报说明 3).
  /// The template prints nothing.
  func printed(_ path: FieldPath) -> String {
    guard !isTemplate else { return "" }
    if let value = value(path) {
      if field(path).kind == .date, let date = CalendarDate(parsing: value) { return date.chinese }
      return value
    }
    let field = field(path)
    if let fixed = field.default { return fixed }
    if let application, form.isNotNeeded(field, in: application) { return "" }
    return field.presence == .leaveBlank ? "" : wording.none
  }

  // MARK: Building blocks

  func heading(_ text: String, pageBreak: Bool = true) -> WordBlock {
    .paragraph(WordParagraph(style: WordStyle.heading, runs: [WordRun(text)], keepWithNext: true,
      pageBreakBefore: pageBreak))
  }

  func labelCell(
    _ text: String, span: Int = 1, verticalMerge: WordTableCell.VerticalMerge? = nil,
    style: String = WordStyle.tableLabel
  ) -> WordTableCell {
    WordTableCell(WordParagraph(text, style: style), span: span, verticalMerge: verticalMerge)
  }

  /// A value cell anchored to `path`, holding what the form prints for it; in the template,
  /// the field's hint in grey where `showHint`.
  func valueCell(
    _ path: FieldPath, span: Int = 1, showHint: Bool = false, style: String = WordStyle.tableText
  ) -> WordTableCell {
    var runs = [WordRun(printed(path))]
    if isTemplate, showHint, let hint = field(path).hint {
      runs = [WordRun("（\(hint)）", color: "7F7F7F")]
    }
    return WordTableCell(
      WordParagraph(style: style, runs: runs.filter { !$0.content.isEmpty },
        bookmarks: [FieldAnchor.name(for: path)]), span: span)
  }

  /// Paragraphs for a multi-line value, one per line, anchored to `path` on the first.
  func textParagraphs(_ path: FieldPath) -> [WordBlock] {
    let lines = printed(path).split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0).trimmingCharacters(in: .init(charactersIn: "\r")) }
    return lines.enumerated().map { index, line in
      .paragraph(WordParagraph(style: WordStyle.tableText, runs: line.isEmpty ? [] : [WordRun(line)],
        bookmarks: index == 0 ? [FieldAnchor.name(for: path)] : [], firstLineChars: 200))
    }
  }
}
