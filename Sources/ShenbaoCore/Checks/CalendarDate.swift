import FoundationEssentials
import ShenbaoSupport

/// A day of the Gregorian calendar, as the form writes dates.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// A date; `nil` unless it is a real day of the calendar.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY/MM/DD` or `YYYY年M月D日` (leading zeros
  /// optional, one kind of separator); `nil` for anything else, including the 30th of February.
  public init?(parsing text: String) {
    let text = text.halfWidth.trimmedForForm
    let parts: [Substring]
    if text.hasSuffix("日") {
      parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
    } else {
      let separator = Self.separators.first { text.contains($0) } ?? "-"
      parts = text.split(separator: separator, omittingEmptySubsequences: false)
    }
    guard parts.count == 3, parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
      (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The separators a date written in digits may use: 2021-05-20, 2021.5.20, 2021/5/20.
  package static let separators: [Character] = ["-", ".", "/"]

  /// Today in Shanghai, where the form is filed.
  public static func today(_ now: Date = Date()) -> CalendarDate {
    ShanghaiTime(now).date
  }

  /// The civil date `days` after 1970-01-01 (proleptic Gregorian; Hinnant's algorithm).
  package init(daysSinceEpoch days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.month = month
    self.day = day
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
  }

  /// `YYYY年M月D日`, as printed on the form.
  public var chinese: String { "\(year)年\(month)月\(day)日" }
}
