/// Path arithmetic on text, as the system's path functions do it: `/` separates components, a
/// trailing `/` is not a component, and a leading dot does not start an extension.
extension String {
  /// The last component: `a/b.docx/` → `b.docx`.
  package var lastPathComponent: String {
    var trimmed = Substring(self)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard trimmed != "/" else { return "/" }
    return String(trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
  }

  /// The extension of the last component, without its dot: `a/b.tar.gz` → `gz`; `.hidden` → "".
  package var pathExtension: String {
    let name = lastPathComponent
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }

  /// The path without the last component's extension: `a/b.tar.gz` → `a/b.tar`.
  package var deletingPathExtension: String {
    let ext = pathExtension
    guard !ext.isEmpty else { return self }
    var trimmed = Substring(self)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed.dropLast(ext.count + 1))
  }

  /// The path with `component` after it, one `/` between.
  package func appendingPathComponent(_ component: String) -> String {
    guard !isEmpty else { return component }
    return hasSuffix("/") ? self + component : self + "/" + component
  }
}
