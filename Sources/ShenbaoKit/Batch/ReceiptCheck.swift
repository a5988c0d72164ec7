/// What has become of the bundles of a receipt: compared by name, then by content.
public struct ReceiptCheck: Sendable, Hashable {
  /// One difference between the receipt and the bundles now.
  public enum Difference: Sendable, Hashable {
    /// The bundle named in the receipt holds other bytes now.
    case changed(name: String, was: String, now: String)
    /// A bundle of the receipt is no longer in the folder.
    case missing(name: String)
    /// A bundle the receipt does not list; `sameAs` names the receipt's bundle of the same
    /// content, when it is one renamed.
    case added(name: String, sameAs: String?)
    /// A bundle the receipt does not list, a copy of one it does that is still there.
    case copied(name: String, of: String)
    /// A bundle that could not be read to compare.
    case unreadable(name: String)
  }

  /// A bundle as it is now: its name as the receipt would record it and its SHA-256, `nil`
  /// when it could not be read.
  public struct Current: Sendable, Hashable {
    public var name: String
    public var sha256: String?
    /// Whether it was found in a folder (so a bundle of the receipt not among them is missing)
    /// rather than named on its own (an applicant checking their own bundle).
    public var inFolder: Bool

    public init(name: String, sha256: String?, inFolder: Bool) {
      self.name = name
      self.sha256 = sha256
      self.inFolder = inFolder
    }
  }

  public var differences: [Difference]
  /// How many bundles are exactly as the receipt records them.
  public var unchanged: Int

  /// Compares `current` with `receipt`. Bundles of the receipt missing from the folders are
  /// reported only when some bundle was found in a folder: an applicant naming their own
  /// bundle is not told that the others are absent.
  public init(_ receipt: Receipt, current: [Current]) {
    let recorded = Dictionary(receipt.bundles.map { (Self.key($0.name), $0) }) { first, _ in first }
    let byDigest = Dictionary(receipt.bundles.map { ($0.sha256, $0.name) }) { first, _ in first }
    var differences: [Difference] = []
    var unchanged = 0
    var seen = Set<String>()
    for bundle in current {
      let key = Self.key(bundle.name)
      seen.insert(key)
      guard let sha256 = bundle.sha256 else {
        differences.append(.unreadable(name: bundle.name))
        continue
      }
      if let entry = recorded[key] {
        if entry.sha256 == sha256 { unchanged += 1 } else {
          differences.append(.changed(name: bundle.name, was: entry.sha256, now: sha256))
        }
      } else {
        differences.append(.added(name: bundle.name, sameAs: byDigest[sha256]))
      }
    }
    differences = differences.map { difference in
      guard case .added(let name, let other?) = difference, seen.contains(Self.key(other)) else { return difference }
      return .copied(name: name, of: other)
    }
    if current.contains(where: \.inFolder) {
      for entry in receipt.bundles where !seen.contains(Self.key(entry.name)) {
        let renamed = differences.contains { if case .added(_, entry.name?) = $0 { true } else { false } }
        if !renamed { differences.append(.missing(name: entry.name)) }
      }
    }
    self.differences = differences
    self.unchanged = unchanged
  }

  /// A name as compared: Unicode-normalised, so a name written in decomposed form matches.
  static func key(_ name: String) -> String { BagIt.normalized(name) }

  /// `true` when every bundle is as the receipt records it.
  public var matches: Bool { differences.isEmpty }

  /// A line per difference, then the counts.
  public func lines(_ language: Language) -> [String] {
    let catalogue = MessageCatalogue.shared
    var lines = differences.map { difference -> String in
      switch difference {
      case .changed(let name, let was, let now):
        catalogue.text("receipt.changed", language, ["name": name, "was": was, "now": now])
      case .missing(let name): catalogue.text("receipt.missing", language, ["name": name])
      case .added(let name, let other?): catalogue.text("receipt.renamed", language, ["name": name, "other": other])
      case .added(let name, nil): catalogue.text("receipt.added", language, ["name": name])
      case .copied(let name, let other): catalogue.text("receipt.copied", language, ["name": name, "other": other])
      case .unreadable(let name): catalogue.text("receipt.unreadable", language, ["name": name])
      }
    }
    let kinds: [(key: String, count: Int)] = [
      ("unchanged", unchanged),
      ("changed", differences.filter { if case .changed = $0 { true } else { false } }.count),
      ("missing", differences.filter { if case .missing = $0 { true } else { false } }.count),
      ("added", differences.filter {
        switch $0 { case .added(_, nil), .copied: true; default: false }
      }.count),
      ("renamed", differences.filter { if case .added(_, _?) = $0 { true } else { false } }.count),
      ("unreadable", differences.filter { if case .unreadable = $0 { true } else { false } }.count),
    ]
    let details = kinds.filter { $0.key == "unchanged" || $0.count > 0 }
      .map { catalogue.text("receipt.count.\($0.key)", language, ["count": String($0.count)]) }
    lines.append(catalogue.text("receipt.counts", language,
      ["details": details.joined(separator: catalogue.text("receipt.separator", language))]))
    return lines
  }
}
