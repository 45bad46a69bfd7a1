import Foundation
import Testing

@testable import Gongwen

/// The sample folder's reminders, counted by hand from its files: on 2026-11-25, M-10-02 (办公室,
/// due 11-15, blocked) and M-10-06 (人事处, due 11-20) are overdue, and M-11-01 (组织处, due 11-30)
/// falls within seven days; M-11-02 (due 12-15), M-10-05 and M-11-04 (due 12-31) do not; the
/// others are done.
@Suite("催办通知")
struct ReminderListTests {
    @Test func theSampleFoldersRemindersMatchAHandCount() {
        let list = ReminderList(
            meetings: MonthlySummaryTests.meetings, asOf: CalendarDate(iso: "2026-11-25")!, within: 7)
        #expect(list.notices.map(\.unit) == ["办公室", "人事处", "组织处"])
        #expect(list.notices.map { $0.tasks.map(\.task.id) } == [["M-10-02"], ["M-10-06"], ["M-11-01"]])
        #expect(list.notices.map { $0.overdue.count } == [1, 1, 0])
        let view = ReminderView(
            list.notices[0], asOf: list.asOf, within: 7, replyBy: list.asOf.adding(days: 5)!, from: "市交通委员会",
            fromGiven: false)
        #expect(view.tasks.map(\.state) == ["逾期10天"])
        #expect(view.replyBy == "2026年11月30日" && !view.hasColophon)
        #expect(
            ReminderView(list.notices[2], asOf: list.asOf, within: 7, replyBy: list.asOf, from: nil, fromGiven: false)
                .tasks.map(\.state) == ["还剩5天"])
        // Within 0 days only what is overdue; within 40 days the December tasks as well.
        #expect(
            ReminderList(meetings: MonthlySummaryTests.meetings, asOf: CalendarDate(iso: "2026-11-25")!, within: 0)
                .notices.map(\.unit) == ["办公室", "人事处"])
        let month = ReminderList(
            meetings: MonthlySummaryTests.meetings, asOf: CalendarDate(iso: "2026-11-25")!, within: 40)
        #expect(
            Set(month.notices.flatMap { $0.tasks.map(\.task.id) }) == [
                "M-10-02", "M-10-06", "M-11-01", "M-11-02", "M-10-05", "M-11-04",
            ])
    }

    @Test func aUnitWithNothingDueGetsNoNoticeAndEachNoticeIsAGongwen() async throws {
        let run = ReminderRun(
            template: try TemplateCatalog().template("催办通知"), formats: [.markdown, .docx], options: WriterOptions(),
            asOf: CalendarDate(iso: "2026-11-25")!, within: 7, from: "市交通委员会督查室")
        let made = try await run.outputs(meetings: MonthlySummaryTests.meetings, organization: "市交通委员会")
        #expect(
            made.outputs.map(\.name) == [
                "催办通知-2026-11-25.办公室.md", "催办通知-2026-11-25.办公室.docx", "催办通知-2026-11-25.人事处.md",
                "催办通知-2026-11-25.人事处.docx", "催办通知-2026-11-25.组织处.md", "催办通知-2026-11-25.组织处.docx",
            ])
        let text = String(decoding: made.outputs[0].data, as: UTF8.self)
        #expect(text.contains("办公室："))
        #expect(text.contains("截至2026年11月25日，你单位牵头落实的会议部署任务中，有1项已到完成时限尚未完成。"))
        #expect(text.contains("完成机关公务用车管理制度修订"))
        #expect(text.contains("报送市交通委员会督查室"))
        #expect(text.contains("任务落实情况反馈表"))
        #expect(text.contains("2026年11月25日印发"))
        // No notice for a unit whose tasks are all done or far off.
        #expect(!made.outputs.contains { $0.name.contains("公路处") })
    }
}
