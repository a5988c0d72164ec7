import FoundationEssentials
import HTTPTypes
import Hummingbird
import ShenbaoWeb

/// Who may ask, and what every answer carries. On a loopback address any local program may
/// ask, but only for this host — a `Host` that is a loopback literal or `localhost`, against DNS
/// rebinding — and, for changes, only from these pages: an `Origin`, when sent, of the same
/// scheme, host and port (against other sites posting; `null` is refused). On any other address
/// every request must carry the token — in the `X-Shenbao-Token` header, as `?token=` (which sets
/// a cookie for the pages after it) or in that cookie. Every response forbids scripts, styles and
/// frames from anywhere else.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
  let configuration: WebServer.Configuration

  static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Shenbao-Token")! }
  static var cookie: String { "shenbao-token" }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    let refusal = WebRefusal(language: configuration.language)
    // One Host, well-formed; a second one is how a proxy and a server are made to disagree.
    let host = request.head.authority.flatMap { HTTPAuthority($0) }
    let hosts = request.headers[values: HTTPField.Name("Host")!].count
    if hosts > 0 || (host == nil && configuration.isLoopback) || (configuration.isLoopback && host?.isLoopback != true) {
      return Self.secured(refusal.response(.forbidden, "web.error.host"))
    }
    if request.method != .get, request.method != .head {
      if let origin = request.headers[.origin] {
        guard let host, let parsed = HTTPOrigin(origin), parsed.isSameOrigin(as: host) else {
          return Self.secured(refusal.response(.forbidden, "web.error.origin"))
        }
      }
      // What a browser says of where a request comes from, where it says it.
      if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
        return Self.secured(refusal.response(.forbidden, "web.error.origin"))
      }
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
    // Not no-referrer: under it a browser sends `Origin: null` with the pages' own form posts,
    // which could not then be told from a sandboxed frame's. same-origin sends nothing elsewhere.
    response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
    response.headers[.cacheControl] = "no-store"
    return response
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
