import Foundation
import Glibc
import NIOCore
import ShenbaoServe
import Synchronization
import Testing

/// Slow clients against the server in this process, its patience set to seconds so the test is
/// quick: a request head dribbled a byte at a time, a body sent at a few bytes a second, and a
/// connection left idle are each closed, and an ordinary request is still answered at once.
@Suite("The server against slow clients and borrowed names", .serialized)
struct SlowClientTests {
  static let patience = WebServer.Patience(idle: .seconds(1), bodyBytesPerSecond: 1024, grace: .seconds(1))

  /// The server, on a free loopback port, for the length of `body`.
  func withServer(_ body: (Int) throws -> Void) async throws {
    let port = Mutex<Int?>(nil)
    let server = WebServer(.init(host: "127.0.0.1", port: 0, patience: Self.patience))
    let task = Task { try await server.run { bound in port.withLock { $0 = bound } } }
    let deadline = Date().addingTimeInterval(60)
    while port.withLock({ $0 }) == nil, Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
    defer { task.cancel() }
    try body(try #require(port.withLock { $0 }))
    // Stopped as Ctrl-C stops it, and gone before the next test starts.
    task.cancel()
    try await task.value
  }

  /// What `serve --host` takes for loopback, and so serves without a token.
  @Test func onlyALoopbackAddressServesWithoutAToken() {
    for host in ["127.0.0.1", "127.3.4.5", "::1", "localhost"] {
      #expect(WebServer.Configuration(host: host).isLoopback, "\(host)")
    }
    for host in ["127.something.example", "127.0.0.1.nip.io", "0.0.0.0", "192.168.1.10", "localhost.example"] {
      #expect(!WebServer.Configuration(host: host).isLoopback, "\(host)")
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func aHeadSentAByteAtATimeIsCutOff() async throws {
    try await withServer { port in
      let client = try RawClient(port: port)
      let head = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: \(String(repeating: "s", count: 60))\r\n\r\n".utf8)
      let start = Date()
      let sent = client.dribble(head, every: 0.1)
      #expect(sent < head.count, "the whole head was taken, \(sent) bytes")
      #expect(Date().timeIntervalSince(start) < 4)
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func aBodySentAFewBytesASecondIsCutOff() async throws {
    try await withServer { port in
      let client = try RawClient(port: port)
      let head = "POST /api/forms/shanghai-ip-operations-2021/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
      #expect(client.send(Array(head.utf8)))
      let start = Date()
      let sent = client.dribble(Array(repeating: UInt8(ascii: " "), count: 400), every: 0.02, chunk: 2)
      #expect(sent < 400, "the slow body was taken, \(sent) bytes")
      #expect(Date().timeIntervalSince(start) < 5)
    }
  }

  @Test(.timeLimit(.minutes(1)))
  func anIdleConnectionIsClosedAndOthersAreAnswered() async throws {
    try await withServer { port in
      let idle = try RawClient(port: port)
      let start = Date()
      #expect(idle.waitForClose(within: 5))
      #expect(Date().timeIntervalSince(start) < 4)
      let client = try RawClient(port: port)
      #expect(client.send(Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)))
      #expect(client.statusLine()?.hasPrefix("HTTP/1.1 200") == true)
    }
  }
}

/// A TCP connection to the server on loopback, driven byte by byte.
final class RawClient {
  let socket: Int32

  init(port: Int) throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    var quiet: Int32 = 1
    setsockopt(socket, SOL_SOCKET, SO_KEEPALIVE, &quiet, socklen_t(MemoryLayout<Int32>.size))
  }

  deinit { close(socket) }

  /// Sends every byte; `false` once the server has closed the connection.
  func send(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
  }

  /// Sends `bytes` `chunk` at a time, waiting `every` seconds between; how many were sent
  /// before the server closed the connection.
  func dribble(_ bytes: [UInt8], every interval: Double, chunk: Int = 1) -> Int {
    var sent = 0
    while sent < bytes.count {
      if isClosed() { return sent }
      let piece = Array(bytes[sent..<min(bytes.count, sent + chunk)])
      guard send(piece) else { return sent }
      sent += piece.count
      Thread.sleep(forTimeInterval: interval)
    }
    return sent
  }

  /// `true` when the server has closed the connection (a read finds its end, or an error).
  func isClosed() -> Bool {
    var byte: UInt8 = 0
    let got = recv(socket, &byte, 1, Int32(MSG_DONTWAIT | MSG_PEEK))
    return got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
  }

  /// Waits up to `seconds` for the server to close the connection.
  func waitForClose(within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if isClosed() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return false
  }

  /// The first line of the answer.
  func statusLine() -> String? {
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var buffer = [UInt8](repeating: 0, count: 4096)
    let got = recv(socket, &buffer, buffer.count, 0)
    guard got > 0 else { return nil }
    return String(decoding: buffer[..<got], as: UTF8.self).components(separatedBy: "\r\n").first
  }
}
