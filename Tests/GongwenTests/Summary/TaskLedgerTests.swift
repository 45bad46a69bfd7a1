import Foundation
import Testing

@testable import Gongwen

@Suite("Task ledger: state at a month's end")
struct TaskLedgerTests {
    static func meeting(_ date: String, file: String, _ body: String = "") throws -> Meeting {
        try TestSupport.meeting("meeting:\n  title: 会\n  date: \(date)\n" + body, file: file)
    }

    static let assign = """
        tasks:
          - id: T-1
            content: 任务
            lead_unit: 组织处
            due: 2026-11-30

        """

    static func record(_ meetings: [Meeting], _ day: String) -> TaskRecord? {
        TaskLedger.records(meetings, on: CalendarDate(iso: day)!).first
    }

    @Test func dueOnTheLastDayAndOpenIsOverdue() throws {
        let meetings = [try Self.meeting("2026-11-02", file: "a", Self.assign)]
        #expect(Self.record(meetings, "2026-11-30")?.overdue == true)
        #expect(Self.record(meetings, "2026-11-29")?.overdue == false)
    }

    @Test func anUpdateDatedAfterTheDayIsIgnored() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign),
            try Self.meeting("2026-12-01", file: "b", "task_updates:\n  - id: T-1\n    status: done\n"),
        ]
        #expect(Self.record(meetings, "2026-11-30")?.status == .planned)
        #expect(Self.record(meetings, "2026-12-31")?.status == .done)
        #expect(Self.record(meetings, "2026-12-31")?.completedOn == CalendarDate(iso: "2026-12-01"))
    }

    @Test func doneWithoutADateIsDatedByItsMeeting() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign),
            try Self.meeting("2026-11-20", file: "b", "task_updates:\n  - id: T-1\n    status: done\n"),
        ]
        let record = Self.record(meetings, "2026-11-30")
        #expect(record?.completedOn == CalendarDate(iso: "2026-11-20"))
        #expect(record?.overdue == false)
    }

    @Test func aTaskCompletedLateIsOverdueUntilItIsDone() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign),
            try Self.meeting(
                "2026-12-05", file: "b", "task_updates:\n  - id: T-1\n    status: done\n    completed_on: 2026-12-04\n"),
        ]
        #expect(Self.record(meetings, "2026-11-30")?.overdue == true)
        let december = MonthlySummary(month: YearMonth("2026-12")!, meetings: meetings)
        #expect(december.completed.map(\.task.id) == ["T-1"])
        #expect(december.overdue.isEmpty)
        #expect(december.assigned.isEmpty)
    }

    @Test func blockedIsOpen() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign),
            try Self.meeting("2026-11-10", file: "b", "task_updates:\n  - id: T-1\n    status: blocked\n"),
        ]
        let record = Self.record(meetings, "2026-11-30")
        #expect(record?.status == .blocked)
        #expect(record?.overdue == true)
    }

    @Test func twoMeetingsOnOneDayCountInFileOrder() throws {
        let meetings = [
            try Self.meeting("2026-11-10", file: "b.yaml", "task_updates:\n  - id: T-1\n    status: done\n"),
            try Self.meeting("2026-11-10", file: "a.yaml", "task_updates:\n  - id: T-1\n    status: blocked\n"),
            try Self.meeting("2026-11-02", file: "z.yaml", Self.assign),
        ]
        #expect(Self.record(meetings, "2026-11-30")?.status == .done)
    }

    @Test func aCompletionDatedAfterTheDayDoesNotCountYet() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign),
            try Self.meeting(
                "2026-11-25", file: "b", "task_updates:\n  - id: T-1\n    status: done\n    completed_on: 2026-12-02\n"),
        ]
        let record = Self.record(meetings, "2026-11-30")
        #expect(record?.isDone == false)
        #expect(record?.overdue == true)
    }

    @Test func reopeningClearsTheCompletion() throws {
        let meetings = [
            try Self.meeting("2026-11-02", file: "a", Self.assign + "    status: done\n"),
            try Self.meeting(
                "2026-11-09", file: "b", "task_updates:\n  - id: T-1\n    status: in_progress\n    note: 返工\n"),
        ]
        let record = Self.record(meetings, "2026-11-30")
        #expect(record?.status == .inProgress)
        #expect(record?.completedOn == nil)
        #expect(record?.note == "返工")
    }

    @Test func monthsAreParsedAndStepped() {
        #expect(YearMonth("2026-11")?.lastDay == CalendarDate(iso: "2026-11-30"))
        #expect(YearMonth("2024-02")?.lastDay == CalendarDate(iso: "2024-02-29"))
        #expect(YearMonth("2026-01")?.previous?.description == "2025-12")
        #expect(YearMonth("2026-12")?.next?.description == "2027-01")
        // The calendar's ends: no month before 0001-01 or after 9999-12, and no trap.
        #expect(YearMonth("0001-01")?.previous == nil && YearMonth("9999-12")?.next == nil)
        #expect(YearMonth("0000-12") == nil && YearMonth("9999-12")?.lastDay == CalendarDate(iso: "9999-12-31"))
        #expect(YearMonth("2026-13") == nil && YearMonth("2026-1") == nil && YearMonth("202611") == nil)
    }
}
