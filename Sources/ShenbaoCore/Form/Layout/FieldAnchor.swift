import ShenbaoSupport

/// The invisible anchors that tie a cell of the Word form to a field of the draft: bookmarks
/// named `sb_` and the field path with `_` between its steps (`sb_unit_legalRep_idNumber`,
/// `sb_members_3_name`).
///
/// Bookmarks are kept by Word, WPS and LibreOffice through editing and re-saving, are not shown
/// or printed, and survive a person typing over the cell's text, so a filled form can be read
/// back field by field. Word limits names to 40 characters; every anchor of the form is shorter.
public enum FieldAnchor {
  package static let prefix = "sb_"
  /// The tag of the content controls that show a field's hint as a placeholder.
  package static let hintTag = "sb-hint"

  /// The bookmark name for `path`.
  public static func name(for path: FieldPath) -> String {
    prefix + path.components.map { component in
      switch component {
      case .key(let key): key
      case .index(let index): String(index)
      }
    }.joined(separator: "_")
  }

  package static let columnPrefix = "sbc_"

  /// The bookmark on the heading of a roster's column: `sbc_` and the list's path, then the
  /// column's id (`sbc_members_idNumber`).
  public static func columnName(list: FieldPath, column: String) -> String {
    columnPrefix + name(for: list.appending(column)).dropFirst(prefix.count)
  }

  /// The list and column a column bookmark names, or `nil` for any other bookmark.
  public static func column(from name: String) -> (list: FieldPath, column: String)? {
    guard name.hasPrefix(columnPrefix), let path = path(from: prefix + name.dropFirst(columnPrefix.count)),
      let column = path.lastKey, let list = path.parent, !list.components.isEmpty
    else { return nil }
    return (list, column)
  }

  /// The field path a bookmark names, or `nil` for any other bookmark.
  public static func path(from name: String) -> FieldPath? {
    guard name.hasPrefix(prefix) else { return nil }
    let steps = name.dropFirst(prefix.count).split(separator: "_", omittingEmptySubsequences: false)
    guard !steps.isEmpty, steps.allSatisfy({ !$0.isEmpty }) else { return nil }
    return FieldPath(steps.map { step in
      if let index = Int(step), step.allSatisfy(\.isASCIIDigit) { .index(index) } else { .key(String(step)) }
    })
  }
}
