/// The attachments a form asks for (填报说明 4): categories, file types and size limit.
public struct AttachmentRules: Sendable, Hashable {
  /// File extensions accepted, lower case, without the dot.
  public var allowedTypes: [String]
  /// The largest file accepted, in bytes.
  public var maxFileBytes: Int
  public var categories: [AttachmentCategory]

  /// The category with `id`, if the form has it.
  public func category(_ id: String) -> AttachmentCategory? {
    categories.first { $0.id == id }
  }
}

/// One kind of attachment material.
public struct AttachmentCategory: Sendable, Hashable {
  /// The id a draft uses (`businessLicense`).
  public var id: String
  /// The form's words for it.
  public var label: String
  public var hint: String?
  /// The folder name under which a filled Word form's attachments of this kind are looked for.
  public var folder: String
  /// Whether an application must carry at least one file of this kind.
  public var required: Bool
  /// Words in a file's name that place it in this category when it lies loose beside a Word
  /// form's attachments (`营业执照`, `法人证书`).
  public var keywords: [String] = []
}
