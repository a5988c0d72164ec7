import FoundationEssentials
import Glibc
import ShenbaoSupport
import Synchronization

/// A private folder for one request's uploads (mode 0700, under the system's temporary
/// folder), removed with everything in it when the request is answered.
final class UploadFolder: Sendable {
  let url: URL

  /// The folders of the requests under way, for a process that must end before they are done.
  private static let live = Mutex<Set<String>>([])

  /// A new folder; throws the system's reason when none can be made.
  init() throws(POSIXError) {
    let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/shenbao-serve-XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    url = URL(fileURLWithPath: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    _ = Self.live.withLock { $0.insert(url.path) }
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
    _ = Self.live.withLock { $0.remove(url.path) }
  }

  /// Removes the folders of every request under way.
  static func removeAll() {
    for path in live.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
  }

  /// The most UTF-8 bytes of a stored name: a file system allows 255, and a name told apart
  /// from a twin (`-100`) or stored beside its temporary copy grows a little.
  static let longestName = 200

  /// A name a client gave a file, made safe to store under: its last component only, without
  /// characters that act on terminals or file systems, no leading dots, in NFC, at most
  /// ``longestName`` bytes of UTF-8 (its extension kept, cut between characters, or between the
  /// scalars of a character built of hundreds); `fallback` when nothing is left.
  static func safeName(_ name: String, fallback: String) -> String {
    let leaf = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    var scalars = String.UnicodeScalarView()
    for scalar in leaf.unicodeScalars where scalar.value >= 0x20 && scalar.value != 0x7F
      && !(0x80...0x9F).contains(scalar.value) && !(0x202A...0x202E).contains(scalar.value)
      && !(0x2066...0x2069).contains(scalar.value) && scalar != ":" && scalar != "*" && scalar != "?"
      && scalar != "\"" && scalar != "<" && scalar != ">" && scalar != "|"
    {
      scalars.append(scalar)
    }
    let cleaned = String(String(scalars).drop { $0 == "." || $0 == " " }).nfc
    guard !cleaned.isEmpty else { return fallback }
    guard cleaned.utf8.count > longestName else { return cleaned }
    let ext = cleaned.pathExtension
    let ending = !ext.isEmpty && ext.utf8.count < 20 ? "." + ext : ""
    let stem = ending.isEmpty ? cleaned : cleaned.deletingPathExtension
    return prefix(of: stem, bytes: longestName - ending.utf8.count) + ending
  }

  /// The longest start of `text` within `bytes` of UTF-8: whole characters where they fit,
  /// else whole scalars.
  static func prefix(of text: String, bytes: Int) -> String {
    var kept = "", size = 0
    for character in text {
      let length = character.utf8.count
      if size + length > bytes {
        for scalar in character.unicodeScalars {
          guard size + scalar.utf8.count <= bytes else { break }
          kept.unicodeScalars.append(scalar)
          size += scalar.utf8.count
        }
        break
      }
      kept.append(character)
      size += length
    }
    return kept
  }
}
