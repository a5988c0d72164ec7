import Hummingbird
import ShenbaoKit

/// A request refused: a 4xx status and one line saying why, in the page's language.
struct WebRefusal {
  let language: Language

  func response(_ status: HTTPResponse.Status, _ key: String, _ arguments: [String: String] = [:]) -> Response {
    let line = MessageCatalogue.shared.text(key, language, arguments.mapValues(\.abridged)) + "\n"
    return Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: line)))
  }
}
