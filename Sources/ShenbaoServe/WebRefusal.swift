import Hummingbird
import ShenbaoCore
import ShenbaoWeb

/// A request refused: a 4xx status and one line saying why, in the page's language.
struct WebRefusal {
  let language: Language

  func response(_ status: HTTPResponse.Status, _ key: String, _ arguments: [String: String] = [:]) -> Response {
    let line = MessageCatalogue.shared.text(key, language, arguments.mapValues(\.abridged)) + "\n"
    return Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: line)))
  }
}

extension WebRefusal {
  /// A refusal with a line already in words.
  func line(_ status: HTTPResponse.Status, _ line: String) -> Response {
    Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: line + "\n")))
  }

  /// The server could not store an upload, and the system's reason (`errno` `code`).
  func cannotStore(errno code: Int32) -> Response {
    response(.internalServerError, "web.error.cannotStore", ["reason": SystemError.message(code, language)])
  }

  /// The server could not store an upload: `error`, thrown by the file system, in words.
  func cannotStore(_ error: any Error) -> Response {
    cannotStore(errno: SystemError.code(of: error))
  }

  /// Why a multipart body for `form` was refused.
  func multipart(_ problem: MultipartReader.Problem, form: FormDefinition) -> Response {
    multipart(problem, file: form.attachments.maxFileBytes, maximum: Site.largestUpload(form))
  }

  /// Why a multipart body was refused, its limits being `file` per file and `maximum` in all.
  func multipart(_ problem: MultipartReader.Problem, file: Int? = nil, maximum: Int) -> Response {
    switch problem {
    case .malformed: response(.badRequest, "web.error.malformedUpload")
    case .tooManyParts: response(.badRequest, "web.error.tooManyParts", ["limit": String(MultipartParser.Limits(fileBytes: 0, totalBytes: 0).parts)])
    case .fieldTooLarge(let name): response(.contentTooLarge, "web.error.fieldTooLarge", ["name": name])
    case .fileTooLarge(let name):
      response(.contentTooLarge, "web.error.fileTooLarge", ["name": name, "limit": Site.bytes(file ?? maximum)])
    case .tooLarge: response(.contentTooLarge, "web.error.tooLarge", ["limit": Site.bytes(maximum)])
    case .cannotStore(let code): cannotStore(errno: code)
    }
  }
}
