import Foundation
import ShenbaoCore
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test func parsesEveryWayApplicantsWriteADate() {
    let day = CalendarDate(year: 2021, month: 5, day: 20)
    #expect(CalendarDate(parsing: "2021-05-20") == day)
    #expect(CalendarDate(parsing: "2021-5-20") == day)
    #expect(CalendarDate(parsing: "2021年5月20日") == day)
    #expect(CalendarDate(parsing: "2021年05月20日") == day)
    #expect(CalendarDate(parsing: " 2021-05-20 ") == day)
    #expect(CalendarDate(parsing: "2021.5.20") == day)
    #expect(CalendarDate(parsing: "2021/05/20") == day)
    #expect(CalendarDate(parsing: "２０２１．５．２０") == day)
  }

  @Test func refusesDaysThatDoNotExist() {
    for text in ["2021-02-29", "2021-13-01", "2021-04-31", "2021-00-10", "2021年2月30日",
      "21-05-20", "2021/05-20", "2021.05/20", "2021..5.20", "2021-05-20T10:00", "20210520", "2021年5月", ""]
    {
      #expect(CalendarDate(parsing: text) == nil, "\(text)")
    }
    #expect(CalendarDate(parsing: "2024-02-29") != nil)
    #expect(CalendarDate(parsing: "2000-02-29") != nil)
    #expect(CalendarDate(parsing: "1900-02-29") == nil)
  }

  @Test func ordersAndPrints() {
    let early = CalendarDate(year: 2021, month: 5, day: 20)!
    let late = CalendarDate(year: 2021, month: 5, day: 28)!
    #expect(early < late)
    #expect(early.description == "2021-05-20")
    #expect(early.chinese == "2021年5月20日")
  }

  @Test func todayIsShanghaisDayAsTheCalendarSaysIt() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    // Every six hours from 1950 to 2100, and the instants either side of Shanghai's midnight.
    var instants = stride(from: -631_152_000.0, to: 4_102_444_800.0, by: 21_600.0 + 0.5).map { $0 }
    instants += [1_621_440_000 - 8 * 3600, 1_621_440_000 - 8 * 3600 - 1, 951_782_400 - 8 * 3600]
    for seconds in instants {
      let now = Date(timeIntervalSince1970: seconds)
      let parts = calendar.dateComponents([.year, .month, .day], from: now)
      let today = CalendarDate.today(now)
      #expect([today.year, today.month, today.day] == [parts.year, parts.month, parts.day], "\(seconds)")
    }
  }
}
