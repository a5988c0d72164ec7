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
    guard let manifest = manifest(BagIt.manifestName, ifMissing: (.bagFileMissing, "message"), &findings)
    else { return }
    compare(manifest, ifMissing: (.bagFileMissing, "message"), ifDifferent: (.bagChecksum, "message"), &findings)
    let payloadPrefix = BagIt.payloadFolder + "/"
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
    guard let manifest = manifest(BagIt.tagManifestName, ifMissing: (.bagTagChecksum, "manifestMissing"), &findings)
    else { return }
    compare(manifest, ifMissing: (.bagTagChecksum, "missing"), ifDifferent: (.bagTagChecksum, "mismatch"), &findings)
  }

  /// A finding, with its catalogue message, to make of a file.
  private typealias Outcome = (check: BundleCheck, message: String)

  /// The manifest `name` parsed; `nil` with a finding when it is missing or malformed. An entry
  /// that could not be read at all already has its finding.
  private func manifest(_ name: String, ifMissing missing: Outcome, _ findings: inout BundleFindings)
    -> [String: String]?
  {
    guard let text = contents.tagText(name) else {
      if !contents.unreadable.contains(name) {
        findings.add(missing.check, missing.message, path: name, ["entry": name])
      }
      return nil
    }
    guard let manifest = BagIt.parseManifest(text) else {
      findings.add(.bagManifestMalformed, "message", path: name, ["entry": name])
      return nil
    }
    return manifest
  }

  /// Every file `manifest` lists present, with the checksum it lists.
  private func compare(
    _ manifest: [String: String], ifMissing missing: Outcome, ifDifferent different: Outcome,
    _ findings: inout BundleFindings
  ) {
    for path in manifest.keys.sorted() {
      guard let found = contents.checksums[path] else {
        if !contents.unreadable.contains(path) {
          findings.add(missing.check, missing.message, path: path, ["entry": path])
        }
        continue
      }
      if found != manifest[path] {
        findings.add(different.check, different.message, path: path, ["entry": path])
      }
    }
  }
}
