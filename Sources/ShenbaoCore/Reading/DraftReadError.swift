import FoundationEssentials
import ShenbaoNative
import ShenbaoSupport

/// Thrown when a draft cannot be read at all, as opposed to read and found wanting.
public enum DraftReadError: Error, Sendable, Equatable {
  /// Thrown when the file itself cannot be read as text.
  case file(TextFileError)
  /// Thrown when the text is not well-formed YAML or JSON.
  case malformed(problem: YAMLSyntaxProblem, location: SourceLocation?)
  /// Thrown when a mapping repeats a key.
  case duplicateKey(String, location: SourceLocation?)
  /// Thrown when a mapping key is itself a list or a mapping.
  case complexKey(location: SourceLocation?)
  /// Thrown when the top level is not a mapping; `found` names what it is.
  case notAMapping(found: String)
  /// Thrown when the file holds nothing.
  case empty
  /// Thrown when aliases expand the draft beyond any real application's size.
  case tooManyValues(limit: Int)
}
