extension DraftValue {
  /// Sets the value at `path` below this one, creating records and growing lists on the way;
  /// `nil` removes it. A step that meets text or the wrong kind of container replaces it.
  public mutating func setValue(_ newValue: DraftValue?, at path: FieldPath) {
    guard let first = path.components.first else {
      if let newValue { self = newValue }
      return
    }
    let rest = FieldPath(Array(path.components.dropFirst()))
    switch first {
    case .key(let key):
      var record = self.record ?? DraftRecord()
      if rest.components.isEmpty {
        record[key] = newValue
      } else {
        var child = record[key] ?? .record(DraftRecord())
        child.setValue(newValue, at: rest)
        record[key] = child
      }
      self = .record(record)
    case .index(let index):
      var items = self.items ?? []
      while items.count <= index { items.append(.record(DraftRecord())) }
      if rest.components.isEmpty {
        if let newValue { items[index] = newValue } else { items.remove(at: index) }
      } else {
        items[index].setValue(newValue, at: rest)
      }
      self = .list(items)
    }
  }
}

extension Application {
  /// Sets the value at `path`; `nil` removes it. Source locations are left as they were.
  public mutating func setValue(_ newValue: DraftValue?, at path: FieldPath) {
    var root = DraftValue.record(values)
    root.setValue(newValue, at: path)
    values = root.record ?? DraftRecord()
  }
}
