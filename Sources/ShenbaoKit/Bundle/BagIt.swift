import Foundation

/// The tag files of a BagIt bag (RFC 8493): the declaration, bag-info, and manifests.
public enum BagIt {
  /// The declaration file's name and content.
  public static let declarationName = "bagit.txt"
  public static let declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
  public static let bagInfoName = "bag-info.txt"
  public static let manifestName = "manifest-sha256.txt"
  public static let tagManifestName = "tagmanifest-sha256.txt"
  /// The payload folder.
  public static let payloadFolder = "data"

  /// A manifest: one `checksum  path` line per file, sorted by path.
  public static func manifest(_ checksums: [String: String]) -> String {
    checksums.keys.sorted().map { "\(checksums[$0] ?? "")  \(encode($0))\n" }.joined()
  }

  /// The entries of a manifest, path to checksum; `nil` when a line is malformed.
  public static func parseManifest(_ text: String) -> [String: String]? {
    var entries: [String: String] = [:]
    for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
      guard parts.count == 2 else { return nil }
      let checksum = parts[0].lowercased()
      let path = String(parts[1]).trimmingLeadingWhiteSpace
      guard checksum.count == 64, checksum.allSatisfy(\.isHexDigit), !path.isEmpty else { return nil }
      entries[decode(path)] = checksum
    }
    return entries
  }

  /// bag-info.txt from labels and values, in order; line breaks in values become spaces.
  public static func bagInfo(_ fields: [(String, String)]) -> String {
    fields.map { label, value in
      let flat = value.split(whereSeparator: \.isNewline).joined(separator: " ")
      return "\(label): \(flat)\n"
    }.joined()
  }

  /// The fields of bag-info.txt, folded lines joined, in order.
  public static func parseBagInfo(_ text: String) -> [(String, String)] {
    var fields: [(String, String)] = []
    for line in text.split(whereSeparator: \.isNewline) {
      if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
        fields[fields.count - 1].1 += " " + String(line).trimmedForForm
      } else if let colon = line.firstIndex(of: ":") {
        fields.append((String(line[..<colon]).trimmedForForm, String(line[line.index(after: colon)...]).trimmedForForm))
      }
    }
    return fields
  }

  /// Payload-Oxum: the payload's octet count and file count.
  public static func payloadOxum(bytes: Int, files: Int) -> String { "\(bytes).\(files)" }

  /// RFC 8493 §2.1.3: in manifests, `%`, CR and LF in paths are percent-encoded.
  static func encode(_ path: String) -> String {
    path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  static func decode(_ path: String) -> String {
    path.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0a", with: "\n")
      .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0d", with: "\r")
      .replacingOccurrences(of: "%25", with: "%")
  }
}

extension StringProtocol {
  fileprivate var trimmingLeadingWhiteSpace: String {
    String(drop { $0 == " " || $0 == "\t" })
  }
}
