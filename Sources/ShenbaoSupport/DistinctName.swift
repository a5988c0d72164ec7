/// File names kept apart: a name already used gets -2, -3 … before its extension, the first not
/// used, so that no name grows past its number however many share it. Names are compared as a
/// file system compares them, after NFC.
package enum DistinctName {
  /// `name`, or the first of `name-2`, `name-3` … that `used` lacks; added to `used`.
  package static func make(_ name: String, among used: inout Set<String>) -> String {
    var candidate = name
    var counter = 1
    while !used.insert(candidate.nfc).inserted {
      counter += 1
      let ext = name.pathExtension
      candidate = ext.isEmpty ? "\(name)-\(counter)" : "\(name.deletingPathExtension)-\(counter).\(ext)"
    }
    return candidate
  }
}

extension String {
  /// The text in Unicode's composed form (NFC), as the standard library compares strings: a
  /// name decomposed (macOS) and composed (elsewhere) are then one.
  package var nfc: String {
    String(decoding: _nfcCodeUnits, as: UTF8.self)
  }
}
