import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Lays out an application form as a Word document: each section of the form as the blocks its
/// layout declares (or its fields' kinds suggest), under its title.
///
/// With an application it is the filled form; without, the blank template to fill in Word or
/// WPS. Every value cell carries its field's anchor (``FieldAnchor``) either way, and every
/// roster's column heading its column's, so a filled form can be read back field by field.
public struct ApplicationDocument: Sendable {
  public let form: FormDefinition
  /// The application to print, or `nil` for the blank template.
  public let application: Application?
  /// Blank rows the template's rosters offer.
  public var templateRosterRows = 8

  public init(form: FormDefinition, application: Application?) {
    self.form = form
    self.application = application
  }

  package var isTemplate: Bool { application == nil }
  package var wording: FormWording { form.wording }
  package var textWidth: Int { PageLayout.a4Official.textWidth }

  /// The whole document.
  public func document() -> WordDocument {
    var body: [WordBlock] = []
    for section in form.sections {
      let items = section.layout?.map(\.block) ?? DefaultLayout.blocks(for: section)
      var content: [WordBlock] = []
      for block in items {
        let made = blocks(block)
        // Two tables in a row would merge into one: a paragraph keeps them apart.
        if case .table? = content.last, case .table? = made.first { content.append(.paragraph(WordParagraph())) }
        content += made
      }
      // A section that prints nothing (no attachments to list) is left out.
      guard !content.isEmpty else { continue }
      switch items.first {
      case .cover?:
        break  // A cover is its own heading.
      case .attachmentList?:
        body.append(heading(wording.attachmentsTitle, pageBreak: !body.isEmpty))
      default:
        body.append(heading(section.title, pageBreak: !body.isEmpty))
      }
      body += content
    }
    let footer = WordParagraph(style: WordStyle.footer, alignment: .center, runs: pageNumberRuns())
    return WordDocument(body: body, footer: [footer], properties: properties(), leadingSheet: templateNotes())
  }

  /// The Word blocks of one layout block.
  package func blocks(_ block: LayoutBlock) -> [WordBlock] {
    switch block {
    case .cover(let number, let lines): coverPage(number: number?.path, lines: lines.map(\.path))
    case .instructions: instructionsPage()
    case .grid(let rows): [.table(grid(rows))]
    case .box(let field, let labelled, let height): [.table(box(field.path, labelled: labelled, height: height))]
    case .targets(let group): targetsTable(group.path)
    case .table(let group, let columns, let total): [.table(fixedTable(group.path, columns: columns, total: total?.path))]
    case .person(let group, let rows): [.table(personTable(group.path, rows: rows))]
    case .roster(let list, let wide): [.table(rosterTable(list.path, wide: Set(wide)))]
    case .opinion(let group): opinionBlocks(group.path)
    case .attachmentList: attachmentsList()
    }
  }

  private func pageNumberRuns() -> [WordRun] {
    let parts = wording.pageNumber.pieces(separatedBy: "{page}")
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
    let project = form.text(of: \.projectName, in: application)
    let applicant = form.text(of: \.applicantName, in: application)
    return DocumentProperties(
      title: project.map { "\(form.title)：\($0)" } ?? form.title, subject: form.guide,
      creator: applicant ?? "shenbao", keywords: form.id, formID: form.id, formDigest: form.source.sha256,
      timestamp: SubmissionTimestamp.of(application, form: form))
  }

  // MARK: Values

  /// The definition of the field at `path`; the form's checks have made sure the layout names
  /// only fields the form has, so a miss prints as an empty text field.
  package func field(_ path: FieldPath) -> FieldDefinition {
    form.field(at: path) ?? FieldDefinition(id: path.lastKey ?? "", label: "", kind: .text)
  }

  /// The label as printed.
  package func label(_ path: FieldPath) -> String {
    field(path).shownLabel
  }

  /// The value as written, trimmed; `nil` in the template or where the draft has no text.
  package func value(_ path: FieldPath) -> String? {
    guard let text = application?.text(at: path), !text.isEmpty else { return nil }
    return text
  }

  /// What the filled form prints for a field: its value; else its fixed wording; else nothing
  /// for a field to leave blank or not needed (公益1类's bank details) or optional; else "无"
  /// (填报说明 3). The template prints nothing.
  package func printed(_ path: FieldPath) -> String {
    guard !isTemplate else { return "" }
    let field = field(path)
    if let value = value(path) {
      if field.kind == .date, let date = CalendarDate(parsing: value) { return date.chinese }
      return value
    }
    if let fixed = field.default { return fixed }
    if let application, form.isNotNeeded(field, in: application) { return "" }
    return field.presence == .leaveBlank ? "" : wording.none
  }

  // MARK: Building blocks

  package func heading(_ text: String, pageBreak: Bool = true) -> WordBlock {
    .paragraph(WordParagraph(style: WordStyle.heading, runs: [WordRun(text)], keepWithNext: true,
      pageBreakBefore: pageBreak))
  }

  package func labelCell(
    _ text: String, span: Int = 1, verticalMerge: WordTableCell.VerticalMerge? = nil,
    style: String = WordStyle.tableLabel, bookmarks: [String] = []
  ) -> WordTableCell {
    WordTableCell(WordParagraph(text, style: style, bookmarks: bookmarks), span: span, verticalMerge: verticalMerge)
  }

  /// A value cell anchored to `path`, holding what the form prints for it; in the template,
  /// the field's hint in grey where `showHint`.
  package func valueCell(
    _ path: FieldPath, span: Int = 1, showHint: Bool = false, style: String = WordStyle.tableText, width: Int? = nil
  ) -> WordTableCell {
    // In the template the hint is a placeholder, which typing replaces.
    let hint = isTemplate && showHint ? field(path).hint.map { "（\($0)）" } : nil
    var text = printed(path)
    // An e-mail address too wide for its cell breaks before its @ or after a dot, not mid-name.
    if let width, field(path).kind == .email {
      let size = style == WordStyle.compactText ? WordStyle.compactTextSize : WordStyle.tableTextSize
      text = ColumnWidths.fitted(text, width: width, halfPoints: size, breaks: .address)
    }
    let runs = hint == nil ? [WordRun(text)].filter { !$0.content.isEmpty } : []
    return WordTableCell(
      WordParagraph(style: style, runs: runs, bookmarks: [FieldAnchor.name(for: path)], placeholder: hint), span: span)
  }

  /// Paragraphs for a multi-line value, one per line, anchored to `path` on the first.
  package func textParagraphs(_ path: FieldPath, text: String? = nil) -> [WordBlock] {
    let lines = (text ?? printed(path)).split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0).trimming(["\r"]) }
    return lines.enumerated().map { index, line in
      .paragraph(WordParagraph(style: WordStyle.tableText, runs: line.isEmpty ? [] : [WordRun(line)],
        bookmarks: index == 0 ? [FieldAnchor.name(for: path)] : [], firstLineChars: 200))
    }
  }
}
