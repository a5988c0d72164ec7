import FoundationEssentials
import ShenbaoNative
import ShenbaoSupport

/// Reads a draft file (YAML, or JSON, which YAML reads too) into an ``Application``, keeping the
/// line of every value.
public enum DraftReader {
  /// More values than any real application has; past it, aliases are expanding a bomb.
  public static let valueLimit = 100_000

  /// Reads the draft at `url`, YAML or JSON. (A filled Word form is read through
  /// `DraftCheck`, which reads every kind of draft file.)
  public static func read(_ url: URL) throws(DraftReadError) -> Application {
    let format = InputFormat(for: url)
    let text: String
    do {
      text = try TextFile.read(url, limit: TextFile.draftSizeLimit)
    } catch {
      throw .file(error)
    }
    var application = try parse(text)
    application.source?.file = url
    application.source?.format = format
    return application
  }

  /// Parses draft text; the result's source names no file.
  public static func parse(_ text: String) throws(DraftReadError) -> Application {
    let node: YAMLNode?
    do {
      node = try YAMLNode.compose(text, limit: valueLimit)
    } catch {
      throw readError(from: error)
    }
    guard let node else { throw .empty }
    var converter = NodeConverter()
    let root = converter.convert(node, at: .root)
    switch root {
    case .record(let record):
      let source = DraftSource(
        file: URL(fileURLWithPath: "-"), format: .yaml, locations: converter.locations)
      return Application(values: record, source: source)
    case .list: throw .notAMapping(found: "list")
    case .text(let text) where text.trimmedForForm.isEmpty: throw .empty
    case .text: throw .notAMapping(found: "text")
    }
  }

  private static func readError(from error: YAMLNode.ComposeError) -> DraftReadError {
    switch error {
    case .syntax(let syntax):
      return .malformed(problem: syntax.problem, location: syntax.location)
    case .duplicateKey(let key, let location): return .duplicateKey(key, location: location)
    case .complexKey(let location): return .complexKey(location: location)
    case .undefinedAlias(let name, let location): return .malformed(problem: YAMLSyntaxProblem(.undefinedAlias, detail: name), location: location)
    case .tooManyValues(let limit): return .tooManyValues(limit: limit)
    case .multipleDocuments(let location): return .malformed(problem: YAMLSyntaxProblem(.extraDocument), location: location)
    }
  }
}

/// Turns a composed document into draft values, recording where each came from.
private struct NodeConverter {
  /// The plain scalars YAML reads as null.
  static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

  var locations: [FieldPath: SourceLocation] = [:]

  mutating func convert(_ node: YAMLNode, at path: FieldPath) -> DraftValue {
    if locations[path] == nil { locations[path] = node.location }
    switch node.content {
    case .scalar(let text, let plain):
      return .text(plain && Self.nullSpellings.contains(text) ? "" : text)
    case .list(let items):
      var values: [DraftValue] = []
      values.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        values.append(convert(item, at: path.appending(index: index)))
      }
      return .list(values)
    case .mapping(let entries):
      var entriesOut: [DraftRecord.Entry] = []
      entriesOut.reserveCapacity(entries.count)
      for entry in entries {
        let childPath = path.appending(entry.key)
        locations[childPath] = entry.location
        entriesOut.append(DraftRecord.Entry(key: entry.key, value: convert(entry.value, at: childPath)))
      }
      return .record(DraftRecord(entriesOut))
    }
  }
}
