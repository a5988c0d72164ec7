import FoundationEssentials
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWeb

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
    /// How long the server waits for slow clients.
    public var patience: Patience

    public init(host: String = "127.0.0.1", port: Int = 8600, token: String? = nil,
      forms: FormChoice = FormChoice(), language: Language = .zh, patience: Patience = Patience())
    {
      self.host = host
      self.port = port
      self.token = token
      self.forms = forms
      self.language = language
      self.patience = patience
    }

    /// `true` for an address only this machine reaches: an IPv4 literal in 127.0.0.0/8, ::1 or
    /// localhost — not a name that merely starts like one.
    public var isLoopback: Bool { HTTPAuthority.isLoopbackAddress(host) }
  }

  /// How long the server waits for a client before it closes the connection.
  public struct Patience: Sendable {
    /// A connection that sends nothing for this long — between requests, or within a request's
    /// head or body — is closed.
    public var idle: TimeAmount
    /// A request body must arrive at least this fast, once it has had `grace`.
    public var bodyBytesPerSecond: Int
    public var grace: TimeAmount

    public init(idle: TimeAmount = .seconds(30), bodyBytesPerSecond: Int = 1024, grace: TimeAmount = .seconds(10)) {
      self.idle = idle
      self.bodyBytesPerSecond = bodyBytesPerSecond
      self.grace = grace
    }
  }

  public let configuration: Configuration

  public init(_ configuration: Configuration) {
    self.configuration = configuration
  }

  /// Removes what the requests under way have uploaded: for a process about to end before they
  /// are answered.
  public static func removeUploads() {
    UploadFolder.removeAll()
  }

  /// How long answers under way may take to finish once the server is told to stop (Ctrl-C,
  /// SIGTERM, or the task running it cancelled); then it stops whatever they are doing.
  public static let gracePeriod = Duration.seconds(3)

  /// Serves until the process is signalled to stop or the task is cancelled, either of which
  /// stops it as Ctrl-C does (answers under way finish first, for ``gracePeriod``); `started` is
  /// told the port actually bound (for port 0).
  public func run(started: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    // The server stops on the signals itself; each request's files are in its own folder,
    // removed when it is answered.
    InterruptCleanup.leaveSignalsAlone()
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: AccessGuard(configuration: configuration))
    router.add(middleware: MemoryReturn())
    let site = Site(configuration: configuration)
    site.register(on: router)
    let logger = Logger(label: "shenbao.serve", factory: { _ in SwiftLogNoOpLogHandler() })
    let patience = configuration.patience
    let application = Application(
      router: router,
      server: .http1(configuration: .init(additionalChannelHandlers: [SlowClientGuard(patience)], idleTimeout: patience.idle)),
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "shenbao"),
      onServerRunning: { channel in started(channel.localAddress?.port ?? configuration.port) },
      logger: logger
    )
    // Ctrl-C lets answers under way finish, for a few seconds at most; then the server stops
    // whatever its connections are doing. No bound on that last step: the service group would
    // end the process with a fatal error past it; `shenbao serve` ends it itself.
    var lifecycle = ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint],
      logger: logger)
    lifecycle.maximumGracefulShutdownDuration = Self.gracePeriod
    lifecycle.maximumCancellationDuration = nil
    let group = ServiceGroup(configuration: lifecycle)
    // The group runs in a task of its own, so that cancelling this one stops it gracefully, as a
    // signal does, instead of cancelling every connection at once.
    let running = Task { try await group.run() }
    try await withTaskCancellationHandler {
      try await running.value
    } onCancel: {
      Task { await group.triggerGracefulShutdown() }
    }
  }
}
