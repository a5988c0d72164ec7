import FoundationEssentials

/// A call's application form as data: its sections and fields with their rules, the relations
/// between fields, the roles some fields play, the printed layout, the filling rules, eligible
/// recommending departments, attachment categories, contacts and printing rules.
///
/// Loaded from `forms/<id>/form.yaml`; next year's call is a new folder, not new code.
public struct FormDefinition: Sendable, Hashable {
  /// The stable id a draft names in its `form` key.
  public var id: String
  /// The form's title (申报书).
  public var title: String
  /// The guide the form belongs to (申报指南).
  public var guide: String
  public var year: Int
  /// The period the performance targets cover.
  public var performancePeriod: String?
  /// The filling rules (填报说明), in order.
  public var instructions: [Instruction]
  /// The departments that may recommend an application; none for a call without 推荐单位.
  public var recommenders: [Recommender]
  public var contacts: CallContacts?
  public var services: [ServiceLine]
  public var printing: PrintingRules
  /// Words printed on the form besides the field labels.
  public var wording: FormWording
  /// The names of a submission bundle's folder and files.
  public var bundle: BundleNaming
  public var attachments: AttachmentRules
  /// The fields that play the roles other features need.
  public var roles: FormRoles
  /// The rules between fields.
  public var relations: [Relation]
  public var sections: [FormSection]
  /// The definition as it was read, and its SHA-256: what a bundle carries and a Word form
  /// records, so the exact definition a draft was checked against can be told.
  public var source: FormSource

  public init(
    id: String, title: String, guide: String, year: Int, performancePeriod: String? = nil,
    instructions: [Instruction] = [], recommenders: [Recommender] = [], contacts: CallContacts? = nil,
    services: [ServiceLine] = [], printing: PrintingRules, wording: FormWording, bundle: BundleNaming,
    attachments: AttachmentRules, roles: FormRoles = FormRoles(), relations: [Relation] = [],
    sections: [FormSection], source: FormSource
  ) {
    self.id = id
    self.title = title
    self.guide = guide
    self.year = year
    self.performancePeriod = performancePeriod
    self.instructions = instructions
    self.recommenders = recommenders
    self.contacts = contacts
    self.services = services
    self.printing = printing
    self.wording = wording
    self.bundle = bundle
    self.attachments = attachments
    self.roles = roles
    self.relations = relations
    self.sections = sections
    self.source = source
  }

  /// Every top-level field of the draft, in form order.
  public var topLevelFields: [FieldDefinition] {
    sections.flatMap(\.fields)
  }

  /// The definition of the field at `path` (list indices ignored), if the form has one.
  public func field(at path: FieldPath) -> FieldDefinition? {
    var keys = path.components.lazy.compactMap { component -> String? in
      if case .key(let key) = component { return key }
      return nil
    }.makeIterator()
    guard let first = keys.next() else { return nil }
    var found: FieldDefinition?
    for section in sections {
      if let match = section.fields.first(where: { $0.id == first }) {
        found = match
        break
      }
    }
    while let key = keys.next() {
      guard let next = found?.fields?.first(where: { $0.id == key }) else { return nil }
      found = next
    }
    return found
  }

  /// `true` when `field`'s condition (`notNeededWhen`) holds for `application`: the field need
  /// not be filled (a 公益1类事业单位's bank details).
  public func isNotNeeded(_ field: FieldDefinition, in application: Application) -> Bool {
    field.notNeededWhen?.holds(in: application, form: self) ?? false
  }

  /// `true` when `field` must be filled in `application`: required, or required because its
  /// condition (`requiredWhen`) holds.
  public func isRequired(_ field: FieldDefinition, in application: Application) -> Bool {
    field.presence == .required || (field.requiredWhen?.holds(in: application, form: self) ?? false)
  }

  /// The section that holds the top-level key `id`.
  public func section(holding id: String) -> FormSection? {
    sections.first { $0.fields.contains { $0.id == id } }
  }

  /// The filling rule about `role`, if the form has one.
  public func instruction(_ role: InstructionRole) -> Instruction? {
    instructions.first { $0.role == role }
  }

  public static func == (lhs: FormDefinition, rhs: FormDefinition) -> Bool {
    lhs.id == rhs.id && lhs.source.sha256 == rhs.source.sha256
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(source.sha256)
  }
}

/// A form definition's text as read, and its SHA-256.
public struct FormSource: Sendable, Hashable {
  /// The definition file's text.
  public var text: String
  /// The lower-case hex SHA-256 of the text's UTF-8 bytes.
  public var sha256: String
  /// The file it was read from; `nil` for a built-in form.
  public var file: String?

  public init(text: String, file: String? = nil) {
    self.text = text
    self.sha256 = StreamingSHA256.digest(of: Data(text.utf8))
    self.file = file
  }
}

/// One part of the form (封面, 一、申报单位基本信息 …).
public struct FormSection: Sendable, Hashable {
  public var id: String
  public var title: String
  /// The top-level draft fields printed in this part.
  public var fields: [FieldDefinition]
  /// The blocks it prints, in order; `nil` to lay the fields out by their kinds.
  public var layout: [LayoutItem]?
  /// Starts a new page when printed; other parts follow on from the one before. The cover and
  /// the filling rules are pages of their own either way.
  public var newPage: Bool

  public init(id: String, title: String, fields: [FieldDefinition], layout: [LayoutItem]? = nil, newPage: Bool = false) {
    self.id = id
    self.title = title
    self.fields = fields
    self.layout = layout
    self.newPage = newPage
  }
}

/// One numbered filling rule (填报说明).
public struct Instruction: Sendable, Hashable {
  public var number: Int
  /// What the rule is about, so checks can quote it without knowing its number.
  public var role: InstructionRole?
  public var text: String
}

/// The subjects of the filling rules that checks and documents quote.
public enum InstructionRole: String, Sendable, Codable, Hashable, CaseIterable {
  /// The applicant answers for the truth of its materials.
  case responsibility
  /// The cover's project number stays blank.
  case projectNumberBlank
  /// No field may be blank; "无" where there is nothing to say.
  case noBlankFields
  /// The attachment materials to prepare.
  case attachments
  /// Paper, printing, binding, copies, signature and seal.
  case printing
}

/// The call's contact for questions and the address materials go to.
public struct CallContacts: Sendable, Hashable {
  public var department: String
  public var people: [String]
  public var phone: String
  public var fax: String?
  public var email: String?
  public var address: String
}

/// A service line the guide names for one kind of business.
public struct ServiceLine: Sendable, Hashable {
  public var topic: String
  public var phone: String?
  public var address: String?
  public var website: String?
}

/// The words a printed form carries besides its field labels.
public struct FormWording: Sendable, Hashable {
  /// The heading of the filling rules page (填 报 说 明).
  public var instructionsTitle: String
  /// What follows a label on the cover (：).
  public var labelSuffix: String
  /// The corner cell of a grid's person sub-table (人员信息).
  public var personTable: String?
  /// The heading of a numbering column (序号).
  public var serialNumber: String
  /// The signature cell's label (签名).
  public var signature: String?
  /// The seal line under an opinion (单位签章：).
  public var seal: String
  /// The date line left for hand filling (年　月　日).
  public var blankDate: String
  /// What an empty field prints as (无, 填报说明 3).
  public var none: String
  /// The title of the targets table; `{period}` is the performance period.
  public var targetsTitle: String?
  /// The targets table's column headings.
  public var targetColumns: [String]?
  /// How a minimum is printed; `{minimum}` and `{unit}` are filled.
  public var minimum: String?
  /// The title of the attachment list.
  public var attachmentsTitle: String
  /// The attachment list's column headings.
  public var attachmentColumns: [String]
  /// In the template, the heading of the column naming each category's attachments folder,
  /// and the note that explains the folders.
  public var attachmentFolderColumn: String?
  public var attachmentFolderNote: String?
  /// The footer's page number; `{page}` is the page.
  public var pageNumber: String
  /// What applicants write to mean "nothing yet" (暂无, /, 略 …): in a field to fill, a warning.
  public var placeholders: [String] = []
}

/// The names of a submission bundle's top folder and payload files.
public struct BundleNaming: Sendable, Hashable {
  /// The top folder; `{applicant}` is the applicant's name.
  public var folder: String
  /// The filled form.
  public var document: String
  /// The normalised draft.
  public var draft: String
  /// The validation report, for people and for machines.
  public var reportText: String
  public var reportJSON: String
  /// The print and submission checklist.
  public var checklist: String
  /// The folder of the attachments.
  public var attachments: String
}

/// How the printed application is produced (填报说明 5).
public struct PrintingRules: Sendable, Hashable {
  public var paper: String
  public var sides: String
  public var binding: String
  public var copies: Int
  public var finishing: String
}
