extension Application {
  /// The values as every reader gives them back, for telling whether two drafts say the same:
  /// text trimmed, dates written `YYYY-MM-DD`, and the attachments left out (a Word form
  /// carries none; they come from a folder).
  public func comparableValues(form: FormDefinition) -> DraftValue {
    let attachments = form.attachmentFields?.list
    func walk(_ value: DraftValue, _ path: FieldPath) -> DraftValue {
      switch value {
      case .record(let record):
        var out = DraftRecord()
        for entry in record.entries where path.appending(entry.key) != attachments {
          out[entry.key] = walk(entry.value, path.appending(entry.key))
        }
        return .record(out)
      case .list(let items):
        return .list(items.enumerated().map { walk($1, path.appending(index: $0)) })
      case .text(let text):
        let trimmed = text.trimmedForForm
        if form.field(at: path.definitionPath)?.kind == .date, let date = CalendarDate(parsing: trimmed) {
          return .text(date.description)
        }
        return .text(trimmed)
      }
    }
    return walk(.record(values), .root)
  }
}
