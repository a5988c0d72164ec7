/// Why a text is not well-formed YAML, sorted into the kinds a message can explain: libyaml
/// describes its problems in English phrases, which never reach a message as they are.
public struct YAMLSyntaxProblem: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case missingColon, expectedKey, expectedValue, expectedDash, unclosedBracket, unclosedBrace
    case unexpectedCharacter, colonInValue, tab, unclosedQuote, unexpectedEnd, badEscape
    case encoding, extraDocument, tagOrDirective, anchor, undefinedAlias, blockText, trailingText
    case tooDeep
    case other
  }

  public var kind: Kind
  /// The alias name (`undefinedAlias`), the byte offset (`encoding`) or the deepest nesting
  /// allowed (`tooDeep`), when there is one.
  public var detail: String?

  public init(_ kind: Kind, detail: String? = nil) {
    self.kind = kind
    self.detail = detail
  }

  /// The kind of libyaml's `problem`, met while doing `context` (both libyaml's words).
  package init(libyaml problem: String, context: String?, byte: Int?) {
    let context = context ?? ""
    func has(_ words: String...) -> Bool { words.contains { problem.contains($0) } }
    if has("UTF-8", "UTF-16", "surrogate", "invalid Unicode character", "control characters", "input") {
      self.init(.encoding, detail: byte.map(String.init))
    } else if has("tab character") {
      self.init(.tab)
    } else if has("could not find expected ':'") {
      self.init(.missingColon)
    } else if has("did not find expected key") {
      self.init(.expectedKey)
    } else if has("did not find expected node content") {
      self.init(.expectedValue)
    } else if has("'-' indicator", "block sequence entries") {
      self.init(.expectedDash)
    } else if has("',' or ']'") {
      self.init(.unclosedBracket)
    } else if has("',' or '}'") {
      self.init(.unclosedBrace)
    } else if has("mapping values are not allowed") {
      self.init(.colonInValue)
    } else if has("end of stream") {
      self.init(context.contains("quoted") ? .unclosedQuote : .unexpectedEnd)
    } else if has("escape", "hexdecimal") {
      self.init(.badEscape)
    } else if has("document", "DOCUMENT", "STREAM") {
      self.init(.extraDocument)
    } else if context.contains("anchor") || context.contains("alias") {
      self.init(.anchor)
    } else if context.contains("tag") || context.contains("directive") || has("tag", "directive", "version", "URI", "'!'") {
      self.init(.tagOrDirective)
    } else if context.contains("block scalar") || has("indentation indicator") {
      self.init(.blockText)
    } else if has("comment or line break", "whitespace or line break") {
      self.init(.trailingText)
    } else if has("cannot start any token", "unexpected ':'", "mapping keys are not allowed") {
      self.init(.unexpectedCharacter)
    } else {
      self.init(.other)
    }
  }
}
