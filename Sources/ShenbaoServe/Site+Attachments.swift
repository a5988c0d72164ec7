import FoundationEssentials
import Hummingbird
import NIOCore
import ShenbaoBundle
import ShenbaoCore
import ShenbaoSupport

/// Attachments: each checked as it arrives (type and size, by the form's rules), and the bundle
/// made from the draft and its files. Files live only in the request's own folder.
extension Site {
  /// The reserved key under which the page sends what it learnt of each attached file.
  static let factsKey = "_attachments"

  func registerAttachments(on router: Router<BasicRequestContext>) {
    router.post("/api/forms/:id/attachment") { request, context in
      let id = try context.parameters.require("id")
      return try await self.withForm(id) { form in try await self.checkAttachment(request, form: form) }
    }
    router.post("/api/forms/:id/bundle") { request, context in
      let id = try context.parameters.require("id")
      return try await self.withForm(id) { form in try await self.bundle(request, form: form) }
    }
  }

  /// One file, its name and category in the query: stored, checked as the draft's only
  /// attachment, and described (size, first bytes, SHA-256) for the page to send back with the draft.
  func checkAttachment(_ request: Request, form: FormDefinition) async throws -> Response {
    let folder: UploadFolder
    do { folder = try UploadFolder() } catch { return refusal.cannotStore(error) }
    let query = request.uri.queryParameters
    let category = query.get("category") ?? ""
    let name = UploadFolder.safeName(query.get("name") ?? "", fallback: "file")
    let path = "\(form.bundle.attachments)/\(name)"
    let target = folder.url.appendingPathComponent(path)
    do {
      try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      let file = try FileDescriptor(creating: target.path)
      var size = 0
      for try await buffer in request.body {
        size += buffer.readableBytes
        guard size <= form.attachments.maxFileBytes else {
          return refusal.response(.contentTooLarge, "web.error.fileTooLarge",
            ["name": name, "limit": Self.bytes(form.attachments.maxFileBytes)])
        }
        try file.write(Data(buffer.readableBytesView))
      }
    } catch {
      return refusal.response(.badRequest, "web.error.uploadBroken")
    }
    let record = DraftRecord([DraftRecord.Entry(key: form.attachmentFields?.category ?? "category", value: .text(category)),
      DraftRecord.Entry(key: form.attachmentFields?.path ?? "path", value: .text(path))])
    var application = ShenbaoCore.Application(values: DraftRecord())
    application.setValue(.text(form.id), at: "form")
    if let list = form.attachmentFields?.list {
      application.setValue(.list([.record(record)]), at: list)
    }
    let store = FolderAttachmentStore(folder: folder.url)
    let report = Validator(form: form, language: language).validate(application, named: "draft", store: store)
    let prefix = "\(form.attachmentFields?.list.description ?? "attachments")[0]"
    let findings = report.findings.filter { $0.path.hasPrefix(prefix) }
    let facts = BundleAttachmentStore.Facts(of: path, in: store)
    return Self.json(AttachmentCheck(path: path, facts: facts.map(FactsJSON.init), findings: findings.map(CheckResult.Item.init)))
  }

  /// The draft (field `draft`) and its files (each part named by the path the draft gives it):
  /// validated as `package` does and, when it has no errors, the bundle.
  func bundle(_ request: Request, form: FormDefinition) async throws -> Response {
    let limits = MultipartReader.Limits(fileBytes: form.attachments.maxFileBytes, totalBytes: Self.largestUpload(form))
    let (folder, parts): (UploadFolder, [MultipartReader.Part])
    switch await upload(request, limits: limits, refusing: { refusal.multipart($0, form: form) }) {
    case .refused(let response): return response
    case .read(let made, let read): (folder, parts) = (made, read)
    }
    guard let draftPart = parts.first(where: { $0.name == "draft" && $0.file == nil }) else {
      return refusal.response(.badRequest, "web.error.noDraft")
    }
    var application: ShenbaoCore.Application
    do throws(DraftReadError) {
      application = try DraftReader.parse(String(decoding: draftPart.data, as: UTF8.self))
    } catch {
      return refusal.response(.badRequest, "web.error.badDraft", ["reason": error.message(language)])
    }
    application = Self.withoutFacts(application)
    // Each file goes under the attachments folder by a safe form of its name; the draft's path
    // for it follows.
    let attachments = folder.url.appendingPathComponent("files")
    var stored: [String: String] = [:]
    var used = Set<String>()
    for part in parts where part.file != nil {
      guard let file = part.file, let declared = part.filename else { continue }
      let name = DistinctName.make(UploadFolder.safeName(declared, fallback: "file"), among: &used)
      let relative = "\(form.bundle.attachments)/\(name)"
      let target = attachments.appendingPathComponent(relative)
      do {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: file, to: target)
      } catch {
        return refusal.cannotStore(error)
      }
      stored[declared] = relative
    }
    if let fields = form.attachmentFields, let items = application.value(at: fields.list)?.items {
      for index in items.indices {
        let path = fields.list.appending(index: index).appending(fields.path)
        if let declared = application.text(at: path), let relative = stored[declared] {
          application.setValue(.text(relative), at: path)
        }
      }
    }
    let packager = ApplicationPackager(form: form, language: language)
    let name = packager.defaultFileName(for: application)
    let target = folder.url.appendingPathComponent("bundle.zip")
    let outcome: ApplicationPackager.Outcome
    do throws(PackageError) {
      outcome = try packager.package(application, named: "draft", attachmentsFolder: attachments, to: target,
        replacing: true)
    } catch {
      return refusal.line(.unprocessableContent, error.line(file: name, language))
    }
    if case .refused(let report) = outcome {
      var response = answer(CheckResult(report))
      response.status = .unprocessableContent
      return response
    }
    return Self.file(target, named: name, type: "application/zip", keeping: folder)
  }

  /// `application` without the facts the page sends along, and the store those facts make.
  static func withoutFacts(_ application: ShenbaoCore.Application) -> ShenbaoCore.Application {
    ShenbaoCore.Application(values: DraftRecord(application.values.entries.filter { $0.key != factsKey }),
      source: application.source)
  }

  static func store(from application: ShenbaoCore.Application) -> BundleAttachmentStore {
    var files: [String: BundleAttachmentStore.Facts] = [:]
    for entry in application.values[factsKey]?.record?.entries ?? [] {
      guard let record = entry.value.record else { continue }
      let size = record["size"]?.trimmedText.flatMap { Int($0) } ?? 0
      let head = record["head"]?.trimmedText.flatMap { Data(base64Encoded: $0) } ?? Data()
      let entries = (record["entries"]?.items ?? []).compactMap(\.trimmedText)
      files[BagIt.normalized(entry.key)] = BundleAttachmentStore.Facts(size: size, head: head.prefix(256),
        sha256: record["sha256"]?.trimmedText ?? "", archiveEntries: Set(entries))
    }
    return BundleAttachmentStore(files: files, uploaded: true)
  }

}

/// What `/attachment` answers: where the file goes in the draft, its facts, its findings.
struct AttachmentCheck: Encodable {
  var path: String
  var facts: FactsJSON?
  var findings: [CheckResult.Item]
}

/// A file's facts as the page keeps and sends them back.
struct FactsJSON: Encodable {
  var size: Int
  var head: String
  var sha256: String
  var entries: [String]

  init(_ facts: BundleAttachmentStore.Facts) {
    size = facts.size
    head = facts.head.base64EncodedString()
    sha256 = facts.sha256
    entries = facts.archiveEntries.sorted()
  }
}

extension CheckResult.Item {
  init(_ finding: Finding) {
    self.init(path: finding.path, place: finding.place ?? finding.label, severity: finding.severity.rawValue,
      code: finding.code, message: finding.message, count: finding.count, paths: finding.paths)
  }
}
