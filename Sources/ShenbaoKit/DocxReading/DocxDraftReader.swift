import Foundation

/// Reads a filled Word form into an ``Application``: the package (stage one), the form's fields
/// (stage two), and the attachments from their folder.
public struct DocxDraftReader: Sendable {
  /// The form to read with; by default the one the document names in its keywords, else the
  /// default form.
  public var form: FormDefinition?
  /// The folder of category sub-folders the attachments are in; by default ``AttachmentFolder``'s
  /// convention beside the document.
  public var attachmentsFolder: URL?
  public var limits: DocxReadLimits

  public init(form: FormDefinition? = nil, attachmentsFolder: URL? = nil,
    limits: DocxReadLimits = .init())
  {
    self.form = form
    self.attachmentsFolder = attachmentsFolder
    self.limits = limits
  }

  /// The application the document at `url` holds; attachment paths are relative to the
  /// attachments folder.
  public func read(_ url: URL) throws(DocxReadError) -> Application {
    let contents = try DocxPackageReader(limits: limits).read(url)
    let form = self.form ?? contents.keywords.flatMap(FormLibrary.form(id:)) ?? FormLibrary.defaultForm
    var extractor = FormExtractor(form: form, document: contents.document)
    let (values, found) = try extractor.extract()
    var notes = found
    if contents.hasCommentsPart, !notes.contains(where: { $0.check == .comments }) {
      notes.append(ReadingNote(.comments, ["count": "≥ 1"]))
    }
    let folder = attachmentsFolder ?? AttachmentFolder.defaultFolder(for: url, form: form)
    var application = Application(values: values,
      source: DraftSource(file: url, format: .docx, locations: [:], notes: notes,
        attachmentsBase: folder))
    if let folder {
      application.setValue(.list(AttachmentFolder.attachments(in: folder, form: form, relativeTo: folder)),
        at: DraftPaths.attachments)
    }
    return application
  }
}
