import FoundationEssentials
import ShenbaoCore

/// Reads a filled Word form into an ``Application``: the package (stage one), the form's fields
/// (stage two), and the attachments from their folder.
public struct DocxDraftReader: Sendable {
  /// How the form to read by is chosen: `--form`, else the form the document records in its
  /// properties, found on the search path, else the default form.
  public var forms: FormChoice
  /// The folder of category sub-folders the attachments are in; by default ``AttachmentFolder``'s
  /// convention beside the document.
  public var attachmentsFolder: URL?
  public var limits: DocxReadLimits

  public init(forms: FormChoice = FormChoice(), attachmentsFolder: URL? = nil, limits: DocxReadLimits = .init()) {
    self.forms = forms
    self.attachmentsFolder = attachmentsFolder
    self.limits = limits
  }

  /// The application the document at `url` holds; attachment paths are relative to the
  /// attachments folder.
  public func read(_ url: URL) throws(DocxReadError) -> Application {
    let contents = try DocxPackageReader(limits: limits).read(url)
    let form: FormDefinition
    do {
      form = try forms.form(named: contents.formID)
    } catch {
      throw .form(error)
    }
    var extractor = FormExtractor(form: form, document: contents.document)
    let (values, found) = try extractor.extract(recordsTheForm: contents.formID == form.id)
    var notes = found
    if contents.hasCommentsPart, !notes.contains(where: { $0.code == DocxCheck.comments.code }) {
      notes.append(ReadingNote(.comments, ["count": "≥ 1"]))
    }
    // A document made from another version of this form: its labels and fields may differ.
    if let digest = contents.formDigest, digest != form.source.sha256, form.id == contents.formID {
      notes.append(ReadingNote(.formVersion, ["form": form.id]))
    }
    let folder = attachmentsFolder ?? AttachmentFolder.defaultFolder(for: url, form: form)
    var application = Application(values: values,
      source: DraftSource(file: url, format: .docx, locations: [:], notes: notes,
        attachmentsBase: folder))
    if let folder, let fields = form.attachmentFields {
      application.setValue(.list(AttachmentFolder.attachments(in: folder, form: form, relativeTo: folder)),
        at: fields.list)
    }
    return application
  }
}
