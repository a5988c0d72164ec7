import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// Finds the applications under a folder: every draft (`.yaml`, `.yml`, `.json`) and every
/// filled Word form (`.docx`), in natural order (第2号 before 第10号). Attachment folders (`附件/`, `NAME-附件/`), hidden
/// files and folders, Word's lock files (`~$…`), linked folders and the output folder are skipped.
public enum ApplicationFinder {
  package static let draftExtensions: Set<String> = ["yaml", "yml", "json", "docx"]

  /// The applications under `folder`, as paths relative to it, sorted.
  public static func applications(in folder: URL, form: FormDefinition, skipping excluded: URL? = nil)
    -> [String]
  {
    let root = folder.standardizedFileURL.resolvingSymlinksInPath()
    let skip = excluded?.standardizedFileURL.resolvingSymlinksInPath().path
    let attachments = form.bundle.attachments
    var found: [String] = []
    func visit(_ url: URL, _ relative: String) {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted(by: NaturalOrder.isBefore)
      for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
        let child = url.appendingPathComponent(name)
        let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory) else { continue }
        if isDirectory {
          // Like `find` without -L: a linked folder could lead back up the tree.
          if isSymbolicLink(child) { continue }
          if name == attachments || name.hasSuffix("-\(attachments)") || child.path == skip { continue }
          visit(child, childRelative)
        } else if draftExtensions.contains(name.pathExtension.lowercased()) {
          found.append(childRelative)
        }
      }
    }
    visit(root, "")
    return found
  }

  package static func isSymbolicLink(_ url: URL) -> Bool {
    let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
    return type == .typeSymbolicLink
  }
}
