import FoundationEssentials
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import ShenbaoKit

/// `shenbao serve`: the forms as web pages, checked as they are filled, on one process bound
/// to the loopback address unless told otherwise (then every request must carry the token).
public struct WebServer: Sendable {
  /// Where and how the server listens, and what it serves.
  public struct Configuration: Sendable {
    public var host: String
    public var port: Int
    /// Required of every request when set; required to be set for an address other than loopback.
    public var token: String?
    public var forms: FormChoice
    public var language: Language

    public init(host: String = "127.0.0.1", port: Int = 8600, token: String? = nil,
      forms: FormChoice = FormChoice(), language: Language = .zh)
    {
      self.host = host
      self.port = port
      self.token = token
      self.forms = forms
      self.language = language
    }

    /// `true` for an address only this machine reaches.
    public var isLoopback: Bool {
      ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }
  }

  public let configuration: Configuration

  public init(_ configuration: Configuration) {
    self.configuration = configuration
  }

  /// Serves until the process is stopped; `started` is told the port actually bound (for port 0).
  public func run(started: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    // The server stops on the signals itself; each request's files are in its own folder,
    // removed when it is answered.
    InterruptCleanup.leaveSignalsAlone()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: AccessGuard(configuration: configuration))
    let site = Site(configuration: configuration)
    site.register(on: router)
    let logger = Logger(label: "shenbao.serve", factory: { _ in SwiftLogNoOpLogHandler() })
    let application = Application(
      router: router,
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "shenbao"),
      onServerRunning: { channel in started(channel.localAddress?.port ?? configuration.port) },
      logger: logger
    )
    // Ctrl-C lets answers under way finish, for a few seconds at most; then the server stops
    // whatever its connections are doing.
    var group = ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint],
      logger: logger)
    group.maximumGracefulShutdownDuration = .seconds(3)
    group.maximumCancellationDuration = .seconds(2)
    try await ServiceGroup(configuration: group).run()
  }
}
