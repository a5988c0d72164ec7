import FoundationEssentials
import ShenbaoSupport

/// One application: the draft's values, and where they were read from.
///
/// Every reader produces it and every writer consumes it. The values are kept as written; the
/// form definition gives them meaning.
public struct Application: Sendable {
  /// The draft key naming the form definition.
  public static let formKey = "form"

  /// The draft's top-level record, `form` included.
  public var values: DraftRecord

  /// The file the draft was read from, and where each value sits in it.
  public var source: DraftSource?

  public init(values: DraftRecord, source: DraftSource? = nil) {
    self.values = values
    self.source = source
  }

  /// The form id the draft names, if it names one.
  public var formID: String? {
    guard let id = values[Self.formKey]?.trimmedText, !id.isEmpty else { return nil }
    return id
  }

  /// The value at `path`, or `nil` where there is none.
  public func value(at path: FieldPath) -> DraftValue? {
    DraftValue.record(values).value(at: path)
  }

  /// The trimmed text at `path`, or `nil` where there is no text.
  public func text(at path: FieldPath) -> String? {
    value(at: path)?.trimmedText
  }

  /// The folder the draft's relative attachment paths start from: the attachments folder a
  /// Word form was read with, else the draft's own folder.
  public var baseDirectory: URL? {
    source?.attachmentsBase ?? source?.file.deletingLastPathComponent()
  }
}

/// Where an application was read from.
public struct DraftSource: Sendable {
  /// The draft file.
  public var file: URL
  /// How the file was read.
  public var format: InputFormat
  /// The line and column of every value (for a record entry: of its key).
  public var locations: [FieldPath: SourceLocation]
  /// What reading the file noticed (a Word form's tracked changes, comments …), reported with
  /// the findings.
  public var notes: [ReadingNote]
  /// The folder attachment paths are relative to, when it is not the file's own.
  public var attachmentsBase: URL?

  public init(
    file: URL, format: InputFormat, locations: [FieldPath: SourceLocation] = [:],
    notes: [ReadingNote] = [], attachmentsBase: URL? = nil
  ) {
    self.file = file
    self.format = format
    self.locations = locations
    self.notes = notes
    self.attachmentsBase = attachmentsBase
  }

  /// The location of `path`, or of its nearest ancestor that has one.
  public func location(of path: FieldPath) -> SourceLocation? {
    var current: FieldPath? = path
    while let candidate = current {
      if let location = locations[candidate] { return location }
      current = candidate.parent
    }
    return nil
  }
}
