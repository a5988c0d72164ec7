import FoundationEssentials
import Hummingbird
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord

/// The Word route: a filled 申报书.docx and its attachments folder uploaded, the findings located
/// in the document (section · table · row), and the copy with a comment on each cell.
extension Site {
  func registerWord(on router: Router<BasicRequestContext>) {
    router.get("/forms/:id/word") { _, context in
      let id = try context.parameters.require("id")
      return try await self.withForm(id) { form in
        struct Word {
          var lang: String
          var pageTitle: String
          var formID: String
          var title: String
          var year: Int
          var text: [String: String]
        }
        let words = self.texts
        return self.page("word", Word(lang: self.htmlLanguage, pageTitle: "\(form.title) \(form.year)", formID: form.id,
          title: form.title, year: form.year, text: words))
      }
    }
    router.post("/api/forms/:id/word") { request, context in
      let id = try context.parameters.require("id")
      return try await self.withForm(id) { form in try await self.checkWord(request, form: form) }
    }
  }

  func checkWord(_ request: Request, form: FormDefinition) async throws -> Response {
    let limits = MultipartReader.Limits(fileBytes: max(form.attachments.maxFileBytes, DocxReadLimits().fileBytes),
      totalBytes: Self.largestUpload(form))
    let (folder, parts): (UploadFolder, [MultipartReader.Part])
    switch await upload(request, limits: limits, refusing: { refusal.multipart($0, form: form) }) {
    case .refused(let response): return response
    case .read(let made, let read): (folder, parts) = (made, read)
    }
    guard let documentPart = parts.first(where: { $0.name == "document" && $0.file != nil }), let uploaded = documentPart.file
    else { return refusal.response(.badRequest, "web.error.noDocument") }
    let name = UploadFolder.safeName(documentPart.filename ?? "", fallback: "document.docx")
    guard name.lowercased().hasSuffix(".docx") else { return refusal.response(.badRequest, "web.error.notDocx") }
    let document = folder.url.appendingPathComponent(name)
    // The attachments folder keeps the name the person chose, so messages name their folder.
    let chosen = parts.first { $0.name == "attachments" }?.filename?
      .split(whereSeparator: { $0 == "/" || $0 == "\\" }).first.map(String.init)
    let attachments = folder.url.appendingPathComponent(
      UploadFolder.safeName(chosen ?? "", fallback: "\(name.dropLast(5))-\(form.bundle.attachments)"))
    do {
      try FileManager.default.moveItem(at: uploaded, to: document)
      try FileManager.default.createDirectory(at: attachments, withIntermediateDirectories: true)
      // The folder chosen keeps its sub-folders (the categories): every component of each
      // relative name made safe, the chosen folder's own name dropped.
      for part in parts where part.name == "attachments" {
        guard let file = part.file, let relative = part.filename else { continue }
        let components = relative.split(whereSeparator: { $0 == "/" || $0 == "\\" }).dropFirst()
          .map { UploadFolder.safeName(String($0), fallback: "file") }
        guard !components.isEmpty, components.count <= 8 else { continue }
        let target = components.reduce(attachments) { $0.appendingPathComponent($1) }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: target.path) { try FileManager.default.moveItem(at: file, to: target) }
      }
    } catch {
      return refusal.cannotStore(error)
    }
    let check = DraftCheck(forms: FormChoice(chosen: form, resolver: configuration.forms.resolver), language: language,
      attachmentsFolder: attachments)
    let report: ValidationReport
    switch check.check(document.path) {
    case .success(let found): report = found
    case .failure(let failure): return refusal.line(.unprocessableContent, failure.line(file: name, language))
    }
    let annotated: Data
    do {
      annotated = try DocxAnnotation.annotated(fileAt: document, findings: report.findings, language: language)
    } catch let error as DocxReadError {
      return refusal.line(.unprocessableContent, "\(name): " + error.message(language))
    } catch {
      return refusal.cannotStore(error)
    }
    let stem = name.lowercased().hasSuffix(".docx") ? String(name.dropLast(5)) : name
    var result = CheckResult(report)
    result.annotated = annotated.base64EncodedString()
    result.annotatedName = MessageCatalogue.shared.text("web.annotatedName", language, ["name": stem])
    return answer(result)
  }
}
