import FoundationEssentials

/// The one time a document or bundle made from an application is stamped with, so the same
/// input always gives the same bytes: `SOURCE_DATE_EPOCH` when set, else midnight in Shanghai of
/// the application's 申报日期, else 1 January of the form's year.
public enum SubmissionTimestamp {
  public static func of(_ application: Application?, form: FormDefinition) -> Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
      return Date(timeIntervalSince1970: epoch)
    }
    let day = application?.text(at: "cover.date").flatMap(CalendarDate.init(parsing:))
      ?? CalendarDate(year: form.year, month: 1, day: 1)
    return day.map(midnightInShanghai) ?? Date(timeIntervalSince1970: 315_532_800)
  }

  package static func midnightInShanghai(_ day: CalendarDate) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    let components = DateComponents(year: day.year, month: day.month, day: day.day)
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
  }
}
