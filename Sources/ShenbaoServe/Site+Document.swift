import FoundationEssentials
import Hummingbird
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord

/// The filled form as Word, or printed to PDF through LibreOffice where it is installed.
extension Site {
  func registerDocument(on router: Router<BasicRequestContext>) {
    router.post("/api/forms/:id/document") { request, context in
      let asPDF = request.uri.queryParameters.get("format") == "pdf"
      return try await self.withDraft(request, context) { form, application in
        let stem = MessageCatalogue.shared.text("web.documentName", self.language)
        let docx: Data
        do throws(DocxError) {
          docx = try DocumentOutput.filledForm(Self.withoutFacts(application), form: form)
        } catch {
          return self.refusal.line(.unprocessableContent, error.line(file: "\(stem).docx", self.language))
        }
        guard asPDF else {
          return Self.download(docx, named: "\(stem).docx",
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        }
        let folder: UploadFolder
        do { folder = try UploadFolder() } catch { return self.refusal.cannotStore(error) }
        let pdf = folder.url.appendingPathComponent("document.pdf")
        do throws(PDFError) {
          try PDFConversion.write(docx, to: pdf, replacing: true)
        } catch {
          return self.refusal.line(.serviceUnavailable, error.line(self.language))
        }
        return Self.file(pdf, named: "\(stem).pdf", type: "application/pdf", keeping: folder)
      }
    }
  }

  /// `data` as a file to download, named `name`.
  static func download(_ data: Data, named name: String, type: String) -> Response {
    var headers: HTTPFields = [.contentType: type]
    headers[.contentDisposition] = "attachment; filename=\"document\"; filename*=UTF-8''" + percentEncoded(name)
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}
