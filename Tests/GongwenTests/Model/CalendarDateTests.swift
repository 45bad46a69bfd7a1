import Testing

@testable import Gongwen

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(arguments: ["2026-11-20", "2024-02-29", "2000-02-29", "1999-12-31"])
    func realDaysParse(text: String) {
        #expect(CalendarDate(iso: text)?.description == text)
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-2", "20261120",
        "２０２６-11-20", "2026-11-20T00:00", "",
    ])
    func impossibleOrMisshapenDaysDoNot(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func ordering() {
        #expect(CalendarDate(iso: "2026-11-20")! < CalendarDate(iso: "2026-12-01")!)
        #expect(CalendarDate(iso: "2025-12-31")! < CalendarDate(iso: "2026-01-01")!)
    }
}
