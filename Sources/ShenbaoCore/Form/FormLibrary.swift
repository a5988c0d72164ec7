import FoundationEssentials

/// The form definitions built into the binary, and reading a definition from a file.
public enum FormLibrary {
  /// The form used when a draft names none.
  public static let defaultFormID = "shanghai-ip-operations-2021"

  /// The built-in forms by id, read once, on first use.
  private static let builtInForms: [String: FormDefinition] = {
    var forms: [String: FormDefinition] = [:]
    for path in EmbeddedResources.paths where path.hasPrefix("forms/") && path.hasSuffix("/form.yaml") {
      do {
        let form = try FormDefinition.read(EmbeddedResources.text(path) ?? "", file: nil)
        forms[form.id] = form
      } catch {
        // The built-in forms are checked by the tests; one that does not read is left out.
        continue
      }
    }
    return forms
  }()

  /// The built-in forms, sorted by id.
  public static var builtIn: [FormDefinition] {
    builtInForms.values.sorted { $0.id < $1.id }
  }

  /// The built-in form with `id`, if there is one.
  public static func form(id: String) -> FormDefinition? {
    builtInForms[id]
  }

  /// The default form. It is built in, so it is always there; should the binary lack it, the
  /// first built-in form stands in.
  public static var defaultForm: FormDefinition {
    builtInForms[defaultFormID] ?? builtIn[0]
  }

  /// Reads and checks the definition file at `url`.
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
    do {
      return try FormDefinition.read(text, file: file.path)
    } catch {
      throw .invalid(file, error)
    }
  }
}

/// Thrown when a form definition cannot be found or used.
public enum FormError: Error, Sendable, Equatable {
  /// Thrown when a form id names no form on the search path and no file.
  case unknownForm(String, known: [String])
  /// Thrown when a form definition file cannot be read.
  case unreadable(URL, TextFileError)
  /// Thrown when a form definition does not describe a usable form: where, and why.
  case invalid(URL, FormProblem)
}

extension String {
  /// The first line of a possibly multi-line text.
  package var firstLine: String {
    String(split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
  }
}
