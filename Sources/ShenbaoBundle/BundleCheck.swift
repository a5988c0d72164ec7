import ShenbaoCore

/// The checks `verify` makes of a bundle beyond the draft's own rules: the ZIP, the safety of
/// its entries, and the BagIt bag. Each is a stable finding code; its messages are in the
/// catalogue under `bundle.<code>`.
public enum BundleCheck: String, CatalogueCheck {
  case zipUnreadable = "zip-unreadable"
  case zipEntryCorrupt = "zip-entry-corrupt"
  case zipSizeMismatch = "zip-size-mismatch"
  case zipUnsafeName = "zip-unsafe-name"
  case zipSymlink = "zip-symlink"
  case zipDuplicateName = "zip-duplicate-name"
  case zipBomb = "zip-bomb"
  case zipEncrypted = "zip-encrypted"
  case zipCompression = "zip-compression"
  case bagLayout = "bag-layout"
  case bagDeclaration = "bag-declaration"
  case bagInfoMalformed = "bag-info-malformed"
  case bagFetch = "bag-fetch"
  case bagManifestAlgorithm = "bag-manifest-algorithm"
  case bagManifestMalformed = "bag-manifest-malformed"
  case bagManifestDuplicate = "bag-manifest-duplicate"
  case bagFileMissing = "bag-file-missing"
  case bagFileUnlisted = "bag-file-unlisted"
  case bagChecksum = "bag-checksum"
  case bagOxum = "bag-oxum"
  case bagTagChecksum = "bag-tag-checksum"
  case bagDraftUnreadable = "bag-draft-unreadable"
  case bagForm = "bag-form"

  public static let catalogueSection = "bundle"

  /// Every bundle check is an error — a bundle that fails one cannot be trusted — but
  /// `bag-form`'s note that the bundle was checked against the definition it carries, which
  /// is a warning (``BundleFindings`` tells the two apart).
  public var severity: Severity { .error }

  /// The catalogue keys of the check's messages.
  public var messageKeys: [String] {
    let messages: [String]
    switch self {
    case .zipUnsafeName: messages = ["parent", "absolute", "backslash", "control", "empty"]
    case .zipBomb: messages = ["entry", "ratio", "total", "count"]
    case .bagLayout: messages = ["topFolder", "outside", "declarationMissing"]
    case .bagTagChecksum: messages = ["mismatch", "missing", "manifestMissing", "unlisted"]
    case .bagDeclaration: messages = ["message", "bom"]
    case .bagInfoMalformed: messages = ["message", "encoding"]
    case .bagManifestAlgorithm: messages = ["unknown", "weak"]
    case .bagManifestMalformed: messages = ["message", "encoding", "outside"]
    case .bagManifestDuplicate: messages = ["same", "conflicting"]
    case .bagFileMissing: messages = ["message", "manifest"]
    case .zipDuplicateName: messages = ["message", "archive"]
    case .bagForm: messages = ["altered", "carried", "unusable"]
    default: messages = ["message"]
    }
    return messages.map { "bundle.\(code).\($0)" }
  }
}
