/// A required kind of attachment (填报说明 4) with no file: the business licence or 事业单位法人
/// 证书, and the team's professional certificates.
public struct AttachmentCategoryMissingRule: Rule {
  public static let code = "attachment-category-missing"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    guard let fields = context.form.attachmentFields else { return }
    let items = context.application.value(at: fields.list)?.items ?? []
    let present = Set(items.compactMap { $0.record?[fields.category]?.trimmedText })
    // A Word form's attachments are files in folders: say which folder, not which key.
    let folder = context.attachmentsFolderName
    for category in context.form.attachments.categories
    where category.required && !present.contains(category.id) {
      let reference = findings.instructionReference(self, .attachments, in: context.form)
      if let folder {
        findings.add(self, .missingInFolder, at: fields.list,
          ["category": category.label, "folder": "\(folder)/\(category.folder)/"].merging(reference) { $1 })
      } else {
        // The draft's word for the kind goes with the finding, for a script and the YAML writer.
        findings.add(self, .missing, at: fields.list, ["category": category.label].merging(reference) { $1 },
          expected: category.id)
      }
    }
  }
}

extension AttachmentCategoryMissingRule {
  public enum Message: String, CaseIterable {
    case missing
    /// For a Word form: the folder its files go in.
    case missingInFolder
    /// The filling rule cited, composed into `missing`.
    case rule
  }
}
