import Hummingbird
import ShenbaoSupport

/// After each request that sent a large body (a long draft, an upload), gives the memory its work
/// freed back to the system, so the server returns to its size between requests however large
/// they were. The small drafts posted as an applicant types do not pay for it.
struct MemoryReturn<Context: RequestContext>: RouterMiddleware {
  /// A body at least this large, or of no declared length, is followed by the release.
  static var largeBody: Int { 256 << 10 }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    let response = try await next(request, context)
    if request.method != .get, request.method != .head,
      request.headers[.contentLength].flatMap({ Int($0) }).map({ $0 >= Self.largeBody }) ?? true
    {
      FreedMemory.release()
    }
    return response
  }
}
