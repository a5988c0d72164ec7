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

  public init(_ entries: [Entry] = []) {
    self.entries = entries
  }

  /// The keys in written order.
  public var keys: [String] { entries.map(\.key) }

  /// The value under `key`, if any; setting `nil` removes it, setting a new key appends it.
  public subscript(key: String) -> DraftValue? {
    get { entries.first { $0.key == key }?.value }
    set {
      let index = entries.firstIndex { $0.key == key }
      switch (index, newValue) {
      case (let index?, let value?): entries[index].value = value
      case (let index?, nil): entries.remove(at: index)
      case (nil, let value?): entries.append(Entry(key: key, value: value))
      case (nil, nil): break
      }
    }
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
