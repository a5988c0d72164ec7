/// The second phase of verifying a bundle: the bag as read against its own declaration,
/// manifests and Payload-Oxum (RFC 8493).
struct BagCheck {
  let contents: BundleReading.Contents

  func check(into findings: inout BundleFindings) {
    checkDeclaration(&findings)
    checkPayload(&findings)
    checkOxum(&findings)
    checkTagFiles(&findings)
  }

  private func checkDeclaration(_ findings: inout BundleFindings) {
    let name = BagIt.declarationName
    guard let text = contents.tagText(name) else {
      if !contents.unreadable.contains(name) {
        findings.add(.bagLayout, "declarationMissing", path: name, ["entry": name])
      }
      return
    }
    let fields = Dictionary(BagIt.parseBagInfo(text), uniquingKeysWith: { first, _ in first })
    guard ["1.0", "0.97"].contains(fields["BagIt-Version"] ?? ""),
      fields["Tag-File-Character-Encoding"]?.uppercased() == "UTF-8"
    else {
      findings.add(.bagDeclaration, "message", path: name, ["entry": name])
      return
    }
  }

  /// Every manifest entry present with its checksum; no payload file unlisted.
  private func checkPayload(_ findings: inout BundleFindings) {
    let name = BagIt.manifestName
    guard let text = contents.tagText(name) else {
      if !contents.unreadable.contains(name) {
        findings.add(.bagFileMissing, "message", path: name, ["entry": name])
      }
      return
    }
    guard let manifest = BagIt.parseManifest(text) else {
      findings.add(.bagManifestMalformed, "message", path: name, ["entry": name])
      return
    }
    let payloadPrefix = BagIt.payloadFolder + "/"
    for path in manifest.keys.sorted() {
      guard let found = contents.checksums[path] else {
        if !contents.unreadable.contains(path) {
          findings.add(.bagFileMissing, "message", path: path, ["entry": path])
        }
        continue
      }
      if found != manifest[path] {
        findings.add(.bagChecksum, "message", path: path, ["entry": path])
      }
    }
    let payload = contents.checksums.keys.filter { $0.hasPrefix(payloadPrefix) }
      + contents.unreadable.filter { $0.hasPrefix(payloadPrefix) }
    for path in Set(payload).sorted() where manifest[path] == nil {
      findings.add(.bagFileUnlisted, "message", path: path, ["entry": path])
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

  /// The tag manifest's checksums of the other tag files.
  private func checkTagFiles(_ findings: inout BundleFindings) {
    let name = BagIt.tagManifestName
    guard let text = contents.tagText(name) else {
      if !contents.unreadable.contains(name) {
        findings.add(.bagTagChecksum, "manifestMissing", path: name, ["entry": name])
      }
      return
    }
    guard let manifest = BagIt.parseManifest(text) else {
      findings.add(.bagManifestMalformed, "message", path: name, ["entry": name])
      return
    }
    for path in manifest.keys.sorted() {
      guard let found = contents.checksums[path] else {
        if !contents.unreadable.contains(path) {
          findings.add(.bagTagChecksum, "missing", path: path, ["entry": path])
        }
        continue
      }
      if found != manifest[path] {
        findings.add(.bagTagChecksum, "mismatch", path: path, ["entry": path])
      }
    }
  }
}
