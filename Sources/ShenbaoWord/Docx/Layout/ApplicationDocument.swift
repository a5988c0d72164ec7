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
    // The cover and the filling rules are pages of their own: what follows them starts a page.
    var pageEnds = false
    for section in form.sections {
      let items = section.layout?.map(\.block) ?? DefaultLayout.blocks(for: section)
      var content: [WordBlock] = []
      for block in items {
        let made = blocks(block, in: section)
        // Two tables in a row would merge into one: a paragraph keeps them apart.
        if case .table? = content.last, case .table? = made.first { content.append(.paragraph(WordParagraph())) }
        content += made
      }
      // A section that prints nothing (no attachments to list) is left out.
      guard !content.isEmpty else { continue }
      // A section opening on landscape pages ends the portrait ones before its heading.
      var opensSection = body.last?.endsSection ?? false
      if let first = content.first, first.endsSection {
        if !body.isEmpty { body.append(first) }
        content.removeFirst()
        opensSection = true
      }
      let pageBreak = !body.isEmpty && !opensSection && (section.newPage || pageEnds)
      switch items.first {
      case .cover?:
        break  // A cover is its own heading.
      case .attachmentList?:
        body.append(heading(wording.attachmentsTitle, pageBreak: pageBreak))
      default:
        body.append(heading(section.title, pageBreak: pageBreak))
      }
      body += content
      pageEnds = items.contains { if case .cover = $0 { true } else if case .instructions = $0 { true } else { false } }
    }
    let footer = WordParagraph(style: WordStyle.footer, alignment: .center, runs: pageNumberRuns())
    return WordDocument(body: body, footer: [footer], properties: properties(), leadingSheet: templateNotes())
  }

  /// The Word blocks of one layout block of `section`.
  package func blocks(_ block: LayoutBlock, in section: FormSection) -> [WordBlock] {
    switch block {
    case .cover(let number, let lines): coverPage(number: number?.path, lines: lines.map(\.path))
    case .instructions: instructionsPage()
    case .grid(let rows): [.table(grid(rows))]
    case .box(let field, let labelled, let height): [.table(box(field.path, labelled: labelled, height: height))]
    case .targets(let group): targetsTable(group.path)
    case .table(let group, let columns, let total):
      [.table(fixedTable(group.path, columns: columns, total: total?.path, headings: [section.title]))]
    case .person(let group, let rows): [.table(personTable(group.path, rows: rows))]
    case .roster(let list, let wide, let landscape):
      landscaped(rosterTable(list.path, wide: Set(wide), landscape: landscape))
    case .opinion(let group): opinionBlocks(group.path)
    case .attachmentList: attachmentsList()
    }
  }

  /// A table as it is printed: on the body's pages, or between two section ends on landscape ones.
  private func landscaped(_ placed: (table: WordTable, landscape: Bool)) -> [WordBlock] {
    guard placed.landscape else { return [.table(placed.table)] }
    let page = PageLayout.a4Official
    return [sectionEnd(page), .table(placed.table), sectionEnd(page.landscape)]
  }

  private func sectionEnd(_ page: PageLayout) -> WordBlock {
    .paragraph(WordParagraph(style: WordStyle.tableText, endsSection: page))
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
  package func printed(_ path: FieldPath, headings: [String] = []) -> String {
    guard !isTemplate else { return "" }
    let field = field(path)
    if let value = value(path) { return shown(value, of: field, headings: [field.label] + headings) }
    if let fixed = field.default { return fixed }
    if let application, form.isNotNeeded(field, in: application) { return "" }
    return field.presence == .leaveBlank ? "" : wording.none
  }

  /// A value in the one spelling the form prints, whichever way it was written: a date as
  /// 2021年5月20日, a listed choice as its option (公益二类 → 公益2类事业单位), a mobile or an
  /// account number as its digits (138 1620 4417 → 13816204417), a number with its unit unless
  /// one of `headings` over it says the unit (金额（万元）).
  package func shown(_ value: String, of field: FieldDefinition, headings: [String]) -> String {
    switch field.kind {
    case .date: return CalendarDate(parsing: value)?.chinese ?? value
    case .choice: return field.option(matching: value)?.value ?? value
    case .mobile:
      guard ContactFormats.mobileProblem(value) == nil else { return value }
      return ContactFormats.digitsIgnoringSeparators(value, allowingPlus: true) ?? value
    case .bankAccount:
      guard ContactFormats.bankAccountProblem(value) == nil else { return value }
      return ContactFormats.digitsIgnoringSeparators(value) ?? value
    case .number:
      let unit = field.unit ?? ""
      guard let number = DeclaredNumber.parse(value, unit: unit) else { return value }
      let stated = unit.isEmpty || headings.contains { $0.contains("（\(unit)）") || $0.contains("(\(unit))") }
      return DeclaredNumber.format(number) + (stated ? "" : unit)
    default: return value
    }
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
    // An e-mail address too wide for its cell breaks before its @ or after a dot, not mid-name;
    // a short text after a slash or a comma (副主任/ 研究员), not mid-word.
    let kind = field(path).kind
    if let width, kind == .email || (kind == .text && !field(path).multiline) {
      let size = style == WordStyle.compactText ? WordStyle.compactTextSize : WordStyle.tableTextSize
      text = ColumnWidths.fitted(text, width: width, halfPoints: size, breaks: kind == .email ? .address : .label)
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
