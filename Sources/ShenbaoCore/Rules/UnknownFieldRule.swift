/// A key the form does not have: usually a typo, or a Chinese label used as a key.
public struct UnknownFieldRule: Rule {
  public static let code = "unknown-field"
  public static let severity = Severity.error

  public init() {}

  public func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    let topLevel = context.form.topLevelFields
    let topLevelIDs = Set(topLevel.map(\.id))
    for entry in context.application.values.entries
    where entry.key != Application.formKey && !topLevelIDs.contains(entry.key) {
      report(entry.key, at: FieldPath.root.appending(entry.key), among: topLevel, &findings)
    }
    for entry in context.entries where entry.field.kind.isContainer {
      let children = entry.field.fields ?? []
      let childIDs = Set(children.map(\.id))
      let records: [(FieldPath, DraftRecord)]
      switch entry.value {
      case .record(let record)? where entry.field.kind == .group:
        records = [(entry.path, record)]
      case .list(let items)? where entry.field.kind == .list:
        records = items.enumerated().compactMap { index, item in
          item.record.map { (entry.path.appending(index: index), $0) }
        }
      default:
        records = []
      }
      for (path, record) in records {
        for key in record.keys where !childIDs.contains(key) {
          report(key, at: path.appending(key), among: children, &findings)
        }
      }
    }
  }

  private func report(
    _ key: String, at path: FieldPath, among fields: [FieldDefinition],
    _ findings: inout FindingCollector
  ) {
    if let suggestion = Self.suggestion(for: key, among: fields) {
      findings.add(self, .withSuggestion, at: path,
        ["key": key, "suggestion": suggestion.id, "suggestionLabel": suggestion.label])
    } else {
      findings.add(self, .withoutSuggestion, at: path,
        ["key": key, "known": fields.map(\.id).joined(separator: ", ")])
    }
  }

  /// The field `key` was most likely meant to be: one whose label it is, one it matches but for
  /// case, or the nearest by edit distance (at most a third of the key's length, at least 2).
  package static func suggestion(for key: String, among fields: [FieldDefinition]) -> FieldDefinition? {
    // No field is named by more than a line of text; a longer key is no typo of one.
    guard key.utf8.count <= 256 else { return nil }
    let compact = key.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 >= 0x80 }) ? key.withoutWhiteSpace : key
    if let byLabel = fields.first(where: {
      $0.label == compact || $0.printedLabel == compact
        || $0.label.hasPrefix(compact) && compact.count >= 2
    }) {
      return byLabel
    }
    let lowered = key.lowercased()
    let length = lowered.count
    let limit = max(2, length / 3)
    var best: (field: FieldDefinition, distance: Int)?
    for field in fields {
      let id = field.id.lowercased()
      if id == lowered { return field }
      // The distance is at least the difference in length: a key far longer than every id (a
      // hostile one) costs nothing here.
      guard abs(id.count - length) <= limit else { continue }
      let distance = editDistance(lowered, id)
      if distance <= limit, distance < best?.distance ?? .max { best = (field, distance) }
    }
    return best?.field
  }

  /// Levenshtein distance.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1,
          previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}

extension UnknownFieldRule {
  public enum Message: String, CaseIterable {
    case withSuggestion, withoutSuggestion
  }
}
