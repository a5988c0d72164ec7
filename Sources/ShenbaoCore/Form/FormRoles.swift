/// The few meanings that code beyond the rules needs, each naming a field of the form: bundle
/// metadata and names, the print checklist, the batch summary's columns and the checks across
/// applications use them. A form without a role loses that feature, and nothing else.
public struct FormRoles: Sendable, Hashable {
  /// The applicant's name (申报单位): bundle names, Source-Organization, the summary.
  public var applicantName: FieldReference?
  /// The project's name (项目名称).
  public var projectName: FieldReference?
  /// The applicant's unified social credit code.
  public var creditCode: FieldReference?
  /// The applicant's nature (单位性质), shown in the summary.
  public var applicantNature: FieldReference?
  /// The recommending department (推荐单位).
  public var recommender: FieldReference?
  /// The date of submission (申报日期): the bundle's time stamp.
  public var submissionDate: FieldReference?
  /// The list of every member of the project team.
  public var roster: FieldReference?
  /// The group describing the project leader.
  public var leader: FieldReference?
  /// The list of attachment files (category, path, title).
  public var attachments: FieldReference?
  /// The opinion-and-seal groups (text, date), in order.
  public var opinions: [FieldReference]
  /// The group of the applicant's contact person (name, mobile, e-mail).
  public var contact: FieldReference?
  /// The applicant's postal address and postcode.
  public var address: FieldReference?
  public var postcode: FieldReference?

  public init(
    applicantName: FieldReference? = nil, projectName: FieldReference? = nil, creditCode: FieldReference? = nil,
    applicantNature: FieldReference? = nil, recommender: FieldReference? = nil,
    submissionDate: FieldReference? = nil, roster: FieldReference? = nil, leader: FieldReference? = nil,
    attachments: FieldReference? = nil, opinions: [FieldReference] = [], contact: FieldReference? = nil,
    address: FieldReference? = nil, postcode: FieldReference? = nil
  ) {
    self.applicantName = applicantName
    self.projectName = projectName
    self.creditCode = creditCode
    self.applicantNature = applicantNature
    self.recommender = recommender
    self.submissionDate = submissionDate
    self.roster = roster
    self.leader = leader
    self.attachments = attachments
    self.opinions = opinions
    self.contact = contact
    self.address = address
    self.postcode = postcode
  }

  /// Every role's name in the vocabulary, with the kinds of field it may name.
  package static let kinds: [(name: String, kinds: Set<FieldKind>)] = [
    ("applicantName", [.text]), ("projectName", [.text]), ("creditCode", [.creditCode]),
    ("applicantNature", [.choice, .text]), ("recommender", [.recommender, .text]), ("submissionDate", [.date]),
    ("roster", [.list]), ("leader", [.group]), ("attachments", [.list]), ("opinions", [.group]),
    ("contact", [.group]), ("address", [.text]), ("postcode", [.postcode]),
  ]

  /// The role named `name` (`opinions` excepted), for reading and checking.
  package subscript(name: String) -> FieldReference? {
    get {
      switch name {
      case "applicantName": applicantName
      case "projectName": projectName
      case "creditCode": creditCode
      case "applicantNature": applicantNature
      case "recommender": recommender
      case "submissionDate": submissionDate
      case "roster": roster
      case "leader": leader
      case "attachments": attachments
      case "contact": contact
      case "address": address
      case "postcode": postcode
      default: nil
      }
    }
    set {
      switch name {
      case "applicantName": applicantName = newValue
      case "projectName": projectName = newValue
      case "creditCode": creditCode = newValue
      case "applicantNature": applicantNature = newValue
      case "recommender": recommender = newValue
      case "submissionDate": submissionDate = newValue
      case "roster": roster = newValue
      case "leader": leader = newValue
      case "attachments": attachments = newValue
      case "contact": contact = newValue
      case "address": address = newValue
      case "postcode": postcode = newValue
      default: break
      }
    }
  }
}
