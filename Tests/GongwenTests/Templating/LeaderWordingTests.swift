import Foundation
import Testing

@testable import Gongwen

/// The words a leader signs (issue 21): minutes in the third person, the organisation named once,
/// reports told apart, progress and states as sentences, a summary that names its meetings.
@Suite("Words a leader signs")
struct LeaderWordingTests {
    static func markdown(_ yaml: String, template: String = "minutes") throws -> String {
        MarkdownWriter().write(try TestSupport.document(try TestSupport.meeting(yaml), template: template))
    }

    static let speech = """
        speech:
          speaker: {name: 张明, title: 局长}
          unify_thinking:
            paragraphs: [我曾在多个场合讲过，我们要提高政治站位。]
            minutes: [会议强调，要提高政治站位。]
          key_points:
            sections:
              - heading: 坚持把政治建设摆在首位
                paragraphs: [对于这一点，我曾多次提、反复提，在此，我再次强调。]
                points:
                  - lead: 学懂弄通做实党的创新理论
                    text: 我们要坚持第一议题制度。

        """

    @Test func theMinutesNeverPrintTheSpeechsOwnParagraphs() throws {
        let minutes = try Self.markdown(TestSupport.minimal + Self.speech)
        #expect(!minutes.contains("我"), "\(minutes)")
        #expect(minutes.contains("会议强调，要提高政治站位。"))
        #expect(minutes.contains("坚持把政治建设摆在首位"))
        #expect(minutes.contains("**一要学懂弄通做实党的创新理论**。"))
        // The speech itself keeps every paragraph in the speaker's voice, and not the minutes' text.
        let speech = try Self.markdown(TestSupport.minimal + Self.speech, template: "speech")
        #expect(speech.contains("我曾在多个场合讲过") && speech.contains("我们要坚持第一议题制度。"))
        #expect(!speech.contains("会议强调，要提高政治站位。"))
    }

    @Test(arguments: [
        // The short name begins the title.
        ("中共江临市自然资源和规划局委员会", "局党委", "局党委2026年第十次会议", "局党委2026年第十次会议"),
        // A body word begins it, alone or after the institution's one character.
        ("中共江临市临江区住房和城乡建设局党组", nil, "局党组学习贯彻全会精神会议", "局党组学习贯彻全会精神会议"),
        ("市交通委员会", nil, "党委理论学习中心组学习会", "党委理论学习中心组学习会"),
        // Otherwise the organisation stands before the title, once.
        ("市交通委员会", nil, "全面从严治党工作会议", "市交通委员会全面从严治党工作会议"),
        ("市交通委员会", "委党委", "全面从严治党工作会议", "市交通委员会全面从严治党工作会议"),
        // 党组织 is a topic, not the 党组.
        ("市交通委员会", nil, "党组织建设推进会", "市交通委员会党组织建设推进会"),
    ])
    func theOrganisationIsNamedOnce(organization: String, short: String?, title: String, expected: String) throws {
        var yaml = "meeting:\n  title: \(title)\n  organization: \(organization)\n  date: 2026-11-20\n"
        if let short { yaml += "  organization_short: \(short)\n" }
        yaml += "tasks:\n  - {id: T-1, content: 任务, lead_unit: 办公室, owner: 王芳}\n"
        let minutes = try Self.markdown(yaml)
        #expect(minutes.contains("\n" + expected + "于2026年11月20日召开。"), "\(minutes)")
        let lists = try Self.markdown(yaml, template: "accountability")
        #expect(lists.hasPrefix("# " + expected + "责任清单与任务清单"), "\(lists.prefix(80))")
    }

    @Test func theClassicMinutesOpeningDoesNotRepeatItsHeader() throws {
        let yaml =
            TestSupport.minimal + "  location: 委机关五楼会议室\n  host: {name: 张明, title: 党委书记}\ndecisions: [通过了年度计划]\n"
        let classic = try Self.markdown(yaml, template: "minutes-classic")
        #expect(classic.components(separatedBy: "委机关五楼会议室").count == 2, "\(classic)")
        #expect(classic.components(separatedBy: "2026年11月20日").count == 3)  // the 时间 line and the date
        #expect(classic.contains("\n现将会议主要精神纪要如下。\n"))
        let minutes = try Self.markdown(yaml)
        #expect(minutes.contains("测试会议于2026年11月20日在委机关五楼会议室召开，会议由党委书记张明同志主持。现将会议主要精神纪要如下。"))
    }

    @Test func reportsOfOneBodyAreHeadedByTheirSpeakers() throws {
        let minutes = try Self.markdown(
            TestSupport.minimal + """
                reports:
                  - reporter: {name: 陈刚, title: 局党委委员、副局长}
                    unit: 局党委
                    kind: 交流发言
                    achievements: [结合分管领域谈了体会。]
                  - reporter: {name: 李敏, title: 局党委委员}
                    unit: 局党委
                    kind: 交流发言
                    achievements: [谈了学习体会。]
                  - reporter: {name: 赵敏, title: 党支部书记}
                    unit: 公路处党支部
                    achievements: [完成了任务。]
                """)
        #expect(minutes.contains("### （一）局党委委员、副局长陈刚"))
        #expect(minutes.contains("### （二）局党委委员李敏"))
        #expect(minutes.contains("### （三）公路处党支部"))
        // 做法成效 labels a work report, not a 交流发言.
        #expect(minutes.contains("\n结合分管领域谈了体会。"))
        #expect(minutes.contains("**做法成效**。完成了任务。"))
    }

    @Test func aClerksOwnLabelsStayOnA交流发言() throws {
        let minutes = try Self.markdown(
            TestSupport.minimal + """
                headings: {achievements: 学习体会}
                reports:
                  - reporter: {name: 陈刚, title: 副局长}
                    unit: 局党委
                    kind: 交流发言
                    achievements: [结合分管领域谈了体会。]
                """)
        #expect(minutes.contains("**学习体会**。结合分管领域谈了体会。"))
    }

    @Test(arguments: [
        ("{id: A-1, status: done, completed_on: 2026-11-10, note: 已印发执行}", "已于2026年11月10日完成。已印发执行。"),
        ("{id: A-1, status: blocked, note: 等待省厅数据核查反馈}", "受阻：等待省厅数据核查反馈。"),
        ("{id: A-1, status: in_progress, note: 已完成初稿！}", "推进中：已完成初稿！"),
        ("{id: A-1, status: in_progress}", "推进中。"),
        ("{id: A-1, note: “两个清单”已报送}", "“两个清单”已报送。"),
        ("{id: A-1, status: done}", "已完成。"),
    ])
    func progressReadsAsSentences(update: String, expected: String) throws {
        let meeting = try TestSupport.meeting(TestSupport.minimal + "task_updates:\n  - \(update)\n")
        #expect(MeetingView(meeting).taskUpdates.first?.progress == expected)
    }

    @Test func theListsShowATasksStateAsItsFileLastRecordsIt() throws {
        let yaml =
            TestSupport.minimal + """
                tasks:
                  - {id: T-1, content: 印发方案, lead_unit: 办公室, owner: 王芳, due: 2026-12-31, status: done, completed_on: 2026-11-25}
                  - {id: T-2, content: 开展督查, lead_unit: 督查室, owner: 李明, due: 2026-12-31}
                """
        let lists = try Self.markdown(yaml, template: "accountability")
        // In the form of the due dates beside it: here the task column has room for full dates.
        #expect(lists.contains("| 2026年12月31日 | 已完成（2026年11月25日） |"), "\(lists)")
        #expect(lists.contains("形成工作台账如下（共2项任务，状态截至2026年11月25日）。"))
        // And the proofreader no longer calls that later completion a slip.
        let warnings = try ProofreadingLoader(proofreader: Proofreader()).load(data: Data(yaml.utf8), file: "m.yaml")
            .warnings
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
    }

    @Test func aMeetingWithoutLaterCompletionsSaysNoAsOfDay() throws {
        let lists = try Self.markdown(
            TestSupport.minimal + "tasks:\n  - {id: T-1, content: 印发方案, lead_unit: 办公室, owner: 王芳}\n",
            template: "accountability")
        #expect(lists.contains("形成工作台账如下（共1项任务）。"))
    }

    @Test func theSummaryNamesEachRequirementsMeetingAndPutsTasksUnderTheirPart() throws {
        let meeting = try TestSupport.meeting(
            """
            meeting: {title: 党风廉政建设专题会, date: 2026-11-12}
            requirements:
              - {by: {name: 褚红, title: 纪检组长}, text: 严格执行中央八项规定精神。}
            tasks:
              - {id: T-1, content: 开展专题学习, part: unify_thinking, lead_unit: 办公室, owner: 王芳, due: 2026-12-31}
              - {id: T-2, content: 排查风险点, lead_unit: 督查室, owner: 李明, due: 2026-12-31}
              - {id: T-3, content: 签订责任书, part: responsibility, lead_unit: 组织科, owner: 周婷, due: 2026-12-31}
            """)
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: [meeting])
        let text = MarkdownWriter().write(
            try TemplateCatalog().template("monthly-summary").render(SummaryView(summary)))
        #expect(text.contains("在11月12日召开的党风廉政建设专题会上，纪检组长褚红同志提出要求：严格执行中央八项规定精神。"))
        func section(_ heading: String) -> Substring {
            let start = text.range(of: heading)!.upperBound
            return text[start...].prefix { $0 != "#" }
        }
        #expect(section("统一思想").contains("开展专题学习") && !section("统一思想").contains("排查风险点"))
        #expect(section("聚焦重点").contains("本月部署的其他任务1项：") && section("聚焦重点").contains("排查风险点"))
        #expect(section("压实责任").contains("本月部署的压实责任方面任务1项：") && section("压实责任").contains("签订责任书"))
    }

    @Test func theOverdueTablesLatestNoteSaysWhenItWasReported() throws {
        let first = try TestSupport.meeting(
            "meeting: {title: 部署会, date: 2026-11-02}\n"
                + "tasks:\n  - {id: T-1, content: 汇总台账, lead_unit: 办公室, owner: 王芳, due: 2026-11-20}\n",
            file: "a.yaml")
        let second = try TestSupport.meeting(
            "meeting: {title: 推进会, date: 2026-11-26}\ntask_updates:\n  - {id: T-1, note: 正在汇总}\n", file: "b.yaml")
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: [first, second])
        let text = MarkdownWriter().write(
            try TemplateCatalog().template("monthly-summary").render(SummaryView(summary)))
        #expect(text.contains("| 11月26日：正在汇总 |"), "\(text)")
    }
}
