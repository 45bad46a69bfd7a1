import Foundation
import Testing

@testable import Gongwen

/// The sample folder's two months, counted by hand (see the sample files' dates and updates).
@Suite("Monthly summary of the sample folder")
struct MonthlySummaryTests {
    static let meetings: [Meeting] = {
        let folder = TestSupport.samples.appendingPathComponent("monthly")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.sorted().compactMap {
            try? MeetingLoader().load(contentsOf: folder.appendingPathComponent($0), displayName: $0)
        }
    }()

    @Test func theFolderLoads() {
        #expect(Self.meetings.count == 10)
        #expect(MeetingSet.problems(in: Self.meetings).isEmpty)
    }

    @Test func october() {
        let summary = MonthlySummary(month: YearMonth("2026-10")!, meetings: Self.meetings)
        #expect(summary.meetings.count == 5)
        #expect((summary.reportCount, summary.commentCount, summary.requirementCount) == (2, 2, 1))
        #expect(summary.assigned.count == 7)
        #expect(summary.completed.map(\.task.id) == ["M-10-03", "M-10-04"])
        #expect(summary.overdue.map(\.task.id) == ["M-10-01"])
        #expect(summary.tasks.count == 7)
        #expect(summary.completed.first { $0.task.id == "M-10-04" }?.completedOn == CalendarDate(iso: "2026-10-30"))
    }

    @Test func november() {
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: Self.meetings)
        #expect(
            summary.meetings.map(\.info.date.description) == ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"])
        #expect((summary.reportCount, summary.commentCount, summary.requirementCount) == (2, 1, 2))
        #expect(summary.assigned.map(\.task.id) == ["M-11-01", "M-11-02", "M-11-03", "M-11-04"])
        #expect(summary.completed.map(\.task.id) == ["M-10-01", "M-10-07", "M-11-03"])
        #expect(summary.overdue.map(\.task.id) == ["M-10-02", "M-10-06", "M-11-01"])
        #expect(
            summary.tasks.map(\.task.id) == [
                "M-10-01", "M-10-02", "M-10-05", "M-10-07", "M-10-06", "M-11-01", "M-11-02", "M-11-03", "M-11-04",
            ])
        let units = Dictionary(uniqueKeysWithValues: summary.units.map { ($0.unit ?? "", $0) })
        #expect(units["组织处"] == UnitFigures(unit: "组织处", assigned: 1, completed: 1, overdue: 1, open: 1))
        #expect(units["办公室"] == UnitFigures(unit: "办公室", assigned: 1, completed: 0, overdue: 1, open: 2))
        #expect(units["人事处"] == UnitFigures(unit: "人事处", assigned: 0, completed: 0, overdue: 1, open: 1))
        #expect(units["组织处"]?.completionRate == 50)
        // What a 督查 officer reads first: completions of earlier months' tasks, late ones, and their days.
        #expect(summary.completedFromEarlierMonths.map(\.task.id) == ["M-10-01", "M-10-07"])
        #expect(summary.completedLate.map(\.task.id) == ["M-10-01", "M-10-07"])
        #expect(summary.completedLate.map(\.daysLate) == [4, 2])
        #expect(summary.overdue.map(\.daysOverdue) == [15, 10, 0])
        let total = UnitFigures.total(summary.units)
        #expect(total.completed == summary.completed.count && total.open == summary.open.count)
        #expect(total.completionRate == 33)
        #expect(summary.units.reduce(0) { $0 + $1.assigned } == summary.assigned.count)
        #expect(summary.units.reduce(0) { $0 + $1.overdue } == summary.overdue.count)
        #expect(summary.organization == "市交通委员会")
    }

    /// The title's organisation is the one most of the month's meetings name; on a tie, the one
    /// named first.
    @Test func theTitleNamesTheUnitMostMeetingsName() {
        func organization(_ names: [String]) -> String? {
            let meetings = names.enumerated().map { index, name in
                var meeting = Self.meetings[0]
                meeting.info.organization = name
                meeting.source = "m\(index).yaml"
                return meeting
            }
            return MonthlySummary(month: YearMonth(meetings[0].info.date), meetings: meetings).organization
        }
        #expect(organization(["甲", "乙", "乙", "甲", "丙"]) == "甲")
        #expect(organization(["甲", "乙", "乙"]) == "乙")
        #expect(organization(["丙", "甲", "乙", "乙", "甲"]) == "甲")
    }

    @Test func aMonthWithoutMeetingsStillSummarises() throws {
        let summary = MonthlySummary(month: YearMonth("2027-01")!, meetings: Self.meetings)
        #expect(summary.meetings.isEmpty)
        #expect(summary.overdue.map(\.task.id).contains("M-10-05"))
        let document = try TemplateCatalog().template("monthly-summary").render(SummaryView(summary))
        #expect(TreeDumper.dump(document).contains("2027年1月未召开会议"))
    }

    @Test func jsonCarriesTheContractKeysAndMatchesTheDocument() throws {
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: Self.meetings)
        let json = try JSONSerialization.jsonObject(with: summary.json()) as! [String: Any]
        #expect(json["month"] as? String == "2026-11")
        #expect(json["meetings"] as? Int == 4)
        #expect(json["tasks_assigned"] as? Int == 4)
        #expect(json["tasks_completed"] as? Int == 3)
        #expect(json["tasks_overdue"] as? Int == 3)
        let tasks = json["tasks"] as! [[String: Any]]
        #expect(tasks.count == 9)
        for key in ["id", "content", "lead_unit", "owner", "due", "status", "overdue", "assigned_on", "completed_on"] {
            #expect(tasks.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(tasks.first { $0["id"] as? String == "M-10-02" }?["status"] as? String == "blocked")
        #expect(tasks.first { $0["id"] as? String == "M-11-01" }?["completed_on"] is NSNull)
        let units = json["units"] as! [[String: Any]]
        // The contract's keys, and what the 督查 figures added (the contract only grows).
        #expect(
            units.allSatisfy {
                Set($0.keys) == ["unit", "assigned", "completed", "overdue", "open", "completion_rate"]
            })
        #expect(json["tasks_completed_from_earlier_months"] as? Int == 2)
        #expect(json["tasks_completed_late"] as? Int == 2)
        #expect(json["tasks_open"] as? Int == 6)

        let markdown = MarkdownWriter().write(
            try TemplateCatalog().template("monthly-summary").render(SummaryView(summary)))
        #expect(markdown.contains("共召开会议4次"))
        #expect(markdown.contains("本月新部署任务4项；完成任务3项，其中往月部署2项，逾期完成2项；截至月底未完成6项，其中逾期3项。"))
    }

    /// Rows stay together by lead unit, and each row names its unit: a row that a page break
    /// separates from its group still says whose task it is (no cell merged down the rows).
    @Test func accountabilityGroupsRowsByUnitAndEveryRowNamesIt() throws {
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: Self.meetings)
        let document = try TemplateCatalog().template("accountability").render(SummaryView(summary))
        guard case .table(let table)? = document.blocks.first(where: { if case .table = $0 { true } else { false } })
        else {
            Issue.record("no table")
            return
        }
        #expect(table.body.allSatisfy { $0.count == 6 && $0.allSatisfy { $0.rowSpan == 1 } })
        let units = table.body.map { $0[0].content.plainText }
        #expect(units.prefix(2) == ["组织处", "组织处"])
        #expect(units.filter { $0 == "组织处" }.count == 2)
        let markdown = MarkdownWriter().write(document)
        let rows = markdown.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("| 组织处 | 周婷 | 报送年度党建工作述职报告") })
    }
}
