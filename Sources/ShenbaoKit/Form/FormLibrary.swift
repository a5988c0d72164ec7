import Foundation

/// The form definitions shenbao knows: those built into the binary, and any loaded from a file.
public enum FormLibrary {
  /// The form used when a draft names none.
  public static let defaultFormID = "shanghai-ip-operations-2021"

  /// The built-in forms, sorted by id.
  public static let builtIn: [FormDefinition] = EmbeddedResources.paths
    .filter { $0.hasPrefix("forms/") && $0.hasSuffix("/form.json") }
    .map { path in
      do {
        return try FormDefinition(json: try JSONValue.parse(EmbeddedResources.text(path) ?? ""))
      } catch {
        preconditionFailure("built-in form \(path) does not decode: \(error)")
      }
    }
    .sorted { $0.id < $1.id }

  /// The built-in form with `id`, if there is one.
  public static func form(id: String) -> FormDefinition? {
    builtIn.first { $0.id == id }
  }

  /// The default form.
  public static var defaultForm: FormDefinition {
    guard let form = form(id: defaultFormID) else {
      preconditionFailure("the default form \(defaultFormID) is not built in")
    }
    return form
  }

  /// A form named by `reference`: a built-in id, or the path of a definition file.
  public static func resolve(_ reference: String) throws(FormError) -> FormDefinition {
    if let form = form(id: reference) { return form }
    let url = URL(fileURLWithPath: reference)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw .unknownForm(reference, known: builtIn.map(\.id))
    }
    return try load(url)
  }

  /// Reads and checks a form definition file.
  public static func load(_ url: URL) throws(FormError) -> FormDefinition {
    let text: String
    do {
      text = try TextFile.read(url, limit: TextFile.draftSizeLimit)
    } catch {
      throw .unreadable(url, error)
    }
    return try parse(text, file: url)
  }

  /// Checks the definition `text`, read from `file`.
  public static func parse(_ text: String, file: URL) throws(FormError) -> FormDefinition {
    let form: FormDefinition
    do {
      form = try decode(text)
    } catch {
      throw .invalid(file, String(describing: error).firstLine)
    }
    if let problem = form.structuralProblems.first {
      throw .invalid(file, problem)
    }
    return form
  }

  /// A definition from YAML (or JSON) text.
  static func decode(_ text: String) throws -> FormDefinition {
    guard let node = try YAMLNode.compose(text, limit: 200_000) else {
      throw FormDecodingError(path: "(top)", reason: "empty")
    }
    return try FormDefinition(json: JSONValue(yaml: node))
  }
}

/// Thrown when a form definition cannot be found or used.
public enum FormError: Error, Sendable {
  /// Thrown when a form id names no built-in form and no file.
  case unknownForm(String, known: [String])
  /// Thrown when a form definition file cannot be read.
  case unreadable(URL, TextFileError)
  /// Thrown when a form definition file does not describe a usable form.
  case invalid(URL, String)
}

extension String {
  /// The first line of a possibly multi-line text.
  var firstLine: String {
    String(split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
  }
}

extension JSONValue {
  /// The tree a YAML node reads as: plain scalars resolved as YAML 1.1 does (numbers, booleans,
  /// null).
  init(yaml node: YAMLNode) {
    switch node.content {
    case .scalar(let text, let plain):
      if plain {
        switch text {
        case "true", "True", "TRUE": self = .bool(true); return
        case "false", "False", "FALSE": self = .bool(false); return
        case "", "~", "null", "Null", "NULL": self = .null; return
        default: if let number = Double(text), number.isFinite { self = .number(number); return }
        }
      }
      self = .string(text)
    case .list(let items):
      self = .array(items.map(JSONValue.init(yaml:)))
    case .mapping(let entries):
      var members: [String: JSONValue] = [:]
      for entry in entries { members[entry.key] = JSONValue(yaml: entry.value) }
      self = .object(members)
    }
  }
}
