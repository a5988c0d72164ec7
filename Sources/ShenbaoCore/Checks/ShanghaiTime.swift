import FoundationEssentials
import ShenbaoSupport

/// A moment as the clocks in Shanghai show it. Shanghai keeps UTC+8 all year (no daylight
/// saving since 1991), so the day and the time follow from the clock alone, with no time-zone
/// database to load.
public struct ShanghaiTime: Sendable, Hashable {
  public var date: CalendarDate
  /// Seconds since midnight.
  public var secondOfDay: Int

  public init(_ moment: Date) {
    let seconds = Int(moment.timeIntervalSince1970.rounded(.down)) + 8 * 3600
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    date = CalendarDate(daysSinceEpoch: days)
    secondOfDay = seconds - days * 86_400
  }

  /// `HH:MM:SS`.
  public var clock: String {
    "\((secondOfDay / 3600).zeroPadded(2)):\((secondOfDay / 60 % 60).zeroPadded(2)):\((secondOfDay % 60).zeroPadded(2))"
  }

  /// ISO 8601 with the offset: `2026-11-30T22:05:28+08:00`.
  public var iso8601: String { "\(date)T\(clock)+08:00" }

  /// As people write it: `2026-11-30 22:05:28`.
  public var display: String { "\(date) \(clock)" }
}
