import FoundationEssentials
import Hummingbird
import ShenbaoCore
import ShenbaoWeb

/// The pages and the endpoints behind them.
struct Site: Sendable {
  let configuration: WebServer.Configuration

  /// The largest draft accepted: far beyond any real form (the 2021 form's example is 9 KB).
  static let largestDraft = 2 << 20

  var language: Language { configuration.language }
  var refusal: WebRefusal { WebRefusal(language: language) }

  func register(on router: Router<BasicRequestContext>) {
    router.get("/") { _, _ in self.home() }
    router.get("/forms/:id") { _, context in
      let id = try context.parameters.require("id")
      return try await self.withForm(id) { form in
        self.page("form", FormPage(form, text: self.texts, lang: self.htmlLanguage, language: self.language))
      }
    }
    router.get("/assets/:name") { _, context in
      let name = try context.parameters.require("name")
      guard let text = WebTemplates.asset(name) else { return self.refusal.response(.notFound, "web.error.notFound") }
      let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
      return Self.text(text, type: type)
    }
    router.post("/api/forms/:id/validate") { request, context in
      try await self.withDraft(request, context) { form, application in
        let report = Validator(form: form, language: self.language)
          .validate(Self.withoutFacts(application), named: "draft", store: Self.store(from: application))
        return self.answer(CheckResult(report))
      }
    }
    router.post("/api/forms/:id/yaml") { request, context in
      try await self.withDraft(request, context) { form, application in
        Self.text(DraftYAMLWriter(form: form).write(Self.withoutFacts(application)), type: "application/yaml; charset=utf-8",
          download: "draft.yaml")
      }
    }
    router.post("/api/forms/:id/draft") { request, context in
      try await self.withDraft(request, context) { _, application in
        Self.text(DraftJSON.text(of: .record(Self.withoutFacts(application).values)), type: "application/json; charset=utf-8")
      }
    }
    registerAttachments(on: router)
    registerDepartment(on: router)
    registerWord(on: router)
    registerDocument(on: router)
  }

  /// The page's words, placeholders left in for its script.
  var texts: [String: String] { MessageCatalogue.shared.templates(under: "web.", language) }

  func home() -> Response {
    struct Call {
      var id: String
      var title: String
      var year: Int
    }
    struct Home {
      var lang: String
      var pageTitle: String
      var forms: [Call]
      var problems: [String]
      var hasProblems: Bool
      var text: [String: String]
    }
    var calls: [Call] = []
    var problems: [String] = []
    for found in configuration.forms.resolver.available() {
      switch found.form {
      case .success(let form): calls.append(Call(id: form.id, title: form.title, year: form.year))
      case .failure(let error): problems.append(error.line(language))
      }
    }
    let words = texts
    return page("home", Home(lang: htmlLanguage, pageTitle: words["homeTitle"] ?? "", forms: calls, problems: problems,
      hasProblems: !problems.isEmpty, text: words))
  }

  /// A page from `template`: `content` carries the page's language, title and words, which the
  /// frame (`head`) shows.
  func page(_ template: String, _ content: Any) -> Response {
    Self.text(WebTemplates.shared.render(content, template), type: "text/html; charset=utf-8")
  }

  var htmlLanguage: String { language == .zh ? "zh-CN" : "en" }

  /// Runs `body` with the form `id` names, or refuses: 404 when there is none.
  func withForm(_ id: String, _ body: (FormDefinition) async throws -> Response) async throws -> Response {
    let form: FormDefinition?
    do {
      form = try configuration.forms.resolver.form(id: id)
    } catch {
      return refusal.response(.notFound, "web.error.noForm", ["id": id])
    }
    guard let form else { return refusal.response(.notFound, "web.error.noForm", ["id": id]) }
    return try await body(form)
  }

  /// Runs `body` with the request's form and its draft (JSON or YAML text), or refuses: 413
  /// for a body over ``largestDraft``, 400 for one that is not a draft.
  func withDraft(
    _ request: Request, _ context: BasicRequestContext,
    _ body: @escaping (FormDefinition, ShenbaoCore.Application) throws -> Response
  ) async throws -> Response {
    let id = try context.parameters.require("id")
    return try await withForm(id) { form in
      let buffer: ByteBuffer
      do {
        buffer = try await request.body.collect(upTo: Self.largestDraft)
      } catch {
        return refusal.response(.contentTooLarge, "web.error.tooLarge", ["limit": Self.bytes(Self.largestDraft)])
      }
      // Read as the command line reads a draft file: UTF-8, or GBK as Chinese Windows saves it.
      let text: String
      do throws(TextFileError) {
        text = try TextFile.decode(Data(buffer.readableBytesView))
      } catch {
        return refusal.response(.badRequest, "web.error.badDraft", ["reason": error.message(language)])
      }
      let application: ShenbaoCore.Application
      do throws(DraftReadError) {
        application = try DraftReader.parse(text)
      } catch {
        return refusal.response(.badRequest, "web.error.badDraft", ["reason": error.message(language)])
      }
      if let other = application.formID, other != form.id {
        return refusal.response(.conflict, "web.error.otherForm", ["other": other, "form": form.id])
      }
      return try body(form, application)
    }
  }

  static func text(_ text: String, type: String, download: String? = nil) -> Response {
    var headers: HTTPFields = [.contentType: type]
    if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// `result` as JSON, within ``CheckResult/largestAnswer``: findings are left off the end until
  /// it fits, and one says how many were (the counts stay those of the whole report).
  func answer(_ result: CheckResult) -> Response {
    var data = (try? JSONEncoder().encode(result)) ?? Data("{}".utf8)
    var kept = result.findings.count
    while data.count > CheckResult.largestAnswer, kept > 0 {
      kept /= 2
      var cut = result
      let left = result.findings[kept...]
      let severity: Severity = left.contains { $0.severity == Severity.error.rawValue } ? .error : .warning
      let check = OmittedFindingsCheck(severity)
      let count = left.reduce(0) { $0 + ($1.count ?? 1) }
      cut.findings = Array(result.findings[..<kept]) + [CheckResult.Item(path: "", severity: severity.rawValue,
        code: check.code, message: MessageCatalogue.shared.text(check.messageKey, language,
          ["count": String(count), "listed": String(kept)]), count: count)]
      data = (try? JSONEncoder().encode(cut)) ?? Data("{}".utf8)
    }
    return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  static func json(_ value: some Encodable) -> Response {
    let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
    return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}

/// What a page's script is told of a draft or document: every finding with its path (and, for a
/// Word form, where it is printed), the counts, and for a Word form its annotated copy.
struct CheckResult: Encodable {
  struct Item: Encodable {
    var path: String
    var place: String?
    var severity: String
    var code: String
    var message: String
    /// For a finding that stands for many: how many, and the paths of the first.
    var count: Int?
    var paths: [String]?
  }

  /// The largest answer sent: a report lists a bounded number of findings, each of bounded
  /// length, so only a definition with very long messages comes near it.
  static let largestAnswer = 1 << 20

  var findings: [Item]
  var errors: Int
  var warnings: Int
  var filled: Int
  var total: Int
  var annotated: String?
  var annotatedName: String?

  init(_ report: ValidationReport) {
    findings = report.findings.map(Item.init)
    errors = report.errors
    warnings = report.warnings
    filled = report.completeness.filled
    total = report.completeness.total
  }
}
