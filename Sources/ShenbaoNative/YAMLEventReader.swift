import CLibYAML
import ShenbaoSupport

/// Reads YAML (and JSON, which YAML reads too) event by event through libyaml — the parser Yams
/// is built on — without building Yams' tree. A reader of untrusted text can then count what
/// every alias expands to before anything is copied, and refuse a mapping key that is not text
/// before anything is hashed: composing the tree first lets a kilobyte of aliases cost minutes.
/// No libyaml pointer leaves this type.
package final class YAMLEventReader {
  /// One event of the stream.
  package enum Event: Equatable {
    /// A scalar as written; `plain` when it was not quoted (nor a block scalar).
    case scalar(String, plain: Bool, anchor: String?)
    case sequenceStart(anchor: String?)
    case sequenceEnd
    case mappingStart(anchor: String?)
    case mappingEnd
    case alias(String)
    case documentStart
    case documentEnd
    case streamEnd
  }

  private var parser = yaml_parser_t()
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var finished = false

  /// A reader over `text`.
  package init(_ text: String) {
    let bytes = Array(text.utf8)
    buffer = UnsafeMutableBufferPointer.allocate(capacity: max(1, bytes.count))
    _ = buffer.initialize(from: bytes)
    yaml_parser_initialize(&parser)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, buffer.baseAddress, bytes.count)
  }

  deinit {
    yaml_parser_delete(&parser)
    buffer.deallocate()
  }

  /// The next event and where it starts (one-based); stream start is skipped.
  package func next() throws(YAMLSyntaxError) -> (event: Event, location: SourceLocation) {
    while true {
      guard !finished else { return (.streamEnd, SourceLocation(line: 0, column: 0)) }
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
      defer { yaml_event_delete(&event) }
      let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_NO_EVENT:
        continue
      case YAML_STREAM_END_EVENT:
        finished = true
        return (.streamEnd, location)
      case YAML_DOCUMENT_START_EVENT:
        return (.documentStart, location)
      case YAML_DOCUMENT_END_EVENT:
        return (.documentEnd, location)
      case YAML_ALIAS_EVENT:
        return (.alias(Self.text(event.data.alias.anchor)), location)
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
        return (.scalar(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, anchor: Self.optionalText(scalar.anchor)), location)
      case YAML_SEQUENCE_START_EVENT:
        return (.sequenceStart(anchor: Self.optionalText(event.data.sequence_start.anchor)), location)
      case YAML_SEQUENCE_END_EVENT:
        return (.sequenceEnd, location)
      case YAML_MAPPING_START_EVENT:
        return (.mappingStart(anchor: Self.optionalText(event.data.mapping_start.anchor)), location)
      case YAML_MAPPING_END_EVENT:
        return (.mappingEnd, location)
      default:
        continue
      }
    }
  }

  private func failure() -> YAMLSyntaxError {
    let reading = parser.error == YAML_READER_ERROR
    let mark = parser.problem_mark
    let problem = YAMLSyntaxProblem(
      libyaml: parser.problem.map { String(cString: $0) } ?? "",
      context: parser.context.map { String(cString: $0) },
      byte: reading ? Int(parser.problem_offset) : nil)
    let location = reading ? nil : SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    return YAMLSyntaxError(problem: problem, location: location)
  }

  private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
    pointer.map { String(cString: UnsafePointer($0)) } ?? ""
  }

  private static func optionalText(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafePointer($0)) }
  }
}

/// Thrown when YAML text is not well-formed: the problem and where it is (none for bytes that
/// do not decode; the problem then gives their offset).
package struct YAMLSyntaxError: Error, Sendable, Equatable {
  package var problem: YAMLSyntaxProblem
  package var location: SourceLocation?

  package init(problem: YAMLSyntaxProblem, location: SourceLocation?) {
    self.problem = problem
    self.location = location
  }
}
