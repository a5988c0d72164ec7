import FoundationEssentials
import Hummingbird
import ShenbaoCore
import ShenbaoSupport

/// Reading uploads and sending files back: what the attachment, Word and department pages share.
extension Site {
  /// A multipart upload, read into a private folder.
  enum Upload {
    case read(UploadFolder, [MultipartReader.Part])
    /// Why it was not: the answer to give.
    case refused(Response)
  }

  /// Reads the request's multipart body within `limits` into a folder of its own; `refusal`
  /// says why a body over a limit or malformed is refused.
  func upload(
    _ request: Request, limits: MultipartReader.Limits, refusing refuse: (MultipartReader.Problem) -> Response
  ) async -> Upload {
    guard let boundary = MultipartReader.boundary(request.headers[.contentType]) else {
      return .refused(refusal.response(.badRequest, "web.error.notMultipart"))
    }
    let folder: UploadFolder
    do { folder = try UploadFolder() } catch { return .refused(refusal.cannotStore(error)) }
    do throws(MultipartReader.Problem) {
      return .read(folder, try await MultipartReader.read(request.body, boundary: boundary, limits: limits, into: folder.url))
    } catch {
      return .refused(refuse(error))
    }
  }

  /// The largest multipart body for `form`: every file at its limit, for a generous number of
  /// files, and never over 4 GiB.
  static func largestUpload(_ form: FormDefinition) -> Int {
    min(4 << 30, form.attachments.maxFileBytes * max(8, form.attachments.categories.count * 4) + (4 << 20))
  }

  static func bytes(_ count: Int) -> String {
    ByteSize.text(count)
  }

  /// The file at `url` as the response, read as it is sent; `folder` is kept until then.
  static func file(_ url: URL, named name: String, type: String, keeping folder: UploadFolder) -> Response {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    var headers: HTTPFields = [.contentType: type, .contentLength: String(size)]
    headers[.contentDisposition] = "attachment; filename=\"bundle.zip\"; filename*=UTF-8''" + Self.percentEncoded(name)
    let body = ResponseBody(contentLength: size) { writer in
      let file = try FileDescriptor(reading: url)
      while case let chunk = try file.read(upTo: 1 << 20), !chunk.isEmpty {
        try await writer.write(ByteBuffer(bytes: chunk))
      }
      try await writer.finish(nil)
      withExtendedLifetime(folder) {}
    }
    return Response(status: .ok, headers: headers, body: body)
  }

  /// RFC 5987's percent-encoding of a file name.
  static func percentEncoded(_ text: String) -> String {
    text.utf8.map { byte in
      let unreserved = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte)
      return unreserved ? String(UnicodeScalar(byte)) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }.joined()
  }
}
