/// A field left blank or missing (the 2021 form's 填报说明 3: no field may be empty; write "无"
/// where there is nothing to say).
public struct RequiredRule: Rule {
  public static let code = "required"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    // The filling rule's first sentence is the one about blank fields.
    let arguments = findings.instructionReference(self, .noBlankFields, in: context.form)
    for entry in context.entries {
      guard entry.containerPresent, entry.required, !entry.notNeeded,
        entry.field.default == nil
      else { continue }
      switch entry.field.kind {
      case .group:
        if entry.isBlank { findings.add(self, .missingGroup, at: entry.path) }
      case .list:
        if entry.isBlank || entry.value?.items?.isEmpty == true {
          findings.add(self, .emptyList, at: entry.path)
        }
      default:
        guard entry.isBlank else { continue }
        // The filling rule says to write 无 when there is nothing to say: not cited for a field
        // that does not take 无.
        let cited = entry.field.none == .forbidden ? ["rule": ""] : arguments
        if let folder = context.attachmentsFolderName, let fields = context.form.attachmentFields,
          entry.path.definitionPath == fields.list.appending(fields.category), let item = entry.path.parent
        {
          // A file in a Word form's attachments folder whose folder and name name no category.
          let file = context.application.value(at: item.appending(fields.path))?.trimmedText ?? ""
          findings.add(self, .attachmentUnplaced, at: entry.path, [
            "file": file, "folder": folder,
            "folders": context.form.attachments.categories.map { $0.folder + "/" }.joined(separator: "、"),
          ])
        } else if context.application.source?.format == .docx, entry.value != nil,
          let cell = context.form.sharedCell(of: entry.path), cell.count > 1,
          // Only beside a neighbour that is written: a blank cell is simply to be filled.
          cell.contains(where: { other in
            guard other != entry.path.definitionPath, let key = other.lastKey else { return false }
            let sibling = (entry.path.parent ?? FieldPath()).appending(key)
            return context.application.text(at: sibling)?.isEmpty == false
          })
        {
          // In a Word form: where in the shared cell to write it.
          let others = cell.filter { $0 != entry.path.definitionPath }.compactMap { context.form.field(at: $0)?.label }
          findings.add(self, .blankInSharedCell, at: entry.path, cited.merging([
            "other": others.joined(separator: "、"), "name": entry.field.label,
            "cell": context.form.field(at: cell[0])?.printedLabel ?? context.form.field(at: cell[0])?.label ?? "",
          ]) { $1 })
        } else {
          findings.add(self, entry.value == nil ? .missing : .blank, at: entry.path, cited)
        }
      }
    }
  }
}

extension RequiredRule {
  public enum Message: String, CaseIterable {
    case blank, missing, missingGroup, emptyList
    /// Blank in a Word form's cell that holds it with another field (通信地址（邮政编码）).
    case blankInSharedCell
    /// A Word form's attachment whose folder and name name no category.
    case attachmentUnplaced
    /// The filling rule cited, composed into `blank` and `missing`.
    case rule
  }
}
