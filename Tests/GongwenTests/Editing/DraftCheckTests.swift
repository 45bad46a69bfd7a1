import Foundation
import Testing

@testable import Gongwen

@Suite("Drafts checked as the form types")
struct DraftCheckTests {
    static func record(_ json: String) throws -> MeetingRecord {
        MeetingRecord(json: try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    /// A due date before the meeting is shown while another task still has an error, at its own
    /// task's path, counted as the form counts.
    @Test func warningsAreShownBesideErrors() throws {
        let record = try Self.record(
            """
            {"meeting": {"title": "会议", "date": "2026-12-02"},
             "tasks": [{"id": "A-1", "content": "任务一", "due": "2026-13-40"},
                       {"id": "A-2", "content": "任务二", "lead_unit": "城建科", "owner": "张伟", "due": "2026-11-20"}]}
            """)
        let check = try DraftCheck(record, file: "新建会议.yaml", proofreader: Proofreader())
        #expect(check.problems.map(\.path) == ["tasks[0].due"])
        let due = check.warnings.filter { if case .dueBeforeMeeting = $0.content { true } else { false } }
        #expect(due.map(\.path) == ["tasks[1].due"], "\(check.warnings)")
    }

    /// With the meeting's day itself wrong, nothing is compared with a day that stands in for it.
    @Test func aWrongDayComparesNothing() throws {
        let record = try Self.record(
            """
            {"meeting": {"title": "会议", "date": "2026-12-2"},
             "tasks": [{"id": "A-1", "content": "任务一", "lead_unit": "城建科", "owner": "张伟", "due": "2026-11-20",
                        "status": "done", "completed_on": "2026-11-19"}],
             "decisions": ["我们要抓好落实。"]}
            """)
        let check = try DraftCheck(record, file: "新建会议.yaml", proofreader: Proofreader())
        #expect(check.problems.map(\.path) == ["meeting.date"])
        #expect(!check.warnings.contains { WarningsBesideErrors.comparesWithTheDay($0.content) }, "\(check.warnings)")
        // What does not depend on the day is still said.
        #expect(check.warnings.contains { $0.path?.hasPrefix("decisions[0]") == true }, "\(check.warnings)")
    }

    @Test func aDraftThatLoadsHasItsOwnWarnings() throws {
        let record = try Self.record(
            #"{"meeting": {"title": "会议", "date": "2026-12-02"}, "tasks": [{"id": "A-1", "content": "任务一"}]}"#)
        let check = try DraftCheck(record, file: "新建会议.yaml", proofreader: Proofreader())
        #expect(check.problems.isEmpty && check.meeting != nil)
        #expect(check.warnings.map(\.path) == ["tasks[0]"])
    }
}
