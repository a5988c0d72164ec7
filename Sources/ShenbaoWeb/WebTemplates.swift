import Mustache

/// The web pages' templates (`web/templates/*.mustache`) and assets (`web/assets/*`), embedded
/// in this module at build time: `shenbao serve` renders its pages with them. Values are
/// HTML-escaped as they are put in.
public struct WebTemplates: Sendable {
  public static let shared = WebTemplates()

  package let library: MustacheLibrary
  /// The templates that did not parse, with why: empty in a correct build (a test checks).
  public let broken: [String]

  package init() {
    var library = MustacheLibrary()
    var broken: [String] = []
    for path in EmbeddedFiles.contents.keys.sorted() where path.hasPrefix(Self.templatesFolder) && path.hasSuffix(".mustache") {
      let name = String(path.dropFirst(Self.templatesFolder.count).dropLast(".mustache".count))
      do {
        try library.register(EmbeddedFiles.contents[path] ?? "", named: name)
      } catch {
        broken.append(name)
      }
    }
    self.library = library
    self.broken = broken
  }

  package static let templatesFolder = "web/templates/"
  package static let assetsFolder = "web/assets/"

  /// The names of the templates.
  public var names: [String] {
    EmbeddedFiles.contents.keys.sorted().filter { $0.hasPrefix(Self.templatesFolder) }
      .map { String($0.dropFirst(Self.templatesFolder.count).dropLast(".mustache".count)) }
  }

  /// `template` rendered with `context` (a structure or dictionary); empty when there is no
  /// such template.
  public func render(_ context: Any, _ template: String) -> String {
    library.render(context, withTemplate: template) ?? ""
  }

  /// The asset named `name` (`form.js`, `app.css`), if there is one.
  public static func asset(_ name: String) -> String? {
    guard !name.contains("/") else { return nil }
    return EmbeddedFiles.contents[assetsFolder + name]
  }
}
