/// Paths the draft contract fixes (DESIGN.md), used by the rules that compare one part of the
/// form with another. The form definition gives every one of them its label.
enum DraftPaths {
  static let coverApplicant: FieldPath = "cover.applicant"
  static let coverProjectName: FieldPath = "cover.projectName"
  static let coverRecommender: FieldPath = "cover.recommender"
  static let unitAddress: FieldPath = "unit.address"
  static let unitPostcode: FieldPath = "unit.postcode"
  static let unitCreditCode: FieldPath = "unit.creditCode"
  static let unitContact: FieldPath = "unit.contact"
  static let unitName: FieldPath = "unit.name"
  static let unitProjectLeader: FieldPath = "unit.projectLeader"
  static let leader: FieldPath = "leader"
  static let members: FieldPath = "members"
  static let applicantOpinionDate: FieldPath = "opinions.applicant.date"
  static let recommenderOpinionDate: FieldPath = "opinions.recommender.date"
  /// The fields part 四's leader shares with 申报单位基本信息's 项目负责人.
  static let sharedLeaderFields = ["name", "idNumber", "mobile", "email"]
  static let attachments: FieldPath = "attachments"
  static let attachmentPath = "path"
  static let attachmentCategory = "category"
  static let attachmentTitle = "title"
  static let idNumber = "idNumber"
  static let name = "name"
}
