import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request body arrives slower than a floor, measured once the body
/// has had its grace: a client that sends a byte a second would otherwise hold its connection,
/// its buffers and an upload's open files for as long as it likes. (A client that sends nothing,
/// or a request head dribbled byte by byte, is closed by the server's idle timeout.)
final class SlowClientGuard: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart

  private let patience: WebServer.Patience
  private var started: NIODeadline?
  private var received = 0

  init(_ patience: WebServer.Patience) {
    self.patience = patience
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head:
      started = .now()
      received = 0
    case .body(let buffer):
      received += buffer.readableBytes
      if let started, isTooSlow(since: started) {
        context.close(promise: nil)
        return
      }
    case .end:
      started = nil
    }
    context.fireChannelRead(data)
  }

  private func isTooSlow(since start: NIODeadline) -> Bool {
    let elapsed = NIODeadline.now() - start
    guard elapsed > patience.grace else { return false }
    let seconds = Double(elapsed.nanoseconds) / 1e9
    return Double(received) < Double(patience.bodyBytesPerSecond) * seconds
  }
}
