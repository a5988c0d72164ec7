import Foundation
import Yams

/// Reads a draft file (YAML, or JSON, which YAML reads too) into an ``Application``, keeping the
/// line of every value.
public enum DraftReader {
  /// More values than any real application has; past it, aliases are expanding a bomb.
  public static let valueLimit = 100_000

  /// Reads the draft at `url`: YAML, JSON, or a filled Word form, whose attachments come from
  /// `attachmentsFolder` (by default the folder convention beside it).
  public static func read(_ url: URL, attachmentsFolder: URL? = nil) throws(DraftReadError) -> Application {
    let format = InputFormat(for: url)
    if format == .docx {
      do {
        return try DocxDraftReader(attachmentsFolder: attachmentsFolder).read(url)
      } catch {
        if case .file(let fileError) = error { throw .file(fileError) }
        throw .docx(error)
      }
    }
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
    let node: Node?
    do {
      // Scalars are kept as text, so no tag resolution is needed: the basic resolver skips the
      // regular expressions the default one runs on every scalar.
      node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw Self.readError(from: error)
    } catch {
      throw .malformed(problem: String(describing: error).firstLine, location: nil)
    }
    guard let node else { throw .empty }
    var converter = NodeConverter()
    let root = try converter.convert(node, at: .root)
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

  private static func readError(from error: YamlError) -> DraftReadError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .malformed(problem: problem, location: SourceLocation(mark))
    case .reader(let problem, let offset, _, _):
      return .malformed(problem: offset.map { "\(problem) (byte \($0))" } ?? problem, location: nil)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .duplicateKey(duplicates.joined(separator: ", "), location: SourceLocation(context.mark))
    default:
      return .malformed(problem: String(describing: error).firstLine, location: nil)
    }
  }
}

extension SourceLocation {
  init(_ mark: Mark) {
    self.init(line: mark.line, column: mark.column)
  }
}

/// Turns a YAML node tree into draft values, recording where each came from.
private struct NodeConverter {
  /// The plain scalars YAML reads as null.
  static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

  var locations: [FieldPath: SourceLocation] = [:]
  var count = 0

  mutating func convert(_ node: Node, at path: FieldPath) throws(DraftReadError) -> DraftValue {
    count += 1
    guard count <= DraftReader.valueLimit else {
      throw .tooManyValues(limit: DraftReader.valueLimit)
    }
    if locations[path] == nil, let mark = node.mark {
      locations[path] = SourceLocation(mark)
    }
    switch node {
    case .scalar(let scalar):
      let isNull = scalar.style == .plain && Self.nullSpellings.contains(scalar.string)
      return .text(isNull ? "" : scalar.string)
    case .sequence(let sequence):
      var items: [DraftValue] = []
      for (index, item) in sequence.enumerated() {
        items.append(try convert(item, at: path.appending(index: index)))
      }
      return .list(items)
    case .mapping(let mapping):
      var record = DraftRecord()
      for (key, value) in mapping {
        guard case .scalar(let keyScalar) = key else {
          throw .complexKey(location: key.mark.map(SourceLocation.init))
        }
        let childPath = path.appending(keyScalar.string)
        if let mark = key.mark { locations[childPath] = SourceLocation(mark) }
        record[keyScalar.string] = try convert(value, at: childPath)
      }
      return .record(record)
    case .alias:
      // Parser.compose resolves aliases; an unresolved one is left as blank text.
      return .blank
    }
  }
}
