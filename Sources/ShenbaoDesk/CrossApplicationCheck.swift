import FoundationEssentials
import ShenbaoCore

/// What a reviewer sees only across many applications. Each is a warning with a stable code;
/// its messages are in the catalogue under `batch.<code>`.
public enum CrossApplicationCheck: String, CatalogueCheck, Codable {
  case sharedMember = "batch-shared-member"
  case sharedAttachment = "batch-shared-attachment"
  case duplicateCreditCode = "batch-duplicate-credit-code"
  case duplicateBundle = "batch-duplicate-bundle"

  public static let catalogueSection = "batch"
  public var severity: Severity { .warning }
}

/// One finding across applications, naming the applications it concerns.
public struct CrossFinding: Sendable, Codable, Hashable {
  public var severity: Severity
  public var code: String
  public var message: String
  /// The applications concerned, by input file.
  public var applications: [String]
}

/// The facts of one application the cross-checks compare.
public struct CrossCheckInput: Sendable {
  public var file: String
  public var unit: String?
  public var creditCode: String?
  /// Team members' ID numbers (roster and leader) with their names.
  public var people: [(id: String, name: String)]
  /// Attachment SHA-256s with the file each was declared as.
  public var attachments: [(digest: String, path: String)]
  /// The SHA-256 of the bundle file it came in, when it came in one: the same bundle received
  /// twice (sent again, or saved under two names).
  public var bundleDigest: String?

  /// The facts of `application`, read through `form`'s roles: a form without a roster, a
  /// leader or a credit code simply gives none of them.
  public init(
    file: String, application: Application, form: FormDefinition, attachmentDigests: [(digest: String, path: String)]
  ) {
    self.file = file
    unit = form.text(of: \.applicantName, in: application)
    creditCode = form.text(of: \.creditCode, in: application)
    var people: [(String, String)] = []
    if let roster = form.roles.roster?.path, let idField = form.rosterIDField {
      let nameField = form.field(at: roster)?.fields?.first { $0.kind == .text }?.id
      for member in application.value(at: roster)?.items ?? [] {
        guard let id = member.record?[idField]?.trimmedText, !id.isEmpty, !id.isNoneMarker else { continue }
        people.append((id.uppercased(), nameField.flatMap { member.record?[$0]?.trimmedText } ?? ""))
      }
    }
    if let id = form.text(of: \.leader, child: "idNumber", kind: .idNumber, in: application) {
      people.append((id.uppercased(), form.text(of: \.leader, child: "name", kind: .text, in: application) ?? ""))
    }
    self.people = people
    attachments = attachmentDigests
  }
}

/// The cross-application checks.
public enum CrossApplicationChecks {
  /// How many applications a message names before it says how many there are in all.
  package static let namedFiles = 5

  /// Every finding across `inputs`, in a stable order.
  public static func check(_ inputs: [CrossCheckInput], language: Language,
    catalogue: MessageCatalogue = .shared) -> [CrossFinding]
  {
    var findings: [CrossFinding] = []
    func add(_ check: CrossApplicationCheck, _ files: [String], _ arguments: [String: String]) {
      var arguments = arguments
      arguments["count"] = String(files.count)
      // A message names the first few; the finding keeps them all (a folder of 300 copies of one
      // bundle must not make a message of 300 names on each of 300 rows).
      let separator = catalogue.text("summary.rowSeparator", language)
      arguments["files"] = files.count <= Self.namedFiles ? files.joined(separator: separator)
        : catalogue.text("batch.andMore", language, ["files": files.prefix(Self.namedFiles).joined(separator: separator),
          "count": String(files.count)])
      findings.append(CrossFinding(severity: check.severity, code: check.code,
        message: catalogue.text(check.messageKey, language, arguments), applications: files))
    }

    var byPerson: [String: (name: String, files: [String])] = [:]
    for input in inputs {
      for id in Set(input.people.map(\.id)) {
        let name = input.people.first { $0.id == id }?.name ?? ""
        byPerson[id, default: (name, [])].files.append(input.file)
      }
    }
    for id in byPerson.keys.sorted() {
      guard let entry = byPerson[id], entry.files.count > 1 else { continue }
      add(.sharedMember, entry.files, ["id": IDNumber.masked(id), "name": entry.name])
    }

    var byDigest: [String: [(file: String, applicant: String, path: String)]] = [:]
    for input in inputs {
      for attachment in input.attachments {
        byDigest[attachment.digest, default: []].append(
          (input.file, input.creditCode ?? input.unit ?? input.file, attachment.path))
      }
    }
    for digest in byDigest.keys.sorted() {
      guard let uses = byDigest[digest], Set(uses.map(\.applicant)).count > 1 else { continue }
      let files = Array(Set(uses.map(\.file))).sorted()
      add(.sharedAttachment, files, ["file": uses[0].path, "digest": String(digest.prefix(12))])
    }

    var byBundle: [String: [String]] = [:]
    for input in inputs {
      if let digest = input.bundleDigest, !digest.isEmpty { byBundle[digest, default: []].append(input.file) }
    }
    for digest in byBundle.keys.sorted() {
      guard let files = byBundle[digest], files.count > 1 else { continue }
      add(.duplicateBundle, files, ["digest": String(digest.prefix(12))])
    }

    var byCode: [String: [String]] = [:]
    for input in inputs {
      if let code = input.creditCode, !code.isEmpty { byCode[code.uppercased(), default: []].append(input.file) }
    }
    for code in byCode.keys.sorted() {
      guard let files = byCode[code], files.count > 1 else { continue }
      add(.duplicateCreditCode, files, ["code": code])
    }
    return findings
  }
}
