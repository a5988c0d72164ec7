import ShenbaoCore

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
  /// The applicant's contact person, and their telephone: their mobile, else their landline.
  public var contact: String?
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
  /// The same, one entry per kind: how many of it concern this row, and the other rows involved.
  public var acrossKinds: [AcrossKind] = []

  /// The checks across applications of one kind that concern a row.
  public struct AcrossKind: Sendable, Codable, Hashable {
    /// The finding code (`batch-shared-member` …).
    public var code: String
    public var count: Int
    /// The 序号 of the other rows concerned, in order.
    public var rows: [Int]
  }

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
      // A department named by an alias (上海市教育委员会) is grouped under the guide's name (市教委).
      recommender = form.text(of: \.recommender, in: application).map { form.recommenders.matching($0)?.name ?? $0 }
      projectName = form.text(of: \.projectName, in: application)
      leader = form.text(of: \.leader, child: "name", kind: .text, in: application)
      leaderID = form.text(of: \.leader, child: "idNumber", kind: .idNumber, in: application).map(IDNumber.masked)
      contact = form.text(of: \.contact, child: "name", kind: .text, in: application)
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
      let concerned = Set(finding.applications.compactMap { index[$0] })
      for row in concerned.sorted() {
        rows[row].across.append(finding.message)
        if finding.severity == .error { rows[row].errors += 1 } else { rows[row].warnings += 1 }
        let others = concerned.filter { $0 != row }.map { $0 + 1 }
        if let kind = rows[row].acrossKinds.firstIndex(where: { $0.code == finding.code }) {
          rows[row].acrossKinds[kind].count += 1
          rows[row].acrossKinds[kind].rows = Array(Set(rows[row].acrossKinds[kind].rows).union(others)).sorted()
        } else {
          rows[row].acrossKinds.append(SummaryRow.AcrossKind(code: finding.code, count: 1, rows: others.sorted()))
        }
      }
    }
    self.rows = rows
    self.crossFindings = crossFindings
    self.interrupted = interrupted
  }

  /// The department a row is grouped under.
  public enum Department: Sendable, Hashable {
    /// The recommending department it names.
    case named(String)
    /// Read, but naming none.
    case blank
    /// Nothing could be read of it.
    case unread
  }

  /// A department's rows.
  public struct Group: Sendable {
    public var department: Department
    public var rows: [SummaryRow]
  }

  package static func department(_ row: SummaryRow) -> Department {
    if let name = row.recommender, !name.isEmpty { return .named(name) }
    return row.form == nil ? .unread : .blank
  }

  /// `rows` reordered so the rows of each department are together, in the order the
  /// departments first appear, then those naming none, then those not read; the order within
  /// each is kept.
  package static func grouped(_ rows: [SummaryRow]) -> [SummaryRow] {
    var order: [Department] = []
    var members: [Department: [SummaryRow]] = [:]
    for row in rows {
      let department = department(row)
      if members[department] == nil { order.append(department) }
      members[department, default: []].append(row)
    }
    let named = order.filter { if case .named = $0 { true } else { false } }
    return (named + [.blank, .unread]).flatMap { members[$0] ?? [] }
  }

  /// The rows by recommending department, in their order; empty when no row names one (the
  /// form has no such role), so a summary without departments shows no groups.
  public var groups: [Group] {
    guard rows.contains(where: { $0.recommender != nil }) else { return [] }
    var result: [Group] = []
    for row in rows {
      let department = Self.department(row)
      if let last = result.indices.last, result[last].department == department {
        result[last].rows.append(row)
      } else {
        result.append(Group(department: department, rows: [row]))
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
