import ShenbaoNative
import ShenbaoSupport

/// A YAML (or JSON) document as read: scalars, lists and mappings, each with where it stands.
/// Drafts and form definitions are both composed into it, then read on into their own types.
///
/// Composition is safe for untrusted text: aliases are counted at the size of what they stand
/// for before anything is copied, so no document expands past `limit` values; mapping keys must
/// be text (an alias or a collection as a key is refused before it could be hashed); a key
/// twice in one mapping, an alias to no anchor and a second document are refused. It walks the
/// events with a stack of its own, never recursing, and refuses nesting deeper than
/// `maximumDepth`: libyaml's scanner slows with the square of the depth, and what is composed
/// must be released without exhausting a thread's stack.
package struct YAMLNode: Sendable {
  package enum Content: Sendable {
    /// A scalar as written; `plain` when it was not quoted (nor a block scalar).
    case scalar(String, plain: Bool)
    case list([YAMLNode])
    /// Entries in written order.
    case mapping([Entry])
  }

  /// One entry of a mapping: its key, where the key stands, and its value.
  package struct Entry: Sendable {
    package var key: String
    package var location: SourceLocation
    package var value: YAMLNode
  }

  package var content: Content
  package var location: SourceLocation

  /// The deepest nesting of lists and mappings composed; a form or draft needs a handful.
  package static let maximumDepth = 256

  /// Thrown when a text cannot be composed into a document.
  package enum ComposeError: Error, Sendable, Equatable {
    case syntax(YAMLSyntaxError)
    case duplicateKey(String, SourceLocation)
    case complexKey(SourceLocation)
    case undefinedAlias(String, SourceLocation)
    case tooManyValues(limit: Int)
    case multipleDocuments(SourceLocation)
  }

  /// The document in `text`, or `nil` when it holds none; no more than `limit` values once
  /// aliases are expanded (keys are not counted).
  package static func compose(_ text: String, limit: Int) throws(ComposeError) -> YAMLNode? {
    var composer = Composer(limit: limit)
    let reader = YAMLEventReader(text)
    while true {
      let next: (event: YAMLEventReader.Event, location: SourceLocation)
      do {
        next = try reader.next()
      } catch {
        throw .syntax(error)
      }
      if try composer.take(next.event, at: next.location) { return composer.root }
    }
  }

  private struct Composer {
    /// A collection being composed; mutated in place on the stack, so nothing is copied.
    struct Frame {
      var isMapping: Bool
      var items: [YAMLNode] = []
      var entries: [Entry] = []
      /// Where each key first stands, once the mapping is large: a duplicate is reported there,
      /// as Yams does. A small mapping's entries are searched instead.
      var keys: [String: SourceLocation]?
      var pendingKey: (key: String, location: SourceLocation)?
      var location: SourceLocation
      var anchor: String?
      /// The values in it so far, itself included.
      var size = 1
    }

    /// Mappings up to this many keys are searched for a repeated key, not hashed.
    static let smallMapping = 16

    let limit: Int
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var count = 0
    var root: YAMLNode?
    var documents = 0

    init(limit: Int) {
      self.limit = limit
    }

    /// Takes one event; `true` at the end of the stream.
    mutating func take(_ event: YAMLEventReader.Event, at location: SourceLocation) throws(ComposeError) -> Bool {
      switch event {
      case .streamEnd:
        return true
      case .documentStart:
        documents += 1
        if documents > 1 { throw .multipleDocuments(location) }
      case .documentEnd:
        break
      case .scalar(let text, let plain, let anchor):
        let node = YAMLNode(content: .scalar(text, plain: plain), location: location)
        if let anchor { anchors[anchor] = (node, 1) }
        try deliver(node, size: 1)
      case .alias(let name):
        try refuseKey(at: location)
        guard let anchored = anchors[name] else { throw .undefinedAlias(name, location) }
        try deliver(YAMLNode(content: anchored.node.content, location: location), size: anchored.size)
      case .sequenceStart(let anchor), .mappingStart(let anchor):
        try refuseKey(at: location)
        try count(1)
        guard stack.count < YAMLNode.maximumDepth else {
          throw .syntax(YAMLSyntaxError(problem: YAMLSyntaxProblem(.tooDeep, detail: String(YAMLNode.maximumDepth)),
            location: location))
        }
        var isMapping = false
        if case .mappingStart = event { isMapping = true }
        stack.append(Frame(isMapping: isMapping, location: location, anchor: anchor))
      case .sequenceEnd, .mappingEnd:
        guard let frame = stack.popLast() else { break }
        let node = YAMLNode(content: frame.isMapping ? .mapping(frame.entries) : .list(frame.items),
          location: frame.location)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
        // The collection and everything in it were counted as they came.
        try deliver(node, size: frame.size, counted: frame.size)
      }
      return false
    }

    /// Refuses a collection or an alias where a mapping expects its next key.
    private func refuseKey(at location: SourceLocation) throws(ComposeError) {
      if let top = stack.last, top.isMapping, top.pendingKey == nil { throw .complexKey(location) }
    }

    private mutating func deliver(_ node: YAMLNode, size: Int, counted: Int = 0) throws(ComposeError) {
      guard !stack.isEmpty else {
        try count(size - counted)
        root = node
        return
      }
      let top = stack.count - 1
      if !stack[top].isMapping {
        try count(size - counted)
        stack[top].items.append(node)
        stack[top].size += size
      } else if let pending = stack[top].pendingKey {
        try count(size - counted)
        stack[top].entries.append(Entry(key: pending.key, location: pending.location, value: node))
        stack[top].pendingKey = nil
        stack[top].size += size
      } else {
        guard case .scalar(let key, _) = node.content else { throw .complexKey(node.location) }
        if stack[top].keys == nil, stack[top].entries.count >= Self.smallMapping {
          stack[top].keys = Dictionary(stack[top].entries.map { ($0.key, $0.location) }) { first, _ in first }
        }
        let first = stack[top].keys.map { $0[key] } ?? stack[top].entries.first { $0.key == key }?.location
        if let first { throw .duplicateKey(key, first) }
        stack[top].keys?[key] = node.location
        stack[top].pendingKey = (key, node.location)
      }
    }

    private mutating func count(_ values: Int) throws(ComposeError) {
      count += values
      guard count <= limit else { throw .tooManyValues(limit: limit) }
    }
  }
}

extension YAMLNode {
  /// What the node is, in the words of the form vocabulary (for messages).
  package var kindName: FormProblem.ValueKind {
    switch content {
    case .scalar: .text
    case .list: .list
    case .mapping: .mapping
    }
  }
}
