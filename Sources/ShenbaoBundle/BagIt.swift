import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// The tag files of a BagIt bag (RFC 8493): the declaration, bag-info, and manifests.
public enum BagIt {
  /// The declaration file's name and content.
  public static let declarationName = "bagit.txt"
  public static let declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
  public static let bagInfoName = "bag-info.txt"
  public static let fetchName = "fetch.txt"
  /// The form definition a bundle was checked against, as a tag file.
  public static let formName = "shenbao-form.yaml"
  public static let manifestName = "manifest-sha256.txt"
  public static let tagManifestName = "tagmanifest-sha256.txt"
  /// The payload folder.
  public static let payloadFolder = "data"

  /// A manifest: one `checksum  path` line per file, sorted by path.
  public static func manifest(_ checksums: [String: String]) -> String {
    checksums.keys.sorted().map { "\(checksums[$0] ?? "")  \(encode($0))\n" }.joined()
  }

  /// What a tag file's name says it is: a payload or tag manifest and the algorithm it names
  /// (`manifest-sha256.txt`), or `nil` for any other file.
  public static func manifestKind(of name: String) -> (isTagManifest: Bool, algorithm: String)? {
    for (prefix, isTag) in [("tagmanifest-", true), ("manifest-", false)] where name.hasPrefix(prefix) {
      guard name.hasSuffix(".txt") else { return nil }
      let algorithm = name.dropFirst(prefix.count).dropLast(4)
      guard !algorithm.isEmpty, !algorithm.contains("/") else { return nil }
      return (isTag, String(algorithm))
    }
    return nil
  }

  /// A manifest as read: its entries by path (decoded and in NFC, so a name and its NFD twin
  /// are one path), and what is wrong with its lines.
  public struct Manifest: Sendable {
    /// Checksum (lower case) by path.
    public var entries: [String: String] = [:]
    /// The one-based numbers of lines that are not `checksum path` with a checksum of the
    /// algorithm's length and a safe path.
    public var malformedLines: [Int] = []
    /// Paths listed more than once: `conflicting` when with different checksums.
    public var repeated: [(path: String, conflicting: Bool)] = []
  }

  /// Reads a manifest whose checksums are `hexLength` hex digits long (any length when `nil`).
  /// Blank lines and `#` comments are skipped, as bagit-python does; a `*` before the path
  /// (binary mode of `sha256sum`) is dropped.
  public static func parseManifest(_ text: String, hexLength: Int?) -> Manifest {
    var manifest = Manifest()
    var number = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      let line = rawLine.trimmingWhiteSpace
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
      guard parts.count == 2 else {
        manifest.malformedLines.append(number)
        continue
      }
      let checksum = parts[0].lowercased()
      var rawPath = Substring(parts[1].trimmingWhiteSpace)
      if rawPath.hasPrefix("*") { rawPath = rawPath.dropFirst() }
      let path = normalized(decode(String(rawPath)))
      guard checksum.utf8.allSatisfy(\.isHexDigit), hexLength.map({ checksum.utf8.count == $0 }) ?? true,
        !path.isEmpty, isSafe(path)
      else {
        manifest.malformedLines.append(number)
        continue
      }
      if let earlier = manifest.entries[path] {
        manifest.repeated.append((path, earlier != checksum))
        continue
      }
      manifest.entries[path] = checksum
    }
    return manifest
  }

  /// A path a manifest may name: relative, without `..`, `.` or empty steps, no backslash.
  package static func isSafe(_ path: String) -> Bool {
    guard !path.hasPrefix("/"), !path.contains("\\") else { return false }
    return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
  }

  /// A path as it is compared: in Unicode NFC, so two names that differ only in normalisation
  /// are the same name (as bagit-python and every file system that normalises take them).
  public static func normalized(_ path: String) -> String {
    // The standard library's own NFC, which `==` on strings is defined by.
    path.nfc
  }

  /// bag-info.txt from labels and values, in order; line breaks in values become spaces.
  public static func bagInfo(_ fields: [(String, String)]) -> String {
    fields.map { label, value in
      let flat = value.split(whereSeparator: \.isNewline).joined(separator: " ")
      return "\(label): \(flat)\n"
    }.joined()
  }

  /// The fields of a tag file (bag-info.txt, bagit.txt), folded lines joined, in order.
  public static func parseBagInfo(_ text: String) -> [(String, String)] {
    parseTags(text).fields
  }

  /// The fields of a tag file and the one-based numbers of lines that are neither a
  /// `Label: value` line nor the continuation of one.
  public static func parseTags(_ text: String) -> (fields: [(String, String)], malformedLines: [Int]) {
    var fields: [(String, String)] = []
    var malformed: [Int] = []
    var number = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
        fields[fields.count - 1].1 += " " + String(line).trimmedForForm
      } else if let colon = line.firstIndex(of: ":") {
        fields.append((String(line[..<colon]).trimmedForForm, String(line[line.index(after: colon)...]).trimmedForForm))
      } else {
        malformed.append(number)
      }
    }
    return (fields, malformed)
  }

  /// Payload-Oxum: the payload's octet count and file count.
  public static func payloadOxum(bytes: Int, files: Int) -> String { "\(bytes).\(files)" }

  /// RFC 8493 §2.1.3: in manifests, `%`, CR and LF in paths are percent-encoded.
  package static func encode(_ path: String) -> String {
    path.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
      .replacingAll("\n", with: "%0A")
  }

  package static func decode(_ path: String) -> String {
    guard path.contains("%") else { return path }
    return path.replacingAll("%0A", with: "\n").replacingAll("%0a", with: "\n")
      .replacingAll("%0D", with: "\r").replacingAll("%0d", with: "\r")
      .replacingAll("%25", with: "%")
  }
}

extension StringProtocol {
  fileprivate var trimmingWhiteSpace: Substring {
    let scalars = Substring(self)
    guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return scalars[first...last]
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x61...0x66).contains(self)
  }
}
