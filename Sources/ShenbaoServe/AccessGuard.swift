import FoundationEssentials
import HTTPTypes
import Hummingbird
import ShenbaoKit

/// Who may ask, and what every answer carries. On a loopback address any local program may
/// ask, but only for this host (against DNS rebinding) and, for changes, only from these pages
/// (against other sites posting). On any other address every request must carry the token —
/// in the `X-Shenbao-Token` header, as `?token=` (which sets a cookie for the pages after it)
/// or in that cookie. Every response forbids scripts, styles and frames from anywhere else.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
  let configuration: WebServer.Configuration

  static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Shenbao-Token")! }
  static var cookie: String { "shenbao-token" }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    let refusal = WebRefusal(language: configuration.language)
    if configuration.isLoopback, let host = request.head.authority, !Self.isLocal(host)
    {
      return Self.secured(refusal.response(.forbidden, "web.error.host"))
    }
    if request.method == .post, let origin = request.headers[HTTPField.Name("Origin")!], origin != "null",
      let host = request.head.authority, !origin.hasSuffix("//" + host)
    {
      return Self.secured(refusal.response(.forbidden, "web.error.origin"))
    }
    var setCookie = false
    if let token = configuration.token {
      let query = request.uri.queryParameters.get("token")
      let offered = request.headers[Self.tokenHeader] ?? query ?? Self.cookieValue(request.headers[.cookie])
      guard let offered, Self.same(offered, token) else {
        return Self.secured(refusal.response(.unauthorized, "web.error.token"))
      }
      setCookie = query != nil
    }
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      response = refusal.response(.notFound, "web.error.notFound")
    }
    if setCookie, let token = configuration.token {
      response.headers[.setCookie] = "\(Self.cookie)=\(token); Path=/; HttpOnly; SameSite=Strict"
    }
    return Self.secured(response)
  }

  /// `response` with the headers every answer carries.
  static func secured(_ response: Response) -> Response {
    var response = response
    response.headers[HTTPField.Name("Content-Security-Policy")!] =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[.cacheControl] = "no-store"
    return response
  }

  /// `true` for a Host header naming this machine.
  static func isLocal(_ host: String) -> Bool {
    let name: Substring
    if host.hasPrefix("[") {
      name = host.dropFirst().prefix { $0 != "]" }
    } else {
      name = host.prefix { $0 != ":" }
    }
    return name == "localhost" || name == "::1" || name.hasPrefix("127.")
  }

  static func cookieValue(_ header: String?) -> String? {
    guard let header else { return nil }
    for part in header.split(separator: ";") {
      let pair = part.drop { $0 == " " }.split(separator: "=", maxSplits: 1)
      if pair.count == 2, pair[0] == cookie { return String(pair[1]) }
    }
    return nil
  }

  /// Compares in time that does not depend on where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
