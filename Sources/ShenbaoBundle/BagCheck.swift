import ShenbaoNative

/// The second phase of verifying a bundle: the bag as read against its own declaration,
/// bag-info, every manifest and tag manifest present, and Payload-Oxum — as strictly as
/// RFC 8493 reads and bagit-python validates.
///
/// Every manifest present is read and every line checked; every payload file must be in every
/// payload manifest; every tag manifest must cover bagit.txt, bag-info.txt and every payload
/// manifest; `fetch.txt` is refused, since a bundle must carry all its files.
package struct BagCheck {
  package let contents: BundleReading.Contents

  /// A manifest present at the bag's root, as read.
  private struct PresentManifest {
    var name: String
    var isTagManifest: Bool
    var algorithm: DigestAlgorithm
    var manifest: BagIt.Manifest
  }

  package func check(into findings: inout BundleFindings) {
    checkDeclaration(&findings)
    checkBagInfo(&findings)
    if contents.tagFiles[BagIt.fetchName] != nil || contents.unreadable.contains(BagIt.fetchName) {
      findings.add(.bagFetch, "message", path: BagIt.fetchName, ["entry": BagIt.fetchName])
    }
    let manifests = readManifests(&findings)
    checkPayload(manifests.filter { !$0.isTagManifest }, &findings)
    checkTagFiles(manifests.filter(\.isTagManifest), payloadManifests: manifests.filter { !$0.isTagManifest }, &findings)
    checkOxum(&findings)
  }

  private func checkDeclaration(_ findings: inout BundleFindings) {
    let name = BagIt.declarationName
    guard let data = contents.tagFiles[name] else {
      if !contents.unreadable.contains(name) {
        findings.add(.bagLayout, "declarationMissing", path: name, ["entry": name])
      }
      return
    }
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      findings.add(.bagDeclaration, "bom", path: name, ["entry": name])
    }
    let fields = Dictionary(BagIt.parseBagInfo(contents.tagText(name) ?? ""), uniquingKeysWith: { first, _ in first })
    guard ["1.0", "0.97"].contains(fields["BagIt-Version"] ?? ""),
      fields["Tag-File-Character-Encoding"]?.uppercased() == "UTF-8"
    else {
      findings.add(.bagDeclaration, "message", path: name, ["entry": name])
      return
    }
  }

  private func checkBagInfo(_ findings: inout BundleFindings) {
    let name = BagIt.bagInfoName
    guard contents.tagFiles[name] != nil else { return }
    guard let text = contents.tagText(name) else {
      findings.add(.bagInfoMalformed, "encoding", path: name, ["entry": name])
      return
    }
    let lines = BagIt.parseTags(text).malformedLines
    if !lines.isEmpty {
      findings.add(.bagInfoMalformed, "message", path: name, ["entry": name, "lines": Self.list(lines)])
    }
  }

  /// Every manifest and tag manifest at the root, parsed; a manifest of an algorithm that
  /// cannot be checked, and every malformed or repeated line, is a finding.
  private func readManifests(_ findings: inout BundleFindings) -> [PresentManifest] {
    var present: [PresentManifest] = []
    let names = Set(contents.tagFiles.keys).union(contents.unreadable).filter { !$0.contains("/") }
    for name in names.sorted() {
      guard let kind = BagIt.manifestKind(of: name) else { continue }
      guard let algorithm = DigestAlgorithm(rawValue: kind.algorithm) else {
        findings.add(.bagManifestAlgorithm, "unknown", path: name, ["entry": name, "algorithm": kind.algorithm])
        continue
      }
      guard let text = contents.tagText(name) else {
        if !contents.unreadable.contains(name) {
          findings.add(.bagManifestMalformed, "encoding", path: name, ["entry": name])
        }
        continue
      }
      let manifest = BagIt.parseManifest(text, hexLength: algorithm.hexLength)
      if !manifest.malformedLines.isEmpty {
        findings.add(.bagManifestMalformed, "message", path: name,
          ["entry": name, "lines": Self.list(manifest.malformedLines)])
      }
      for (path, conflicting) in manifest.repeated {
        findings.add(.bagManifestDuplicate, conflicting ? "conflicting" : "same", path: name,
          ["entry": path, "manifest": name])
      }
      present.append(PresentManifest(name: name, isTagManifest: kind.isTagManifest, algorithm: algorithm,
        manifest: manifest))
    }
    return present
  }

  /// Every payload manifest against the payload: every file it lists present with its
  /// checksum, every payload file listed in it; and at least one in SHA-256 or SHA-512.
  private func checkPayload(_ manifests: [PresentManifest], _ findings: inout BundleFindings) {
    if manifests.isEmpty {
      let name = BagIt.manifestName
      if !contents.unreadable.contains(name) {
        findings.add(.bagFileMissing, "manifest", path: name, ["entry": name])
      }
      return
    }
    if !manifests.contains(where: \.algorithm.isStrong) {
      findings.add(.bagManifestAlgorithm, "weak", path: manifests[0].name,
        ["entry": manifests.map(\.name).joined(separator: "、")])
    }
    let payloadPrefix = BagIt.payloadFolder + "/"
    for present in manifests {
      compare(present, ifMissing: (.bagFileMissing, "message"), ifDifferent: (.bagChecksum, "message"), &findings)
      for path in present.manifest.entries.keys.sorted() where !path.hasPrefix(payloadPrefix) {
        findings.add(.bagManifestMalformed, "outside", path: present.name, ["entry": present.name, "path": path])
      }
      for path in contents.payloadPaths.sorted() where present.manifest.entries[path] == nil {
        findings.add(.bagFileUnlisted, "message", path: path, ["entry": path, "manifest": present.name])
      }
    }
  }

  /// Every tag manifest: the tag files it lists present with their checksums, and bagit.txt,
  /// bag-info.txt and every payload manifest listed.
  private func checkTagFiles(
    _ manifests: [PresentManifest], payloadManifests: [PresentManifest], _ findings: inout BundleFindings
  ) {
    if manifests.isEmpty {
      let name = BagIt.tagManifestName
      if !contents.unreadable.contains(name) {
        findings.add(.bagTagChecksum, "manifestMissing", path: name, ["entry": name])
      }
      return
    }
    let covered = [BagIt.declarationName, BagIt.bagInfoName] + payloadManifests.map(\.name)
    for present in manifests {
      compare(present, ifMissing: (.bagTagChecksum, "missing"), ifDifferent: (.bagTagChecksum, "mismatch"), &findings)
      for name in covered where present.manifest.entries[name] == nil {
        findings.add(.bagTagChecksum, "unlisted", path: name, ["entry": name, "manifest": present.name])
      }
    }
  }

  private func checkOxum(_ findings: inout BundleFindings) {
    let info = BagIt.parseBagInfo(contents.tagText(BagIt.bagInfoName) ?? "")
    let declared = info.first { $0.0 == "Payload-Oxum" }?.1 ?? "—"
    let actual = "\(contents.payloadBytes).\(contents.payloadCount)"
    if declared != actual {
      findings.add(.bagOxum, "message", path: BagIt.bagInfoName, ["declared": declared, "actual": actual])
    }
  }

  /// A finding, with its catalogue message, to make of a file.
  private typealias Outcome = (check: BundleCheck, message: String)

  /// Every file `present` lists there, with the checksum it lists. An entry that could not be
  /// read at all already has its finding.
  private func compare(
    _ present: PresentManifest, ifMissing missing: Outcome, ifDifferent different: Outcome,
    _ findings: inout BundleFindings
  ) {
    for (path, checksum) in present.manifest.entries.sorted(by: { $0.key < $1.key }) {
      let arguments = ["entry": path, "manifest": present.name, "algorithm": present.algorithm.rawValue]
      guard let digests = contents.digests[path] else {
        if !contents.unreadable.contains(path) {
          findings.add(missing.check, missing.message, path: path, arguments)
        }
        continue
      }
      if digests[present.algorithm] != checksum {
        findings.add(different.check, different.message, path: path, arguments)
      }
    }
  }

  /// Line numbers as people list them: `3、7、12`, the first ten.
  private static func list(_ lines: [Int]) -> String {
    lines.prefix(10).map(String.init).joined(separator: "、") + (lines.count > 10 ? "…" : "")
  }
}
