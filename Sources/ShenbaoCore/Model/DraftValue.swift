/// One value of a draft: text, a list, or a record of named values.
///
/// Scalars are kept as the text the applicant typed, whatever YAML would make of them, so a
/// postcode `020100` or an ID number `310101199001011234` is never turned into a number.
public enum DraftValue: Sendable, Hashable {
  case text(String)
  case list([DraftValue])
  case record(DraftRecord)

  /// An empty text value: what a blank or `null` field reads as.
  public static let blank = DraftValue.text("")

  /// The text with surrounding white space removed (full-width spaces too), or `nil` for a list
  /// or a record.
  public var trimmedText: String? {
    guard case .text(let text) = self else { return nil }
    return text.trimmedForForm
  }

  /// `true` for a text value with nothing but white space in it.
  public var isBlank: Bool { trimmedText?.isEmpty ?? false }

  /// The list's items, or `nil` if this is not a list.
  public var items: [DraftValue]? {
    guard case .list(let items) = self else { return nil }
    return items
  }

  /// The record, or `nil` if this is not a record.
  public var record: DraftRecord? {
    guard case .record(let record) = self else { return nil }
    return record
  }

  /// The value at `path` below this one, or `nil` where the path leads nowhere.
  public func value(at path: FieldPath) -> DraftValue? {
    var current = self
    for component in path.components {
      switch (component, current) {
      case (.key(let key), .record(let record)):
        guard let next = record[key] else { return nil }
        current = next
      case (.index(let index), .list(let items)):
        guard items.indices.contains(index) else { return nil }
        current = items[index]
      default:
        return nil
      }
    }
    return current
  }
}

/// The named values of a draft section, in the order they were written.
///
/// Looking a key up, adding one and replacing a value take constant time, so reading a record
/// of any size is linear in it; the written order is kept beside the index.
public struct DraftRecord: Sendable, Hashable {
  /// One named value.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var value: DraftValue

    public init(key: String, value: DraftValue) {
      self.key = key
      self.value = value
    }
  }

  /// The entries in written order.
  public private(set) var entries: [Entry]
  /// The position of each key in `entries`.
  private var positions: [String: Int]

  /// A record of `entries` in their order; where a key repeats, its first entry stands.
  public init(_ entries: [Entry] = []) {
    self.entries = []
    self.positions = [:]
    self.entries.reserveCapacity(entries.count)
    for entry in entries where positions[entry.key] == nil {
      positions[entry.key] = self.entries.count
      self.entries.append(entry)
    }
  }

  /// The keys in written order.
  public var keys: [String] { entries.map(\.key) }

  /// The value under `key`, if any; setting `nil` removes it, setting a new key appends it.
  public subscript(key: String) -> DraftValue? {
    get { positions[key].map { entries[$0].value } }
    set {
      switch (positions[key], newValue) {
      case (let index?, let value?):
        entries[index].value = value
      case (let index?, nil):
        entries.remove(at: index)
        positions[key] = nil
        for later in index..<entries.count { positions[entries[later].key] = later }
      case (nil, let value?):
        positions[key] = entries.count
        entries.append(Entry(key: key, value: value))
      case (nil, nil):
        break
      }
    }
  }

  public static func == (lhs: DraftRecord, rhs: DraftRecord) -> Bool {
    lhs.entries == rhs.entries
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(entries)
  }
}

extension DraftRecord: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, DraftValue)...) {
    self.init(elements.map { Entry(key: $0.0, value: $0.1) })
  }
}

extension DraftValue: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) {
    self = .text(value)
  }
}
