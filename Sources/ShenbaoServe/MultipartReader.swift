import FoundationEssentials
import Hummingbird
import ShenbaoWeb

/// Reads a request's `multipart/form-data` body as it arrives, through ``MultipartParser``.
enum MultipartReader {
  typealias Limits = MultipartParser.Limits
  typealias Part = MultipartParser.Part
  typealias Problem = MultipartParser.Problem

  static func boundary(_ contentType: String?) -> String? { MultipartParser.boundary(contentType) }

  /// Reads every part of `body`, the files into `folder`.
  static func read(
    _ body: RequestBody, boundary: String, limits: Limits, into folder: URL
  ) async throws(Problem) -> [Part] {
    var parser = MultipartParser(boundary: boundary, limits: limits, folder: folder)
    do {
      for try await buffer in body {
        try parser.consume(Array(buffer.readableBytesView))
        if parser.finished != nil { break }
      }
    } catch let problem as Problem {
      throw problem
    } catch {
      throw .malformed
    }
    guard let parts = parser.finished else { throw .malformed }
    return parts
  }
}
