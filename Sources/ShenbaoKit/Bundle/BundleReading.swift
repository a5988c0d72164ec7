import Foundation

/// The first phase of verifying a bundle: opening the ZIP, refusing hostile entries, and reading
/// every other entry once — CRC checked by libzip, SHA-256 and first bytes kept.
struct BundleReading {
  let limits: BundleLimits
  /// What was read, when the archive opened and had one top folder.
  var contents: Contents?

  /// The bag as read.
  struct Contents {
    /// The top folder's name.
    var root: String
    /// Tag files (at the bag's root) by name.
    var tagFiles: [String: Data] = [:]
    /// Every entry below the root that was read, by path below the root, with its SHA-256.
    var checksums: [String: String] = [:]
    /// Payload files by path below the payload folder.
    var payloadFacts: [String: BundleAttachmentStore.Facts] = [:]
    /// The payload's small text files (the draft), by path below the payload folder.
    var payloadData: [String: Data] = [:]
    /// The declared size and count of every payload entry, readable or not.
    var payloadBytes: UInt64 = 0
    var payloadCount = 0
    /// Paths below the root whose entries were refused or failed to read.
    var unreadable: Set<String> = []

    func tagText(_ name: String) -> String? {
      tagFiles[name].flatMap { try? TextFile.decode($0) }
    }
  }

  init(limits: BundleLimits) {
    self.limits = limits
  }

  mutating func read(_ url: URL, into findings: inout BundleFindings) {
    let archive: ZipArchive
    let entries: [ZipEntryInfo]
    do {
      archive = try ZipArchive(readingFrom: url)
      entries = try archive.entries()
    } catch ZipError.cannotOpen(_, let reason, let code) where code == ZipError.duplicateNameCode {
      findings.add(.zipDuplicateName, "message", path: "", ["reason": reason])
      return
    } catch {
      findings.add(.zipUnreadable, "message", path: "", ["reason": Self.reason(error)])
      return
    }
    guard entries.count <= limits.maxEntries else {
      findings.add(.zipBomb, "count", path: "", ["count": String(entries.count), "limit": String(limits.maxEntries)])
      return
    }
    let total = entries.reduce(UInt64(0)) { $0 &+ $1.size }
    guard total <= limits.maxTotalBytes else {
      findings.add(.zipBomb, "total", path: "", ["size": String(total), "limit": String(limits.maxTotalBytes)])
      return
    }
    let safe = entries.filter { isSafe($0, &findings) }
    let roots = Set(safe.compactMap { $0.name.split(separator: "/").first.map(String.init) })
    guard roots.count == 1, let root = roots.first else {
      findings.add(.bagLayout, "topFolder", path: "", ["count": String(roots.count)])
      return
    }
    var contents = Contents(root: root)
    for entry in entries where !safe.contains(entry) {
      contents.unreadable.insert(String(entry.name.dropFirst(root.count + 1)))
    }
    let payloadPrefix = BagIt.payloadFolder + "/"
    for entry in entries where !entry.isDirectory {
      let relative = entry.name.hasPrefix(root + "/") ? String(entry.name.dropFirst(root.count + 1)) : entry.name
      if relative.hasPrefix(payloadPrefix) {
        contents.payloadBytes &+= entry.size
        contents.payloadCount += 1
      }
    }
    for entry in safe where !entry.isDirectory {
      guard entry.name.hasPrefix(root + "/") else {
        findings.add(.bagLayout, "outside", path: entry.name, ["entry": entry.name])
        continue
      }
      let relative = String(entry.name.dropFirst(root.count + 1))
      read(entry, relative: relative, from: archive, into: &contents, &findings)
    }
    self.contents = contents
  }

  /// Reads one entry whole, keeping its checksum, first bytes and, for small text and nested
  /// archives, its bytes.
  private func read(
    _ entry: ZipEntryInfo, relative: String, from archive: ZipArchive, into contents: inout Contents,
    _ findings: inout BundleFindings
  ) {
    let payloadPrefix = BagIt.payloadFolder + "/"
    let isPayload = relative.hasPrefix(payloadPrefix)
    let isTag = !relative.contains("/")
    let keepsAll = (isTag || relative.hasSuffix(".yaml") || relative.hasSuffix(".json"))
      && entry.size <= UInt64(limits.maxTextBytes)
    let hash = StreamingSHA256()
    hash.begin()
    var kept = Data()
    var nested: Data?
    do {
      let read = try archive.stream(entry.index, limit: entry.size) { chunk in
        hash.observe(chunk)
        if keepsAll || kept.count < 1024 {
          kept.append(contentsOf: keepsAll ? chunk[...] : chunk.prefix(1024 - kept.count))
        }
        if nested == nil, kept.count >= 4, FileSignature.kind(of: kept) == .zip,
          entry.size <= UInt64(limits.maxNestedArchiveBytes)
        {
          nested = Data()
        }
        nested?.append(contentsOf: chunk)
      }
      guard read == entry.size else {
        findings.add(.zipSizeMismatch, "message", path: relative,
          ["entry": relative, "declared": String(entry.size), "actual": String(read)])
        contents.unreadable.insert(relative)
        return
      }
    } catch ZipError.entryTooLarge {
      findings.add(.zipSizeMismatch, "message", path: relative,
        ["entry": relative, "declared": String(entry.size), "actual": "> \(entry.size)"])
      contents.unreadable.insert(relative)
      return
    } catch {
      findings.add(.zipEntryCorrupt, "message", path: relative, ["entry": relative, "reason": Self.reason(error)])
      contents.unreadable.insert(relative)
      return
    }
    hash.end()
    let digest = hash.digest ?? ""
    contents.checksums[relative] = digest
    if isTag { contents.tagFiles[relative] = kept }
    guard isPayload else { return }
    let path = String(relative.dropFirst(payloadPrefix.count))
    if keepsAll { contents.payloadData[path] = kept }
    contents.payloadFacts[path] = BundleAttachmentStore.Facts(
      size: Int(entry.size), head: kept.prefix(1024), sha256: digest,
      archiveEntries: nested.map(Self.packageEntries) ?? [])
  }

  /// Which of the entries DOCX and OFD files must hold a nested archive holds.
  static func packageEntries(_ data: Data) -> Set<String> {
    let wanted = ["word/document.xml", "OFD.xml"]
    guard let archive = try? ZipArchive(readingFrom: data) else { return [] }
    return Set(wanted.filter(archive.contains))
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
  static func unsafeReason(_ name: String) -> String? {
    if name.contains("\\") { return "backslash" }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "control" }
    if name.hasPrefix("/") || (name.count >= 2 && name.dropFirst().first == ":") { return "absolute" }
    let steps = name.split(separator: "/", omittingEmptySubsequences: false)
    let inner = name.hasSuffix("/") ? steps.dropLast() : steps[...]
    if inner.contains("..") { return "parent" }
    if inner.contains(where: { $0.isEmpty || $0 == "." }) { return "empty" }
    return nil
  }

  static func reason(_ error: any Error) -> String {
    switch error {
    case ZipError.cannotOpen(_, let reason, _), ZipError.corrupt(_, let reason): reason
    default: String(describing: error)
    }
  }
}
