import ShenbaoNative
import ShenbaoSupport

/// What is wrong with a form definition, and where: the strict loader and the form's own checks
/// refuse a definition with the first problem they meet, as `file:line: message`.
public struct FormProblem: Error, Sendable, Equatable {
  /// The kinds of value a definition holds, as messages name them.
  public enum ValueKind: String, Sendable {
    case text, number, integer, boolean, list, mapping, date, path
  }

  public enum Reason: Sendable, Equatable {
    /// The text is not well-formed YAML or JSON.
    case malformed(YAMLSyntaxProblem)
    case duplicateKey(String)
    case complexKey
    case empty
    /// Aliases expand the definition past this many values.
    case tooLarge(Int)
    /// A required key is absent from the mapping that `context` names.
    case missingKey(String, context: String)
    /// A key the vocabulary does not have here; the nearest it has, and all it has.
    case unknownKey(String, suggestion: String?, known: [String])
    /// A value of the wrong kind.
    case wrongType(String, expected: ValueKind, found: ValueKind)
    /// A value outside the words the vocabulary allows for the key.
    case unknownValue(String, value: String, allowed: [String])
    /// An id or code not spelt as ids are (`^[a-z][A-Za-z0-9]*$`, codes in kebab-case).
    case badIdentifier(String, value: String, expected: String)
    /// The same id twice where ids must be unique (`what`: field, section, category, code …).
    case duplicate(String, value: String)
    /// A declaration (its key and code) that says again what an earlier one already says.
    case repeated(String, code: String, earlier: String, earlierCode: String)
    /// More declarations under the key than any form needs.
    case tooMany(String, limit: Int)
    /// A reference that names no field of the form.
    case unresolved(String, path: String, suggestion: String?)
    /// A reference to a field of the wrong kind.
    case wrongKind(String, path: String, expected: [String], found: String)
    /// Two keys that contradict each other, or a value out of its range.
    case invalid(String, reason: InvalidReason)
  }

  /// Why a value is unusable beyond its type.
  public enum InvalidReason: String, Sendable, Equatable {
    case notPositive, notAPattern, emptyList, needsFields, noFields, needsOptions, reservedID
    case boundsReversed, conflictingPresence, needsRecommenders, labelsTooFew, sameField
    case needsOtherKey, notAList, notAGroup, unknownPlaceholder, anchorTooLong, folderMismatch
    case printedTwice, notPrinted
  }

  public var reason: Reason
  /// Where in the file; `nil` when the parser did not say.
  public var location: SourceLocation?

  public init(_ reason: Reason, at location: SourceLocation?) {
    self.reason = reason
    self.location = location
  }
}
