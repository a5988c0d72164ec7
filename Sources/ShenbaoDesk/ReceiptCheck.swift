import ShenbaoBundle
import ShenbaoCore

/// What has become of the bundles of a receipt: compared by name, then by content.
public struct ReceiptCheck: Sendable, Hashable {
  /// One difference between the receipt and the bundles now.
  public enum Difference: Sendable, Hashable {
    /// The bundle named in the receipt holds other bytes now.
    case changed(name: String, was: String, now: String)
    /// A bundle of the receipt is no longer in the folder.
    case missing(name: String)
    /// A bundle in the folder the receipt does not list; `sameAs` names the receipt's bundle of
    /// the same content, when it is one renamed.
    case added(name: String, sameAs: String?)
    /// A bundle in the folder the receipt does not list, a copy of one it does that is still there.
    case copied(name: String, of: String)
    /// A bundle named on its own that the receipt lists neither by name nor by content.
    case notListed(name: String)
    /// A bundle that could not be read to compare.
    case unreadable(name: String)
  }

  /// A bundle as it is now: its name as the receipt would record it and its SHA-256, `nil`
  /// when it could not be read.
  public struct Current: Sendable, Hashable {
    public var name: String
    public var sha256: String?

    public init(name: String, sha256: String?) {
      self.name = name
      self.sha256 = sha256
    }
  }

  public var differences: [Difference]
  /// How many bundles are exactly as the receipt records them.
  public var unchanged: Int
  /// A bundle named on its own whose bytes are those of the receipt's bundle `recorded`: the
  /// same bundle, saved under a name of its own.
  public struct OtherName: Sendable, Hashable {
    public var name: String
    public var recorded: String
  }

  /// The bundles, named on their own, that the receipt records under another name.
  public var sameUnderOtherName: [OtherName]

  /// Compares `current` with `receipt`. With `wholeFolders` (the bundles are every bundle of
  /// the folders named), a bundle of the receipt not among them is missing and one it does not
  /// list was added; otherwise (bundles named one by one, as an applicant checks their own) only
  /// those are compared, by name or else by content.
  public init(_ receipt: Receipt, current: [Current], wholeFolders: Bool) {
    let recorded = Dictionary(receipt.bundles.map { (Self.key($0.name), $0) }) { first, _ in first }
    let byDigest = Dictionary(receipt.bundles.map { ($0.sha256, $0.name) }) { first, _ in first }
    var differences: [Difference] = []
    var unchanged = 0
    var sameUnderOtherName: [OtherName] = []
    var seen = Set<String>()
    let present = Set(current.map { Self.key($0.name) })
    for bundle in current where seen.insert(Self.key(bundle.name)).inserted {
      guard let sha256 = bundle.sha256 else {
        differences.append(.unreadable(name: bundle.name))
        continue
      }
      if let entry = recorded[Self.key(bundle.name)] {
        if entry.sha256 == sha256 { unchanged += 1 } else {
          differences.append(.changed(name: bundle.name, was: entry.sha256, now: sha256))
        }
      } else if !wholeFolders {
        if let other = byDigest[sha256] {
          unchanged += 1
          sameUnderOtherName.append(OtherName(name: bundle.name, recorded: other))
        } else {
          differences.append(.notListed(name: bundle.name))
        }
      } else if let other = byDigest[sha256], present.contains(Self.key(other)) {
        differences.append(.copied(name: bundle.name, of: other))
      } else {
        differences.append(.added(name: bundle.name, sameAs: byDigest[sha256]))
      }
    }
    if wholeFolders {
      for entry in receipt.bundles where !seen.contains(Self.key(entry.name)) {
        let renamed = differences.contains { if case .added(_, entry.name?) = $0 { true } else { false } }
        if !renamed { differences.append(.missing(name: entry.name)) }
      }
    }
    self.differences = differences
    self.unchanged = unchanged
    self.sameUnderOtherName = sameUnderOtherName
  }

  /// A name as compared: Unicode-normalised, so a name written in decomposed form matches.
  package static func key(_ name: String) -> String { BagIt.normalized(name) }

  /// `true` when every bundle is as the receipt records it.
  public var matches: Bool { differences.isEmpty }

  /// A line per difference (names made safe for a terminal), then the counts.
  public func lines(_ language: Language) -> [String] {
    let catalogue = MessageCatalogue.shared
    func text(_ key: String, _ arguments: [String: String]) -> String {
      catalogue.text("receipt.\(key)", language, arguments.mapValues { $0.escapingControlCharacters.abridged })
    }
    var lines = sameUnderOtherName.map { text("sameContent", ["name": $0.name, "other": $0.recorded]) }
    lines += differences.map { difference -> String in
      switch difference {
      case .changed(let name, let was, let now): text("changed", ["name": name, "was": was, "now": now])
      case .missing(let name): text("missing", ["name": name])
      case .added(let name, let other?): text("renamed", ["name": name, "other": other])
      case .added(let name, nil): text("added", ["name": name])
      case .copied(let name, let other): text("copied", ["name": name, "other": other])
      case .notListed(let name): text("notListed", ["name": name])
      case .unreadable(let name): text("unreadable", ["name": name])
      }
    }
    func count(_ match: (Difference) -> Bool) -> Int { differences.filter(match).count }
    let kinds: [(key: String, count: Int)] = [
      ("unchanged", unchanged),
      ("changed", count { if case .changed = $0 { true } else { false } }),
      ("missing", count { if case .missing = $0 { true } else { false } }),
      ("added", count { switch $0 { case .added(_, nil), .copied: true; default: false } }),
      ("renamed", count { if case .added(_, _?) = $0 { true } else { false } }),
      ("notListed", count { if case .notListed = $0 { true } else { false } }),
      ("unreadable", count { if case .unreadable = $0 { true } else { false } }),
    ]
    let details = kinds.filter { $0.key == "unchanged" || $0.count > 0 }
      .map { catalogue.text("receipt.count.\($0.key)", language, ["count": String($0.count)]) }
    lines.append(catalogue.text("receipt.counts", language,
      ["details": details.joined(separator: catalogue.text("receipt.separator", language))]))
    return lines
  }
}
