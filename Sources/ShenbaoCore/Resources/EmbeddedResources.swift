/// The data files the build embeds: form definitions and JSON schemas as written, and the
/// message catalogue as dictionaries (`EmbeddedFiles.messages_zh`, `messages_en`).
public enum EmbeddedResources {
  /// The embedded file at `path` (relative to the package root), if there is one.
  public static func text(_ path: String) -> String? {
    EmbeddedFiles.contents[path]
  }

  /// The paths of every embedded file, sorted.
  public static var paths: [String] {
    EmbeddedFiles.contents.keys.sorted()
  }

  /// The JSON schema for drafts of the default form.
  public static var draftSchema: String { required("schemas/draft.schema.json") }

  /// The JSON schema for form definitions.
  public static var formSchema: String { required("schemas/form.schema.json") }


  private static func required(_ path: String) -> String {
    guard let text = EmbeddedFiles.contents[path] else {
      preconditionFailure("\(path) was not embedded at build time")
    }
    return text
  }
}
