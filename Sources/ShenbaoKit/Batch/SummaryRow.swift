/// One application (or one received bundle) in a summary.
public struct SummaryRow: Sendable, Codable, Hashable {
  /// What became of it.
  public enum Status: String, Sendable, Codable, CaseIterable {
    /// Valid, and packaged into a bundle.
    case packaged
    /// Has errors: not packaged.
    case refused
    /// Could not be read at all.
    case unreadable
    /// Valid, but the bundle could not be written.
    case failed
    /// Not reached before the run was interrupted.
    case interrupted
    /// A received bundle that verified.
    case verified
    /// A received bundle that failed verification.
    case rejected
  }

  /// The input, relative to the folder it was found in.
  public var file: String
  /// The id of the form it was read and checked by.
  public var form: String?
  public var unit: String?
  public var creditCode: String?
  public var nature: String?
  public var recommender: String?
  public var projectName: String?
  /// The project leader's name and ID number (masked).
  public var leader: String?
  public var leaderID: String?
  /// The applicant's contact telephone: the contact person's mobile, else their landline.
  public var phone: String?
  public var errors: Int
  public var warnings: Int
  public var status: Status
  /// Why it could not be read or packaged.
  public var reason: String?
  /// The bundle's file name in the output folder, and its SHA-256.
  public var bundle: String?
  public var sha256: String?
  public var findings: [Finding]
  /// What the checks across applications say of this one (a member or attachment shared with
  /// another application, a credit code used twice), each also counted in its warnings.
  public var across: [String] = []

  public init(file: String, status: Status) {
    self.file = file
    self.errors = 0
    self.warnings = 0
    self.status = status
    self.findings = []
  }

  /// A row describing `application`, read through `form`'s roles, with `report`'s counts and
  /// findings.
  public init(
    file: String, application: Application?, form: FormDefinition?, report: ValidationReport?, status: Status
  ) {
    self.init(file: file, status: status)
    self.form = form?.id
    if let application, let form {
      unit = form.text(of: \.applicantName, in: application)
      creditCode = form.text(of: \.creditCode, in: application)
      nature = form.text(of: \.applicantNature, in: application)
      recommender = form.text(of: \.recommender, in: application)
      projectName = form.text(of: \.projectName, in: application)
      leader = form.text(of: \.leader, child: "name", kind: .text, in: application)
      leaderID = form.text(of: \.leader, child: "idNumber", kind: .idNumber, in: application).map(IDNumber.masked)
      phone = form.text(of: \.contact, child: "mobile", kind: .mobile, in: application)
        ?? form.text(of: \.contact, child: "phone", kind: .landline, in: application)
    }
    if let report {
      errors = report.errors
      warnings = report.warnings
      findings = report.findings
    }
  }
}

/// Everything a run over many applications or bundles found.
public struct BatchSummary: Sendable, Codable, Hashable {
  public var rows: [SummaryRow]
  /// What only shows across applications: shared team members, shared attachments, a credit
  /// code used twice.
  public var crossFindings: [CrossFinding]
  /// `true` when the run was interrupted before every row was done.
  public var interrupted: Bool

  /// The rows grouped by recommending department (in the order the departments first appear,
  /// those naming none last), each with the cross-findings that concern it counted and said on
  /// it too.
  public init(rows: [SummaryRow], crossFindings: [CrossFinding] = [], interrupted: Bool = false) {
    var rows = Self.grouped(rows)
    let index = Dictionary(rows.indices.map { (rows[$0].file, $0) }) { first, _ in first }
    for finding in crossFindings {
      for file in Set(finding.applications) {
        guard let row = index[file] else { continue }
        rows[row].across.append(finding.message)
        if finding.severity == .error { rows[row].errors += 1 } else { rows[row].warnings += 1 }
      }
    }
    self.rows = rows
    self.crossFindings = crossFindings
    self.interrupted = interrupted
  }

  /// The department a row is grouped under: `nil` when it names none.
  static func groupKey(_ row: SummaryRow) -> String? {
    row.recommender.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// `rows` reordered so the rows of each department are together, keeping their order within.
  static func grouped(_ rows: [SummaryRow]) -> [SummaryRow] {
    var order: [String?] = []
    var members: [String?: [SummaryRow]] = [:]
    for row in rows {
      let key = groupKey(row)
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(row)
    }
    let named = order.filter { $0 != nil } + (members[nil] == nil ? [] : [nil])
    return named.flatMap { members[$0] ?? [] }
  }

  /// The rows by recommending department, in their order; empty when no row names one (the
  /// form has no such role), so a summary without departments shows no groups.
  public var groups: [(recommender: String?, rows: [SummaryRow])] {
    guard rows.contains(where: { $0.recommender != nil }) else { return [] }
    var result: [(recommender: String?, rows: [SummaryRow])] = []
    for row in rows {
      let key = Self.groupKey(row)
      if let last = result.indices.last, result[last].recommender == key {
        result[last].rows.append(row)
      } else {
        result.append((key, [row]))
      }
    }
    return result
  }

  /// How many rows have each status.
  public func count(_ status: SummaryRow.Status) -> Int {
    rows.filter { $0.status == status }.count
  }

  /// `true` when every row packaged or verified.
  public var allGood: Bool {
    rows.allSatisfy { $0.status == .packaged || $0.status == .verified }
  }
}
