import FoundationEssentials
import Hummingbird
import ShenbaoDesk
import ShenbaoSupport

/// The recommending department's page: bundles uploaded, verified as `verify -o` does, and the
/// summary shown with its workbook, CSV, JSON and receipt to download.
extension Site {
  func registerDepartment(on router: Router<BasicRequestContext>) {
    router.get("/department") { _, _ in
      struct Department {
        var lang: String
        var pageTitle: String
        var text: [String: String]
      }
      let words = self.texts
      return self.page("department", Department(lang: self.htmlLanguage, pageTitle: words["departmentTitle"] ?? "",
        text: words))
    }
    router.post("/api/department") { request, _ in try await self.department(request) }
  }

  /// The largest bundle and upload the department's page takes.
  static let largestBundle = 4 << 30

  func department(_ request: Request) async throws -> Response {
    let limits = MultipartReader.Limits(fileBytes: Self.largestBundle, totalBytes: Self.largestBundle)
    let (folder, parts): (UploadFolder, [MultipartReader.Part])
    switch await upload(request, limits: limits, refusing: { refusal.multipart($0, maximum: Self.largestBundle) }) {
    case .refused(let response): return response
    case .read(let made, let read): (folder, parts) = (made, read)
    }
    // Each .zip stored by its number, its name as the client gave it kept for the summary (made
    // safe, and a second of one name told apart as -2, -3 …); anything else chosen with a folder
    // is left out.
    let received = folder.url.appendingPathComponent("received")
    var found: [BundleBatch.Found] = []
    var used = Set<String>()
    for part in parts {
      guard let file = part.file, let declared = part.filename, declared.lowercased().hasSuffix(".zip") else { continue }
      let name = DistinctName.make(UploadFolder.safeName(declared, fallback: "bundle.zip"), among: &used)
      let target = received.appendingPathComponent("\(found.count + 1).zip")
      do {
        try FileManager.default.createDirectory(at: received, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: file, to: target)
      } catch {
        return refusal.cannotStore(error)
      }
      found.append(BundleBatch.Found(path: target.path, name: name))
    }
    guard !found.isEmpty else { return refusal.response(.badRequest, "web.error.noBundles") }
    found.sort { NaturalOrder.isBefore($0.name, $1.name) }
    let batch = BundleBatch(forms: configuration.forms, language: language)
    let outcomes = batch.verify(found) { $0.name }
    let summary = batch.summary(outcomes)
    let now = Date()
    let files = SummaryFiles(language: language, source: found.map(\.name).joined(separator: "、"))
    let output = folder.url.appendingPathComponent("summary")
    let paths = Dictionary(found.map { ($0.name, $0.path) }) { first, _ in first }
    do {
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
      try files.write(summary, to: output, now: now) { row in row.bundle.flatMap { paths[$0] } }
    } catch {
      return refusal.cannotStore(error)
    }
    let downloads = files.names.filter { !$0.hasSuffix(".html") || $0.hasPrefix(files.receiptStem) }.compactMap { name in
      (try? Data(contentsOf: output.appendingPathComponent(name))).map {
        SummaryFiles.Download(name: name, href: "data:\(Self.mediaType(name));base64,\($0.base64EncodedString())")
      }
    }
    return Self.text(files.page(summary, now: now, inline: false, downloads: downloads), type: "text/html; charset=utf-8")
  }

  static func mediaType(_ name: String) -> String {
    switch name.split(separator: ".").last.map(String.init) ?? "" {
    case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case "csv": "text/csv"
    case "json": "application/json"
    case "html": "text/html"
    default: "application/octet-stream"
    }
  }
}
