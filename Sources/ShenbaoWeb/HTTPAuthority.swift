/// The host and port a request names (its `Host` header, the authority of its `Origin`), parsed
/// strictly so that only what really names this machine counts as local.
///
/// A DNS name that starts like an address (`127.0.0.1.nip.io`, `127.evil.example`) is a name, and
/// a name other than `localhost` can be made to point anywhere: that is how DNS rebinding reaches
/// a server on loopback. So an address counts only as a literal — four decimal parts in
/// 127.0.0.0/8, or `[::1]` — and a name only as `localhost`.
public struct HTTPAuthority: Sendable, Hashable {
  /// What the host part is.
  public enum Host: Sendable, Hashable {
    /// An IPv4 literal in dotted-decimal form, its four bytes.
    case ipv4([UInt8])
    /// An IPv6 literal (written in brackets), its sixteen bytes.
    case ipv6([UInt8])
    /// A DNS name, in lower case.
    case name(String)
  }

  public var host: Host
  /// The port, when one is written.
  public var port: Int?

  public init(host: Host, port: Int? = nil) {
    self.host = host
    self.port = port
  }

  /// The longest text parsed; a Host header is far shorter.
  package static let longest = 300

  /// Parses `host`, `host:port`, `[v6]` or `[v6]:port`; `nil` for anything else (empty, a user
  /// part, a path, spaces, a port out of range, a name with characters no DNS name has).
  public init?(_ text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count <= Self.longest else { return nil }
    var hostBytes: ArraySlice<UInt8>
    var portBytes: ArraySlice<UInt8>?
    if bytes[0] == UInt8(ascii: "[") {
      guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
      guard let address = Self.ipv6(bytes[1..<close]) else { return nil }
      host = .ipv6(address)
      let rest = bytes[(close + 1)...]
      if !rest.isEmpty {
        guard rest.first == UInt8(ascii: ":") else { return nil }
        portBytes = rest.dropFirst()
      }
      hostBytes = []
    } else {
      if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
        hostBytes = bytes[..<colon]
        portBytes = bytes[(colon + 1)...]
      } else {
        hostBytes = bytes[...]
      }
      if let address = Self.ipv4(hostBytes) {
        host = .ipv4(address)
      } else if let name = Self.name(hostBytes) {
        host = .name(name)
      } else {
        return nil
      }
    }
    if let portBytes {
      guard let port = Self.port(portBytes) else { return nil }
      self.port = port
    } else {
      port = nil
    }
  }

  /// `true` for an address or name that only this machine answers: 127.0.0.0/8, ::1, localhost.
  public var isLoopback: Bool {
    switch host {
    case .ipv4(let bytes): bytes[0] == 127
    case .ipv6(let bytes): bytes == Array(repeating: 0, count: 15) + [1]
    case .name(let name): name == "localhost"
    }
  }

  /// `true` when `address`, an address to listen on as `serve --host` takes it (an IPv6 one
  /// with or without brackets), is one only this machine reaches.
  public static func isLoopbackAddress(_ address: String) -> Bool {
    let bracketed = address.contains(":") && !address.hasPrefix("[") ? "[\(address)]" : address
    guard let authority = HTTPAuthority(bracketed), authority.port == nil else { return false }
    return authority.isLoopback
  }

  // MARK: Parts

  /// Four decimal numbers from 0 to 255 without leading zeros, joined by dots.
  package static func ipv4(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var address: [UInt8] = []
    for part in parts {
      guard (1...3).contains(part.count), part.allSatisfy(Self.isDigit),
        part.count == 1 || part.first != UInt8(ascii: "0")
      else { return nil }
      let value = part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
      guard value <= 255 else { return nil }
      address.append(UInt8(value))
    }
    return address
  }

  /// An IPv6 address as RFC 4291 writes it: eight groups of up to four hexadecimal digits, one
  /// `::` for a run of zero groups, the last 32 bits perhaps as an IPv4 literal.
  package static func ipv6(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
    guard !bytes.isEmpty, bytes.count <= 45 else { return nil }
    let text = Array(bytes)
    var head: [UInt16] = []
    var tail: [UInt16] = []
    var compressed = false
    var index = 0
    if text.starts(with: [UInt8(ascii: ":"), UInt8(ascii: ":")]) {
      compressed = true
      index = 2
    } else if text.first == UInt8(ascii: ":") {
      return nil
    }
    while index < text.count {
      // The last 32 bits as an IPv4 literal: the last group, holding dots.
      let rest = text[index...]
      if !rest.contains(UInt8(ascii: ":")), rest.contains(UInt8(ascii: ".")) {
        guard let v4 = ipv4(rest) else { return nil }
        let groups = [UInt16(v4[0]) << 8 | UInt16(v4[1]), UInt16(v4[2]) << 8 | UInt16(v4[3])]
        if compressed { tail += groups } else { head += groups }
        index = text.count
        break
      }
      var value: UInt16 = 0
      var digits = 0
      while index < text.count, let digit = hexValue(text[index]) {
        guard digits < 4 else { return nil }
        value = value << 4 | UInt16(digit)
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      if compressed { tail.append(value) } else { head.append(value) }
      guard index < text.count else { break }
      guard text[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      if index < text.count, text[index] == UInt8(ascii: ":") {
        guard !compressed else { return nil }
        compressed = true
        index += 1
      } else if index == text.count {
        return nil
      }
    }
    let groups = head.count + tail.count
    guard compressed ? groups < 8 : groups == 8 else { return nil }
    let all = head + Array(repeating: 0, count: 8 - groups) + tail
    return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  }

  /// A DNS name: labels of letters, digits, hyphens and underscores, joined by dots, at most 253
  /// characters, the last not starting with a digit (`127.1` and `0x7f.1` are addresses written
  /// in ways a browser never sends, not names); in lower case.
  package static func name(_ bytes: ArraySlice<UInt8>) -> String? {
    guard !bytes.isEmpty, bytes.count <= 253 else { return nil }
    let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard let last = labels.last?.first, !isDigit(last) else { return nil }
    for label in labels {
      guard (1...63).contains(label.count),
        label.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
      else { return nil }
    }
    return String(decoding: bytes.map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// A port from 1 to 65535, in at most five digits.
  package static func port(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard (1...5).contains(bytes.count), bytes.allSatisfy(isDigit) else { return nil }
    let value = bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    return (1...65_535).contains(value) ? value : nil
  }

  package static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
  package static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

  package static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}

/// The `Origin` a browser sends with a request: the scheme, host and port of the page that made
/// it, compared with the request's own host so that only this server's pages may post to it.
public struct HTTPOrigin: Sendable, Hashable {
  public var scheme: String
  public var authority: HTTPAuthority

  /// Parses `scheme://host[:port]`; `nil` for `null` (a sandboxed frame, a `data:` or `file:`
  /// page), for a path or anything else an origin does not have.
  public init?(_ text: some StringProtocol) {
    guard let separator = text.firstRange(of: "://") else { return nil }
    let scheme = text[..<separator.lowerBound].lowercased()
    guard !scheme.isEmpty, scheme.utf8.allSatisfy({ HTTPAuthority.isLetter($0) }),
      let authority = HTTPAuthority(text[separator.upperBound...])
    else { return nil }
    self.scheme = scheme
    self.authority = authority
  }

  /// `true` when the origin is a page of the server that `host` (the request's `Host`) names and
  /// that speaks `scheme`: the same scheme, host and port (a port not written being the
  /// scheme's own).
  public func isSameOrigin(as host: HTTPAuthority, scheme serverScheme: String = "http") -> Bool {
    let defaultPort = serverScheme == "https" ? 443 : 80
    return scheme == serverScheme && authority.host == host.host
      && (authority.port ?? defaultPort) == (host.port ?? defaultPort)
  }
}
