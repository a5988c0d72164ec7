import ShenbaoCore

/// What the form page shows, made from the form definition alone: its sections, and in each
/// the fields with their labels, hints, kinds, choices, units and limits. Lists are shown as
/// rows the person adds and removes; the page's script fills them from the saved draft.
struct FormPage {
  /// A choice: its value, shown with the other names the checks accept for it.
  struct Option {
    var value: String
    var label: String
  }

  /// An attachment category, with its own place to drop files.
  struct Category {
    var id: String
    var label: String
    var hint: String
    var hasHint: Bool
    var required: Bool
  }

  /// One field, at its path in the draft (`unit.name`; `members[#].name` in a list's row, the
  /// script putting the row's number for `#`).
  /// Every value is stored and present (empty, with a flag saying so): a template looks a
  /// missing name up in the enclosing field, and would show a group's hint on each of its fields.
  struct Field {
    var path: String
    var label: String
    var hint: String
    var hasHint: Bool
    /// Always to be filled (the red star); or only as another field says (开户银行, unless the unit
    /// is 公益1类), which the page marks apart and the checks as typed decide.
    var required: Bool
    var conditional: Bool
    var kind: String
    var limit: Int
    var hasLimit: Bool
    var unit: String
    var hasUnit: Bool
    var defaultText: String
    var hasDefault: Bool
    var options: [Option]
    /// The input's type for a one-line field: text, date, tel, email, number.
    var inputType: String
    // Flags, stored: templates see stored properties only.
    var isGroup: Bool
    var isList: Bool
    var isChoice: Bool
    var isMultiline: Bool
    /// The lines a box shows: room for its limit (a 1000-字 box shows its text), else a few.
    var rows: Int
    var isLine: Bool
    var hasOptions: Bool
    /// The list of attachment files (the form's `attachments` role): shown as a place per
    /// category to drop files in, rather than as rows.
    var isAttachments: Bool
    var categories: [Category]
    var categoryKey: String
    var pathKey: String
    var titleKey: String
    var folder: String
    var maxFileBytes: Int
    /// For the total of a table (budget lines and their 合计): the paths of the lines it adds up,
    /// which the page sums as they are typed.
    var sumOf: String
    var hasSum: Bool
    var itemLabel: String
    var fields: [Field]
    var anchor: String

    init(
      _ field: FieldDefinition, path: String, form: FormDefinition, totals: [String: [String]] = [:],
      tall: Set<String> = [], language: Language = .zh
    ) {
      self.path = path
      sumOf = (totals[path] ?? []).joined(separator: " ")
      hasSum = totals[path] != nil
      label = field.label
      hint = field.hint ?? ""
      hasHint = !hint.isEmpty
      required = field.presence == .required && field.notNeededWhen == nil
      conditional = (field.presence == .required && field.notNeededWhen != nil) || field.requiredWhen != nil
      kind = field.kind.rawValue
      limit = field.maxCharacters ?? 0
      hasLimit = field.maxCharacters != nil
      unit = field.unit ?? ""
      hasUnit = !unit.isEmpty
      let catalogue = MessageCatalogue.shared
      defaultText = field.default ?? (field.kind == .date ? catalogue.text("web.datePlaceholder", language) : "")
      hasDefault = !defaultText.isEmpty
      let choices: [(value: String, aliases: [String])] = switch field.kind {
      case .choice: (field.options ?? []).map { ($0.value, $0.aliases ?? []) }
      case .recommender: form.recommenders.map { ($0.name, [$0.fullName] + ($0.aliases ?? [])) }
      case .attachmentCategory: form.attachments.categories.map { ($0.id, [$0.label]) }
      default: []
      }
      options = choices.map { choice in
        let others = choice.aliases.filter { !$0.isEmpty && $0 != choice.value }
        return Option(value: choice.value, label: others.isEmpty ? choice.value : catalogue.text("web.optionWithAliases",
          language, ["value": choice.value, "aliases": others.joined(separator: catalogue.text("web.aliasSeparator", language))]))
      }
      isChoice = field.kind == .choice && !field.open || field.kind == .attachmentCategory
      // A text the printed form gives a tall row (单位主营业务范围) is a box here too.
      isMultiline = field.multiline || (field.maxCharacters ?? 0) > 200 || (field.kind == .text && tall.contains(path))
      rows = field.maxCharacters.map { min(24, max(3, $0 / Self.charactersPerRow + 1)) } ?? (field.multiline ? 8 : 3)
      inputType = switch field.kind {
      // A date is typed as its hint says (2021-05-20 or 2021年5月20日), not in the browser's
      // own date picker, which shows the system's language and order.
      case .date: "text"
      case .mobile, .landline: "tel"
      case .email: "email"
      default: "text"
      }
      let attachments = form.attachmentFields.flatMap { $0.list.description == path ? $0 : nil }
      isAttachments = attachments != nil
      categories = attachments == nil ? [] : form.attachments.categories.map {
        Category(id: $0.id, label: $0.label, hint: $0.hint ?? "", hasHint: $0.hint != nil, required: $0.required)
      }
      categoryKey = attachments?.category ?? ""
      pathKey = attachments?.path ?? ""
      titleKey = attachments?.title ?? ""
      folder = form.bundle.attachments
      maxFileBytes = form.attachments.maxFileBytes
      isGroup = field.kind == .group
      isList = field.kind == .list && attachments == nil
      isLine = !isGroup && !isList && !isChoice && !isMultiline && !isAttachments
      hasOptions = !options.isEmpty
      itemLabel = field.itemLabel ?? "{n}"
      anchor = "f-" + path.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
      let childPrefix = field.kind == .list ? "\(path)[#]." : "\(path)."
      fields = (field.fields ?? []).map {
        Field($0, path: childPrefix + $0.id, form: form, totals: totals, tall: tall, language: language)
      }
    }

    /// About as many characters as a box's line holds on the page.
    static let charactersPerRow = 45
  }

  struct Section {
    var id: String
    var title: String
    var fields: [Field]
  }

  var lang: String
  var pageTitle: String
  var formID: String
  var title: String
  var year: Int
  var sections: [Section]
  var text: [String: String]

  /// Each table total of `section` (by its path) with the paths of the lines it adds up: the
  /// table's other number fields.
  static func totals(_ section: FormSection, _ form: FormDefinition) -> [String: [String]] {
    var totals: [String: [String]] = [:]
    for case .table(let group, _, let total?) in section.layout?.map(\.block) ?? [] {
      let lines = (form.field(at: group.path)?.fields ?? []).filter { $0.kind == .number }
        .map { group.path.appending($0.id).description }.filter { $0 != total.path.description }
      totals[total.path.description] = lines
    }
    return totals
  }

  /// The fields of `section` the printed layout gives a tall row of a grid (by their paths).
  static func tall(_ section: FormSection) -> Set<String> {
    var tall = Set<String>()
    for case .grid(let rows) in section.layout?.map(\.block) ?? [] {
      for case .field(let reference, let height?) in rows where height >= 1000 { tall.insert(reference.path.description) }
    }
    return tall
  }

  init(_ form: FormDefinition, text: [String: String], lang: String, language: Language) {
    self.lang = lang
    pageTitle = "\(form.title) \(form.year)"
    formID = form.id
    title = form.title
    year = form.year
    sections = form.sections.map { section in
      Section(id: section.id, title: section.title,
        fields: section.fields.map {
          FormPage.Field($0, path: $0.id, form: form, totals: Self.totals(section, form), tall: Self.tall(section),
            language: language)
        })
    }
    self.text = text
  }
}
