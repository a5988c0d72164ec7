import ShenbaoKit

/// What the form page shows, made from the form definition alone: its sections, and in each
/// the fields with their labels, hints, kinds, choices, units and limits. Lists are shown as
/// rows the person adds and removes; the page's script fills them from the saved draft.
struct FormPage {
  struct Option {
    var value: String
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
    var required: Bool
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
    var isLine: Bool
    var hasOptions: Bool
    var itemLabel: String
    var fields: [Field]
    var anchor: String

    init(_ field: FieldDefinition, path: String, form: FormDefinition) {
      self.path = path
      label = field.label
      hint = field.hint ?? ""
      hasHint = !hint.isEmpty
      required = field.presence == .required
      kind = field.kind.rawValue
      limit = field.maxCharacters ?? 0
      hasLimit = field.maxCharacters != nil
      unit = field.unit ?? ""
      hasUnit = !unit.isEmpty
      defaultText = field.default ?? ""
      hasDefault = !defaultText.isEmpty
      let choices: [String] = switch field.kind {
      case .choice: (field.options ?? []).map(\.value)
      case .recommender: form.recommenders.map(\.name)
      case .attachmentCategory: form.attachments.categories.map(\.id)
      default: []
      }
      options = choices.map(Option.init)
      isChoice = field.kind == .choice && !field.open || field.kind == .attachmentCategory
      isMultiline = field.multiline || (field.maxCharacters ?? 0) > 200
      inputType = switch field.kind {
      case .date: "date"
      case .mobile, .landline: "tel"
      case .email: "email"
      default: "text"
      }
      isGroup = field.kind == .group
      isList = field.kind == .list
      isLine = !isGroup && !isList && !isChoice && !isMultiline
      hasOptions = !options.isEmpty
      itemLabel = field.itemLabel ?? "{n}"
      anchor = "f-" + path.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
      let childPrefix = field.kind == .list ? "\(path)[#]." : "\(path)."
      fields = (field.fields ?? []).map { Field($0, path: childPrefix + $0.id, form: form) }
    }
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

  init(_ form: FormDefinition, text: [String: String], lang: String) {
    self.lang = lang
    pageTitle = "\(form.title) \(form.year)"
    formID = form.id
    title = form.title
    year = form.year
    sections = form.sections.map { section in
      Section(id: section.id, title: section.title,
        fields: section.fields.map { FormPage.Field($0, path: $0.id, form: form) })
    }
    self.text = text
  }
}
