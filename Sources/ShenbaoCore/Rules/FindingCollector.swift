/// Collects the findings of every rule, rendering each message in the report's language and
/// keeping them in form order.
///
/// What it keeps is bounded whatever the draft: past ``repeatedBeyond`` findings of one problem
/// — one code, one message — on one field of a list (30 000 members with one ID number) are one
/// finding that says how many and names the first; past ``keptFindings`` the rest are only counted, and a report lists at
/// most ``listedFindings``, then says how many more there are.
public struct FindingCollector {
  /// Findings of one problem on one field of a list, past this many, are one finding.
  public static let repeatedBeyond = 10
  /// The most findings a report lists.
  public static let listedFindings = 1000
  /// The most findings kept while the rules run; past it they are counted.
  package static let keptFindings = 20_000
  /// How many paths a finding that stands for many keeps, and names in its message.
  package static let pathsKept = 10

  private let context: ValidationContext
  /// The language messages are rendered in.
  public let language: Language
  private let catalogue: MessageCatalogue
  private var collected: [(position: Int, sequence: Int, finding: Finding)] = []

  /// One problem — a code and its message, before the values fill it — on one field of a list
  /// (`members.idNumber`): a check digit and a birth date are two problems of one code.
  private struct Repetition: Hashable {
    var code: String
    var template: String
    var field: FieldPath
  }

  /// The findings of one repetition so far: how many, where the first are kept, their paths.
  private struct Repeated {
    var count = 0
    var kept: [Int] = []
    var paths: [FieldPath] = []
  }

  private var repeated: [Repetition: Repeated] = [:]
  /// Findings neither kept nor part of a repetition, by severity.
  private var uncounted: [Severity: Int] = [:]

  public init(context: ValidationContext, language: Language, catalogue: MessageCatalogue = .shared)
  {
    self.context = context
    self.language = language
    self.catalogue = catalogue
  }

  /// Adds one finding of `rule` at `path`.
  ///
  /// The message gets `{label}` (the field's label) unless the rule gives one. Expected and
  /// found values of ID-number fields are masked here, so no rule can leak a full number.
  public mutating func add<R: Rule>(
    _ rule: R, _ message: R.Message, at path: FieldPath, _ arguments: [String: String] = [:],
    expected: String? = nil, found: String? = nil
  ) {
    add(code: R.code, severity: R.severity, template: catalogue.template("rules.\(R.code).\(message.rawValue)", language),
      at: path, arguments, expected: expected, found: found)
  }

  /// Adds one finding of a relation the form declares, with its message `name`: the form's
  /// own, else the kind's from the catalogue.
  public mutating func add(
    _ relation: Relation, _ name: String, at path: FieldPath, _ arguments: [String: String],
    expected: String? = nil, found: String? = nil
  ) {
    let template = relation.messages[name]?.text(language)
      ?? catalogue.template("relations.\(relation.kindName).\(name)", language)
    var arguments = arguments
    arguments["basis"] = relation.basis ?? ""
    add(code: relation.code, severity: relation.severity, template: template, at: path, arguments,
      expected: expected, found: found)
  }

  /// Adds one finding whose message is `template` with its placeholders filled.
  public mutating func add(
    code: String, severity: Severity, template: String, at path: FieldPath, _ arguments: [String: String] = [:],
    expected: String? = nil, found: String? = nil
  ) {
    // In a list, a repetition past its bound is only counted: no message is made for it.
    let repetition = path.components.contains { if case .index = $0 { true } else { false } }
      ? Repetition(code: code, template: template, field: path.definitionPath) : nil
    if let repetition {
      var entry = repeated[repetition, default: Repeated()]
      entry.count += 1
      if entry.paths.count < Self.pathsKept { entry.paths.append(path) }
      let keep = entry.kept.count < Self.repeatedBeyond
      if keep { entry.kept.append(collected.count) }
      repeated[repetition] = entry
      guard keep else { return }
    } else if collected.count >= Self.keptFindings {
      uncounted[severity, default: 0] += 1
      return
    }
    let label = context.label(of: path)
    // A Word form's field is named where the form prints it (四、项目组成员信息 · 项目负责人 · 身份证
    // 号码): the message names it so, once, and no report says it again beside the message.
    let place = printedPlace(of: path, label: label)
    var arguments = arguments.mapValues(\.abridged)
    if arguments["label"] == nil { arguments["label"] = place ?? label ?? path.description }
    if arguments["path"] == nil { arguments["path"] = path.description }
    let isIDNumber = context.form.field(at: path.definitionPath)?.kind == .idNumber
    let mask = { (text: String?) in isIDNumber ? text.map(IDNumber.masked) : text }
    let location = context.application.source?.location(of: path)
    let finding = Finding(
      severity: severity, code: code, path: path.description,
      message: MessageCatalogue.fill(template, arguments),
      label: label, expected: mask(expected), found: mask(found), line: location?.line,
      column: location?.column, place: place)
    collected.append((context.position(of: path), collected.count, finding))
  }

  /// The findings so far, in form order (then in the order rules added them): a repetition past
  /// its bound as one finding, at most ``listedFindings``, then what is left out, counted.
  public var findings: [Finding] {
    var entries = collected
    var dropped = Set<Int>()
    for entry in repeated.values where entry.count > Self.repeatedBeyond {
      let first = entry.kept[0]
      entries[first].finding = standingFor(entry, first: collected[first].finding)
      dropped.formUnion(entry.kept.dropFirst())
    }
    let ordered = entries.indices.filter { !dropped.contains($0) }.map { entries[$0] }
      .sorted { ($0.position, $0.sequence) < ($1.position, $1.sequence) }.map(\.finding)
    var left = uncounted
    for finding in ordered.dropFirst(Self.listedFindings) { left[finding.severity, default: 0] += finding.weight }
    let omitted = [Severity.error, .warning].compactMap { severity -> Finding? in
      guard let count = left[severity], count > 0 else { return nil }
      let check = OmittedFindingsCheck(severity)
      return Finding(severity: severity, code: check.code, path: "",
        message: text(check.messageKey, ["count": String(count), "listed": String(Self.listedFindings)]), count: count)
    }
    return Array(ordered.prefix(Self.listedFindings)) + omitted
  }

  /// The one finding that stands for a repetition: the first's, saying how many there are and
  /// naming the first items of the list.
  private func standingFor(_ entry: Repeated, first: Finding) -> Finding {
    let rows = entry.paths.compactMap(itemLabel)
    var finding = first
    finding.message = text("report.repeated", ["message": first.message, "count": String(entry.count),
      "rows": rows.joined(separator: text("report.rowSeparator"))])
    finding.count = entry.count
    finding.paths = entry.paths.map(\.description)
    return finding
  }

  /// The label of the list item `path` is in (第3人), by its last index.
  private func itemLabel(_ path: FieldPath) -> String? {
    guard let last = path.components.lastIndex(where: { if case .index = $0 { true } else { false } }),
      case .index(let index) = path.components[last],
      let list = context.form.field(at: FieldPath(Array(path.components[..<last])))
    else { return nil }
    return list.itemLabel(at: index)
  }

  /// The placeholders of a message about a character that is not ASCII: `{character}`, the
  /// character described (`“K”（U+212A KELVIN SIGN）`), and `{position}`.
  public func arguments(for character: NonASCIICharacter) -> [String: String] {
    let key = character.glyph.isEmpty ? "character.invisible" : "character.visible"
    let described = text(key, ["glyph": character.glyph, "codePoint": character.codePoint, "name": character.name])
    return ["character": described, "position": String(character.position)]
  }

  /// `{rule}` of a message of `rule` that cites the form's filling rule of `role`: the rule's
  /// `rule` message with the instruction's number and first sentence, or nothing when the form
  /// has no such instruction.
  public func instructionReference<R: Rule>(
    _ rule: R, _ role: InstructionRole, in form: FormDefinition
  ) -> [String: String] {
    guard let instruction = form.instruction(role) else { return ["rule": ""] }
    let sentence = instruction.text.prefix { $0 != "。" } + "。"
    return ["rule": text("rules.\(R.code).rule", ["number": String(instruction.number), "rule": String(sentence)])]
  }

  /// Where a Word document prints the field at `path`: its part's heading, then its label's
  /// steps; `nil` for other drafts, whose findings have lines.
  private func printedPlace(of path: FieldPath, label: String?) -> String? {
    guard context.application.source?.format == .docx, let label, case .key(let top)? = path.components.first,
      let section = context.form.sections.first(where: { $0.fields.contains { $0.id == top } })
    else { return nil }
    var steps = label.components(separatedBy: " · ")
    // The label's first step is usually the part's own name (申报单位基本信息 of 一、申报单位基本信息);
    // a label the title merely ends with (绩效目标 of 三、项目实施方案和绩效目标) is a field of its own.
    let name = section.title.splitOnce(at: "、")?.after ?? section.title
    if let first = steps.first, first == name || first == section.title {
      steps[0] = section.title
    } else {
      steps.insert(section.title, at: 0)
    }
    return steps.joined(separator: " · ")
  }

  /// The catalogue text for `key`, for rules that compose a message from parts.
  public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalogue.text(key, language, arguments)
  }
}
