import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Where everything goes in a submission bundle: one top folder named after the applicant,
/// holding a BagIt bag whose payload is the form, the normalised draft, the reports, the
/// checklist and the attachments, numbered in form order in one folder per category.
public struct BundleLayout: Sendable {
  /// One attachment's place in the bundle.
  public struct Attachment: Sendable {
    /// Its position in the draft's attachment list, and the path of its file field there.
    public var index: Int
    public var fieldPath: FieldPath
    /// Its number in the bundle, from 1, in form order.
    public var number: Int
    public var category: AttachmentCategory
    /// The file it is copied from.
    public var source: URL
    public var size: Int
    /// Its path below the payload folder (`附件/01-营业执照或法人证书/01-法人证书.pdf`).
    public var payloadPath: String
    /// The title the draft gives it, or its file name.
    public var title: String
  }

  /// The top folder (`上海某某中心-申报材料`).
  public let topFolder: String
  public let naming: BundleNaming
  /// The attachments, in bundle order.
  public let attachments: [Attachment]

  /// Plans the bundle of `application`, whose attachments `store` has located.
  public init(application: Application, form: FormDefinition, attachments files: [AttachmentFile],
    store: FolderAttachmentStore)
  {
    let naming = form.bundle
    self.naming = naming
    topFolder = Self.topFolder(of: application, form: form)
    let located = files.filter { $0.key != nil && $0.size != nil }
    var ordered: [(AttachmentCategory, AttachmentFile)] = []
    for category in form.attachments.categories {
      ordered += located.filter { $0.category == category.id }.map { (category, $0) }
    }
    let width = max(2, String(ordered.count).count)
    let fields = form.attachmentFields
    let items = fields.flatMap { application.value(at: $0.list)?.items } ?? []
    self.attachments = ordered.enumerated().map { offset, pair in
      let (category, file) = pair
      let number = (offset + 1).zeroPadded(width)
      let original = file.declaredPath.replacingAll("\\", with: "/").lastPathComponent
      let name = SafeFileName.component("\(number)-\(original)", fallback: number)
      let title = fields?.title.flatMap { items[file.index].record?[$0]?.trimmedText }
      return Attachment(
        index: file.index, fieldPath: file.fieldPath, number: offset + 1, category: category,
        source: store.url(of: file.key!), size: file.size ?? 0,
        payloadPath: "\(naming.attachments)/\(SafeFileName.component(category.folder, fallback: category.id))/\(name)",
        title: (title?.isEmpty == false ? title : nil) ?? original)
    }
  }

  /// The bag's root in the archive, with a trailing slash.
  public var bagRoot: String { topFolder + "/" }

  /// The archive name of a path below the payload folder.
  public func entryName(payload path: String) -> String {
    "\(bagRoot)\(BagIt.payloadFolder)/\(path)"
  }

  /// The draft with every attachment path pointing at its place in the bundle.
  public func normalised(_ application: Application) -> Application {
    var copy = application
    for attachment in attachments {
      copy.setValue(.text(attachment.payloadPath), at: attachment.fieldPath)
    }
    return copy
  }

  /// The bundle's top folder: the form's folder name with the applicant's name
  /// (`上海某某中心-申报材料`), made safe for every file system.
  public static func topFolder(of application: Application, form: FormDefinition) -> String {
    let applicant = form.text(of: \.applicantName, in: application) ?? ""
    return SafeFileName.component(form.bundle.folder.replacingAll("{applicant}", with: applicant),
      fallback: form.id)
  }
}
