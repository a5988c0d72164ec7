import FoundationEssentials
import ShenbaoCore
import ShenbaoNative
import ShenbaoSupport
import ShenbaoWord

/// Everything a bundle holds, made before the archive is written: the layout, the generated
/// files and their checksums, bag-info; and the writing of the archive itself.
package struct BundleContents {
  package let form: FormDefinition
  package let layout: BundleLayout
  /// The bundle's own validation report, of the normalised draft as the bundle carries it.
  package let report: ValidationReport
  /// The generated payload files, path below the payload folder → bytes, in bundle order.
  package let generated: [(path: String, data: Data)]
  package let bagInfo: String
  package let timestamp: DOSTimestamp
  /// The payload's size and file count, as Payload-Oxum declares them.
  package let payloadBytes: Int
  package let payloadFiles: Int

  /// `pdf`: the filled form printed to PDF beside it, by LibreOffice.
  package init(application: Application, form: FormDefinition, store: FolderAttachmentStore, today: CalendarDate,
    pdf: Bool = false) throws(PackageError)
  {
    self.form = form
    let located = AttachmentFile.locate(in: application, form: form, store: store)
    let layout = BundleLayout(application: application, form: form, attachments: located, store: store)
    self.layout = layout
    let naming = form.bundle

    // The draft as the bundle carries it, read back so its report names the bundle's lines.
    let normalised = layout.normalised(application)
    let draftText = DraftYAMLWriter(form: form).write(normalised)
    let carried: Application
    do {
      carried = try DraftReader.parse(draftText)
    } catch {
      throw .normalisedDraft(error.message(.zh))
    }
    let mapped = MappedAttachmentStore(files: Dictionary(uniqueKeysWithValues:
      layout.attachments.map { ($0.payloadPath, (url: $0.source, size: $0.size)) }))
    let report = Validator(form: form, language: .zh, today: today)
      .validate(carried, named: naming.draft, store: mapped)
    guard !report.hasErrors else {
      throw .normalisedDraft(report.findings.map { "\($0.code) \($0.path)" }.joined(separator: ", "))
    }
    self.report = report

    let document: Data
    do {
      document = try DocumentOutput.filledForm(carried, form: form)
    } catch {
      throw .document(error)
    }
    let checklist = PrintChecklist(form: form, application: carried, layout: layout, warnings: report.warnings)
    var printed: [(path: String, data: Data)] = []
    if pdf {
      let name = naming.document.deletingPathExtension + ".pdf"
      do {
        printed = [(name, try PDFConversion.printed(document, reportingAs: URL(fileURLWithPath: name)))]
      } catch {
        throw .pdf(error)
      }
    }
    generated = [(naming.document, document)] + printed + [
      (naming.draft, Data(draftText.utf8)),
      (naming.reportText, Data(TextReportFormatter(language: .zh, colors: false).format(report).utf8)),
      (naming.reportJSON, Data(JSONReportFormatter.format([report]).utf8)),
      (naming.checklist, Data(checklist.text().utf8)),
    ]
    let date = SubmissionTimestamp.of(application, form: form)
    timestamp = DOSTimestamp(date)
    payloadBytes = generated.reduce(0) { $0 + $1.data.count } + layout.attachments.reduce(0) { $0 + $1.size }
    payloadFiles = generated.count + layout.attachments.count
    bagInfo = BagIt.bagInfo(Self.bagInfoFields(carried, form: form, date: date, report: report,
      oxum: BagIt.payloadOxum(bytes: payloadBytes, files: payloadFiles)))
  }

  package static func bagInfoFields(
    _ application: Application, form: FormDefinition, date: Date, report: ValidationReport, oxum: String
  ) -> [(String, String)] {
    // Each field the form's roles name; a form without a role leaves its line out.
    let address = form.text(of: \.address, in: application)
    let postcode = form.text(of: \.postcode, in: application)
    let project = form.text(of: \.projectName, in: application)
    let lines: [(String, String?)] = [
      ("Source-Organization", form.text(of: \.applicantName, in: application)),
      ("Organization-Address", address.map { address in postcode.map { "\(address)（\($0)）" } ?? address }),
      ("Contact-Name", form.text(of: \.contact, child: "name", kind: .text, in: application)),
      ("Contact-Phone", form.text(of: \.contact, child: "mobile", kind: .mobile, in: application)),
      ("Contact-Email", form.text(of: \.contact, child: "email", kind: .email, in: application)),
      ("External-Description", project.map { "\(form.title)：\($0)" } ?? form.title),
      ("External-Identifier", form.id),
      ("Internal-Sender-Identifier", form.text(of: \.creditCode, in: application)),
      ("Bagging-Date", CalendarDate.today(date).description),
      ("Bag-Software-Agent", "shenbao \(ShenbaoVersion.current)"),
      ("Payload-Oxum", oxum),
      ("Call-Title", form.guide),
      ("Call-Year", String(form.year)),
      ("Project-Name", project),
      ("Recommender", form.text(of: \.recommender, in: application)),
      ("Validation-Errors", String(report.errors)),
      ("Validation-Warnings", String(report.warnings)),
    ]
    return lines.compactMap { label, value in value.map { (label, $0) } }
  }

  /// Compression by content: already-compressed formats are stored, text is deflated.
  package static func compression(for path: String) -> ZipEntry.Compression {
    let stored: Set<String> = ["pdf", "jpg", "jpeg", "png", "docx", "ofd", "zip"]
    return stored.contains(path.pathExtension.lowercased()) ? .store : .deflate
  }

  /// Writes the archive to `url`: the declaration and bag-info, the payload (attachments hashed
  /// as they stream in), then the manifest and the tag manifest, made once the payload has
  /// been read. Returns the number of entries and each attachment's SHA-256 by its source.
  package func write(to url: URL) throws -> (entries: Int, attachmentDigests: [URL: String]) {
    let writer = try ZipFileWriter(creating: url)
    var written = false
    defer { if !written { writer.discard() } }
    let root = layout.bagRoot
    var checksums: [String: String] = [:]
    try writer.add(root + BagIt.declarationName, data: Data(BagIt.declaration.utf8),
      compression: .deflate, modified: timestamp)
    try writer.add(root + BagIt.bagInfoName, data: Data(bagInfo.utf8), compression: .deflate,
      modified: timestamp)
    // The exact definition the draft was checked against, a tag file the tag manifest covers.
    let definition = Data(form.source.text.utf8)
    try writer.add(root + BagIt.formName, data: definition, compression: .deflate, modified: timestamp)
    for (path, data) in generated {
      checksums["\(BagIt.payloadFolder)/\(path)"] = StreamingSHA256.digest(of: data)
      try writer.add(layout.entryName(payload: path), data: data,
        compression: Self.compression(for: path), modified: timestamp)
    }
    var streamed: [(path: String, size: Int, hash: StreamingSHA256, source: URL)] = []
    for attachment in layout.attachments {
      let hash = StreamingSHA256()
      streamed.append(("\(BagIt.payloadFolder)/\(attachment.payloadPath)", attachment.size, hash, attachment.source))
      try writer.add(layout.entryName(payload: attachment.payloadPath), file: attachment.source,
        size: attachment.size, compression: Self.compression(for: attachment.payloadPath),
        modified: timestamp, observer: hash)
    }
    let tags = TagFiles()
    tags.checksums[BagIt.declarationName] = StreamingSHA256.digest(of: Data(BagIt.declaration.utf8))
    tags.checksums[BagIt.bagInfoName] = StreamingSHA256.digest(of: Data(bagInfo.utf8))
    tags.checksums[BagIt.formName] = StreamingSHA256.digest(of: definition)
    let payloadChecksums = checksums
    try writer.add(root + BagIt.manifestName, compression: .deflate, modified: timestamp) {
      var all = payloadChecksums
      for file in streamed {
        guard let digest = file.hash.digest, file.hash.count == file.size else {
          throw ZipError.cannotCreate(file.path, ZipProblem(code: ZipProblem.changedCode))
        }
        all[file.path] = digest
      }
      let manifest = Data(BagIt.manifest(all).utf8)
      tags.checksums[BagIt.manifestName] = StreamingSHA256.digest(of: manifest)
      return manifest
    }
    try writer.add(root + BagIt.tagManifestName, compression: .deflate, modified: timestamp) {
      guard tags.checksums.count == 4 else { throw ZipError.cannotCreate(BagIt.tagManifestName, .internalError) }
      return Data(BagIt.manifest(tags.checksums).utf8)
    }
    try writer.close()
    written = true
    let digests = Dictionary(streamed.compactMap { file in file.hash.digest.map { (file.source, $0) } },
      uniquingKeysWith: { first, _ in first })
    return (5 + payloadFiles, digests)
  }
}

/// The tag files' checksums, filled in as the archive is written.
private final class TagFiles {
  var checksums: [String: String] = [:]
}
