import ShenbaoWeb
import Testing

/// The Host and Origin a request names, parsed so that only a loopback literal or localhost
/// counts as this machine (against DNS rebinding), and only this server's own pages as its origin.
@Suite("Hosts and origins")
struct HTTPAuthorityTests {
  @Test(arguments: ["127.0.0.1", "127.0.0.1:8600", "127.1.2.3:80", "localhost", "LOCALHOST:8600", "[::1]", "[::1]:8600",
    "[0:0:0:0:0:0:0:1]:8600", "[0::1]"])
  func thisMachine(host: String) throws {
    #expect(try #require(HTTPAuthority(host)).isLoopback)
  }

  /// Names that start like a loopback address, other addresses, and what is not a host at all.
  @Test(arguments: ["127.evil.example", "127.0.0.1.nip.io", "127.0.0.1.nip.io:8600", "127.0.0.1.", "localhost.",
    "localhost.evil.example", "evil.example", "10.0.0.1", "[::2]", "[::ffff:127.0.0.1]", "0.0.0.0"])
  func notThisMachine(host: String) throws {
    #expect(HTTPAuthority(host)?.isLoopback != true, "\(host)")
  }

  @Test(arguments: ["", ":8600", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:80:80", "0127.0.0.1",
    "127.0.0.01", "127.1", "0x7f.0.0.1", "127.0.0.1 ", " 127.0.0.1", "user@127.0.0.1", "127.0.0.1/x", "[::1", "::1",
    "[::1]x", "[1::2::3]", "[12345::1]", "[::1%lo]", "a..b", "-.\u{212A}", "ｌｏｃａｌｈｏｓｔ", "127.0.0.1\0"])
  func notAHost(text: String) {
    #expect(HTTPAuthority(text) == nil, "\(text.debugDescription)")
  }

  @Test func readsTheParts() throws {
    #expect(HTTPAuthority("127.0.0.1:8600") == HTTPAuthority(host: .ipv4([127, 0, 0, 1]), port: 8600))
    #expect(HTTPAuthority("[::1]:80") == HTTPAuthority(host: .ipv6(Array(repeating: 0, count: 15) + [1]), port: 80))
    #expect(HTTPAuthority("Desk.Example:8600") == HTTPAuthority(host: .name("desk.example"), port: 8600))
    #expect(HTTPAuthority("[2001:db8::7f00:1]") != nil)
    #expect(HTTPAuthority("[::ffff:10.1.2.3]") != nil)
  }

  /// `serve --host` takes an address to listen on; a name that merely starts like one is not loopback.
  @Test func listeningAddresses() {
    for address in ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"] {
      #expect(HTTPAuthority.isLoopbackAddress(address), "\(address)")
    }
    for address in ["127.something.example", "127.0.0.1.nip.io", "0.0.0.0", "::", "192.168.1.2", "127.0.0.1:80", ""] {
      #expect(!HTTPAuthority.isLoopbackAddress(address), "\(address)")
    }
  }

  @Test func anOriginIsTheSameOnlyInSchemeHostAndPort() throws {
    let host = try #require(HTTPAuthority("127.0.0.1:8600"))
    #expect(try #require(HTTPOrigin("http://127.0.0.1:8600")).isSameOrigin(as: host))
    #expect(try #require(HTTPOrigin("HTTP://127.0.0.1:8600")).isSameOrigin(as: host))
    for other in ["https://127.0.0.1:8600", "http://127.0.0.1:8601", "http://127.0.0.1", "http://localhost:8600",
      "http://127.0.0.1.nip.io:8600", "http://evil.example"]
    {
      #expect(HTTPOrigin(other)?.isSameOrigin(as: host) != true, "\(other)")
    }
    let plain = try #require(HTTPAuthority("127.0.0.1"))
    #expect(try #require(HTTPOrigin("http://127.0.0.1:80")).isSameOrigin(as: plain))
    for text in ["null", "", "file://", "data:text/html,x", "http://127.0.0.1:8600/", "http://127.0.0.1:8600/x", "127.0.0.1:8600"] {
      #expect(HTTPOrigin(text) == nil, "\(text)")
    }
  }
}
