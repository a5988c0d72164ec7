import Hummingbird
import ShenbaoKit

/// After each request that sent a body (a draft, an upload), gives the memory its work freed back
/// to the system, so the server returns to its size between requests however large they were.
struct MemoryReturn<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    let response = try await next(request, context)
    if request.method == .post || request.method == .put { FreedMemory.release() }
    return response
  }
}
