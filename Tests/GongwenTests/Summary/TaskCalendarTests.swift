import Foundation
import Testing

@testable import Gongwen

@Suite("Deadlines as iCalendar")
struct TaskCalendarTests {
    static let day = CalendarDate(iso: "2026-12-04")!
    static let stamp = Date(timeIntervalSince1970: 1_796_000_000)

    /// The text's lines, unfolded (RFC 5545 §3.1).
    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func eachTaskWithADueDateIsOneAllDayEventAndOnlyOpenOnesRing() {
        let calendar = TaskCalendar(meetings: MonthlySummaryTests.meetings, on: Self.day)
        let text = calendar.text(stamp: Self.stamp)
        let lines = Self.lines(text)
        let ids = lines.filter { $0.hasPrefix("X-GONGWEN-TASK-ID:") }.map { String($0.dropFirst(18)) }
        let tasks = TaskLedger.records(MonthlySummaryTests.meetings, on: Self.day).filter { $0.task.due != nil }
        #expect(ids == tasks.map(\.task.id))
        #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == tasks.filter { !$0.isDone }.count)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261215") && lines.contains("DTEND;VALUE=DATE:20261216"))
        #expect(lines.contains("SUMMARY:编制明年机关经费预算（办公室）"))
        #expect(lines.contains("TRIGGER:-P3D"))
        // Every physical line within 75 octets, CRLF-ended, never cut inside a character.
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func uidsAreStableAndDistinct() {
        let first = TaskCalendar(meetings: MonthlySummaryTests.meetings, on: Self.day).text(stamp: Self.stamp)
        let later = TaskCalendar(meetings: MonthlySummaryTests.meetings, on: Self.day).text(stamp: Date())
        let uids = { (text: String) in Self.lines(text).filter { $0.hasPrefix("UID:") } }
        #expect(uids(first) == uids(later))
        #expect(Set(uids(first)).count == uids(first).count)
        #expect(
            TaskCalendar.uid("a/b") != TaskCalendar.uid("a_b")
                && TaskCalendar.uid("2026-1106-01") == "task-2026-1106-01@gongwen")
    }

    @Test func textIsEscapedAndAUnitSeesItsOwnAndSharedTasks() {
        #expect(TaskCalendar.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let office = TaskCalendar(meetings: MonthlySummaryTests.meetings, on: Self.day, unit: "财务处")
        #expect(office.records.allSatisfy { $0.task.leadUnit == "财务处" || $0.task.partners.contains("财务处") })
        #expect(!office.records.isEmpty && office.name == "任务时限（财务处）")
    }
}
