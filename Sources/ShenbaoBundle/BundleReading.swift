import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport

/// The first phase of verifying a bundle: opening the ZIP, refusing hostile entries, and reading
/// every other entry once — CRC checked by libzip, every digest a manifest asks for computed on
/// the way, first bytes kept.
///
/// Tag files (everything outside the payload) are read first, so the payload manifests present
/// say which digests to compute while each payload file streams by; the payload's entries are
/// then read on `jobs` threads at once, and what was learnt of them recorded in their order in
/// the archive, so the findings do not depend on which thread finished first. Entry names are
/// compared in NFC: two entries whose names differ only in Unicode normalisation are one name
/// twice.
package struct BundleReading {
  package let limits: BundleLimits
  /// How many threads read the payload's entries at most.
  package let jobs: Int
  /// What was read, when the archive opened and had one top folder.
  package var contents: Contents?

  /// The bag as read. Paths are below the top folder, in NFC.
  package struct Contents {
    /// The top folder's name.
    package var root: String
    /// Files outside the payload folder that were read, with their bytes (up to
    /// ``BundleLimits/maxTextBytes``).
    package var tagFiles: [String: Data] = [:]
    /// The digests of every entry that was read.
    package var digests: [String: [DigestAlgorithm: String]] = [:]
    /// Payload files by path below the payload folder.
    package var payloadFacts: [String: BundleAttachmentStore.Facts] = [:]
    /// The payload's small text files (the draft), by path below the payload folder.
    package var payloadData: [String: Data] = [:]
    /// The declared size and count of every payload entry, readable or not.
    package var payloadBytes: UInt64 = 0
    package var payloadCount = 0
    /// Every payload path, read or not.
    package var payloadPaths: Set<String> = []
    /// Paths whose entries were refused or failed to read: they have their finding already.
    package var unreadable: Set<String> = []

    /// A tag file's text, without a byte order mark; `nil` when absent or not UTF-8.
    package func tagText(_ name: String) -> String? {
      tagFiles[name].flatMap { try? TextFile.decode($0) }
    }
  }

  package init(limits: BundleLimits, jobs: Int = 1) {
    self.limits = limits
    self.jobs = max(1, jobs)
  }

  /// Reads the bundle in `source`: a file, or bytes in memory.
  package mutating func read(_ source: BundleSource, into findings: inout BundleFindings) {
    let archive: ZipArchive
    let entries: [ZipEntryInfo]
    do {
      archive = try source.open()
      guard archive.entryCount <= limits.maxEntries else {
        findings.add(.zipBomb, "count", path: "",
          ["count": String(archive.entryCount), "limit": String(limits.maxEntries)])
        return
      }
      entries = try archive.entries()
    } catch {
      let problem = ZipProblem.of(error)
      if problem.isDuplicateName {
        findings.add(.zipDuplicateName, "archive", path: "")
      } else {
        findings.add(.zipUnreadable, "message", path: "", ["reason": problem.message(findings.language)])
      }
      return
    }
    let total = entries.reduce(UInt64(0)) { $0 &+ $1.size }
    guard total <= limits.maxTotalBytes else {
      findings.add(.zipBomb, "total", path: "", ["size": String(total), "limit": String(limits.maxTotalBytes)])
      return
    }
    var refused = Set(entries.filter { !isSafe($0, &findings) }.map(\.index))
    refused.formUnion(duplicates(among: entries.filter { !refused.contains($0.index) }, &findings))
    let safe = entries.filter { !refused.contains($0.index) }
    let roots = Set(safe.compactMap { $0.name.split(separator: "/").first.map(String.init) })
    guard roots.count == 1, let root = roots.first else {
      findings.add(.bagLayout, "topFolder", path: "", ["count": String(roots.count)])
      return
    }
    var contents = Contents(root: root)
    let payloadPrefix = BagIt.payloadFolder + "/"
    for entry in entries where !entry.isDirectory {
      let relative = Self.relative(entry.name, root: root)
      if refused.contains(entry.index) { contents.unreadable.insert(relative) }
      if relative.hasPrefix(payloadPrefix) {
        contents.payloadBytes &+= entry.size
        contents.payloadCount += 1
        contents.payloadPaths.insert(relative)
      }
    }
    var tags: [(ZipEntryInfo, String)] = []
    var payload: [(ZipEntryInfo, String)] = []
    for entry in safe where !entry.isDirectory {
      guard entry.name.hasPrefix(root + "/") else {
        findings.add(.bagLayout, "outside", path: entry.name, ["entry": entry.name])
        continue
      }
      let relative = Self.relative(entry.name, root: root)
      if relative.hasPrefix(payloadPrefix) { payload.append((entry, relative)) } else { tags.append((entry, relative)) }
    }
    let reader = BundleEntryReader(archive, limits: limits)
    let all = Set(DigestAlgorithm.allCases)
    for (entry, relative) in tags {
      let outcome = reader.read(entry, algorithms: all, keepsWhole: keepsWhole(entry, relative), opensNested: false)
      record(outcome, of: entry, relative: relative, into: &contents, &findings)
    }
    // The payload is hashed with every algorithm a payload manifest names, and SHA-256, by
    // which attachments are compared.
    var algorithms: Set<DigestAlgorithm> = [.sha256]
    for name in contents.tagFiles.keys {
      if let kind = BagIt.manifestKind(of: name), !kind.isTagManifest,
        let algorithm = DigestAlgorithm(rawValue: kind.algorithm)
      {
        algorithms.insert(algorithm)
      }
    }
    let outcomes = readPayload(payload.map { ($0.0, keepsWhole($0.0, $0.1)) }, algorithms: algorithms,
      source: source, reader: reader)
    for ((entry, relative), outcome) in zip(payload, outcomes) {
      record(outcome, of: entry, relative: relative, into: &contents, &findings)
    }
    self.contents = contents
  }

  /// Whether an entry's bytes are kept whole: a tag file, or the payload's draft (YAML or
  /// JSON), up to ``BundleLimits/maxTextBytes``.
  private func keepsWhole(_ entry: ZipEntryInfo, _ relative: String) -> Bool {
    let isPayload = relative.hasPrefix(BagIt.payloadFolder + "/")
    return (!isPayload || relative.hasSuffix(".yaml") || relative.hasSuffix(".json"))
      && entry.size <= UInt64(limits.maxTextBytes)
  }

  /// What reading an entry learnt, into `contents`; an entry that could not be read is a
  /// finding.
  private func record(
    _ outcome: BundleEntryReader.Outcome, of entry: ZipEntryInfo, relative: String,
    into contents: inout Contents, _ findings: inout BundleFindings
  ) {
    switch outcome {
    case .sizeMismatch(let actual):
      findings.add(.zipSizeMismatch, "message", path: relative,
        ["entry": relative, "declared": String(entry.size), "actual": actual])
      contents.unreadable.insert(relative)
    case .corrupt(let problem):
      findings.add(.zipEntryCorrupt, "message", path: relative,
        ["entry": relative, "reason": problem.message(findings.language)])
      contents.unreadable.insert(relative)
    case .read(let digests, let kept, let whole, let nestedEntries):
      contents.digests[relative] = digests
      let payloadPrefix = BagIt.payloadFolder + "/"
      guard relative.hasPrefix(payloadPrefix) else {
        if whole { contents.tagFiles[relative] = kept }
        return
      }
      let path = String(relative.dropFirst(payloadPrefix.count))
      if whole { contents.payloadData[path] = kept }
      contents.payloadFacts[path] = BundleAttachmentStore.Facts(
        size: Int(entry.size), head: kept.prefix(BundleEntryReader.headBytes), sha256: digests[.sha256] ?? "",
        archiveEntries: nestedEntries)
    }
  }

  /// The path of an entry below the top folder, in NFC.
  package static func relative(_ name: String, root: String) -> String {
    BagIt.normalized(name.hasPrefix(root + "/") ? String(name.dropFirst(root.count + 1)) : name)
  }

  /// The entries whose names are equal once in NFC (the same name twice, or a name and its
  /// look-alike in another normalisation): each gets a finding naming the other, and none is
  /// read, since there is no telling which is genuine.
  private func duplicates(among entries: [ZipEntryInfo], _ findings: inout BundleFindings) -> Set<Int> {
    var first: [String: ZipEntryInfo] = [:]
    var refused = Set<Int>()
    for entry in entries {
      let name = BagIt.normalized(entry.name)
      guard let earlier = first[name] else {
        first[name] = entry
        continue
      }
      findings.add(.zipDuplicateName, "message", path: entry.name, ["entry": entry.name, "other": earlier.name])
      refused.insert(earlier.index)
      refused.insert(entry.index)
    }
    return refused
  }

  /// `true` for an entry that may be read; otherwise records why not.
  private func isSafe(_ entry: ZipEntryInfo, _ findings: inout BundleFindings) -> Bool {
    let name = entry.name
    let arguments = ["entry": name]
    if let reason = Self.unsafeReason(name) {
      findings.add(.zipUnsafeName, reason, path: name, arguments)
      return false
    }
    if entry.isSymbolicLink {
      findings.add(.zipSymlink, "message", path: name, arguments)
      return false
    }
    if entry.isEncrypted {
      findings.add(.zipEncrypted, "message", path: name, arguments)
      return false
    }
    if !entry.isMethodSupported {
      findings.add(.zipCompression, "message", path: name, ["entry": name, "method": String(entry.method)])
      return false
    }
    if entry.size > limits.maxEntryBytes {
      findings.add(.zipBomb, "entry", path: name,
        ["entry": name, "size": String(entry.size), "limit": String(limits.maxEntryBytes)])
      return false
    }
    if entry.size > limits.ratioFloor,
      entry.compressedSize == 0 || entry.size / entry.compressedSize > limits.maxRatio
    {
      let ratio = entry.compressedSize == 0 ? "∞" : String(entry.size / entry.compressedSize)
      findings.add(.zipBomb, "ratio", path: name,
        ["entry": name, "ratio": ratio, "limit": String(limits.maxRatio)])
      return false
    }
    return true
  }

  /// Why an entry name is unsafe to use as a path, as a message key; `nil` if it is safe.
  package static func unsafeReason(_ name: String) -> String? {
    if name.contains("\\") { return "backslash" }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "control" }
    if name.hasPrefix("/") || (name.count >= 2 && name.dropFirst().first == ":") { return "absolute" }
    let steps = name.split(separator: "/", omittingEmptySubsequences: false)
    let inner = name.hasSuffix("/") ? steps.dropLast() : steps[...]
    if inner.contains("..") { return "parent" }
    if inner.contains(where: { $0.isEmpty || $0 == "." }) { return "empty" }
    return nil
  }
}
