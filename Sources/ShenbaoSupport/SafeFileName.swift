/// File and folder names that every system accepts and no archive reader misreads.
public enum SafeFileName {
  /// The longest name kept, in UTF-8 bytes (most file systems allow 255).
  public static let maximumBytes = 150

  /// `name` without path separators, characters Windows forbids, control characters, and
  /// leading or trailing dots and spaces, with `%` written full-width (BagIt manifests
  /// percent-encode it, and not every reader decodes it); shortened (keeping the extension) to
  /// ``maximumBytes``; `fallback` if nothing is left.
  public static func component(_ name: String, fallback: String) -> String {
    let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    var cleaned = String(name.unicodeScalars.filter { scalar in
      !(scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029)
    }.map(Character.init)).filter { !forbidden.contains($0) }.replacingAll("%", with: "％")
    cleaned = cleaned.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while let first = cleaned.first, first == "." || first == " " { cleaned.removeFirst() }
    while let last = cleaned.last, last == "." || last == " " { cleaned.removeLast() }
    guard !cleaned.isEmpty else { return fallback }
    guard cleaned.utf8.count > maximumBytes else { return cleaned }
    let dot = cleaned.lastIndex(of: ".")
    let ext = dot.map { String(cleaned[$0...]) } ?? ""
    var stem = dot.map { String(cleaned[..<$0]) } ?? cleaned
    let room = ext.utf8.count < maximumBytes / 2 ? maximumBytes - ext.utf8.count : maximumBytes
    while stem.utf8.count > room { stem.removeLast() }
    return stem + (room == maximumBytes ? "" : ext)
  }
}
