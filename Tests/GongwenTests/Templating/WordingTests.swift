import Foundation
import Testing

@testable import Gongwen

/// What the built-in templates write is fixed form or the file's own values (issue 14): each rule a
/// clerk or her leader would notice, on the minutes as Markdown text.
@Suite("Wording from the data")
struct WordingTests {
    static func minutes(_ yaml: String, template: String = "minutes") throws -> String {
        MarkdownWriter().write(try TestSupport.document(try TestSupport.meeting(yaml), template: template))
    }

    static func opening(_ yaml: String) throws -> String {
        let text = try minutes(yaml)
        return String(text.split(separator: "\n").first { $0.hasSuffix("现将会议主要精神纪要如下。") } ?? "")
    }

    @Test func theOrganisationIsNamedOnceWhenTheTitleHoldsIt() throws {
        let opening = try Self.opening(
            """
            meeting:
              title: 中共江临市自然资源和规划局委员会理论学习中心组学习会
              organization: 中共江临市自然资源和规划局委员会
              date: 2026-11-20
              location: 局机关三楼会议室
            """)
        #expect(opening == "中共江临市自然资源和规划局委员会理论学习中心组学习会于2026年11月20日在局机关三楼会议室召开。现将会议主要精神纪要如下。")
        #expect(opening.components(separatedBy: "中共江临市自然资源和规划局委员会").count == 2)
    }

    /// Date is required; organisation, place and host may each be missing: every subset reads as a sentence.
    @Test(arguments: 0..<8)
    func theOpeningIsASentenceWithAnySubsetOfFields(mask: Int) throws {
        var yaml = "meeting:\n  title: \"安全生产\\n专题会议\"\n  date: 2026-11-20\n"
        if mask & 1 != 0 { yaml += "  organization: 市交通委员会\n" }
        if mask & 2 != 0 { yaml += "  location: 委机关五楼会议室\n" }
        if mask & 4 != 0 { yaml += "  host: {name: 孙丽, title: 分管副主任}\n" }
        let opening = try Self.opening(yaml)
        var expected = (mask & 1 != 0 ? "市交通委员会" : "") + "安全生产专题会议于2026年11月20日"
        expected += (mask & 2 != 0 ? "在委机关五楼会议室" : "") + "召开"
        expected += (mask & 4 != 0 ? "，会议由分管副主任孙丽同志主持" : "") + "。现将会议主要精神纪要如下。"
        #expect(opening == expected)
    }

    @Test func peopleInRunningTextAreTitleNameAndComrade() throws {
        let text = try Self.minutes(
            """
            meeting:
              title: 工作会议
              date: 2026-11-20
              host: {name: 欧阳晓峰, title: 局党委书记、局长}
            reports:
              - reporter: {name: 司马静怡, title: 党支部书记}
                unit: 组织人事处党支部
                topic: 主体责任落实情况
            comments:
              - by: {name: 令狐思远, title: 驻局纪检监察组组长}
                text: 要把监督挺在前面。
              - by: 张三
                text: 要抓落实。
            """)
        #expect(text.contains("会议由局党委书记、局长欧阳晓峰同志主持"))
        #expect(text.contains("党支部书记司马静怡同志汇报了主体责任落实情况。"))
        #expect(text.contains("驻局纪检监察组组长令狐思远同志点评指出：要把监督挺在前面。"))
        #expect(text.contains("张三同志点评指出：要抓落实。"))
        #expect(!text.contains("欧阳晓峰（"))
        // Lists keep the list form.
        #expect(!text.contains("分管领导进行了点评"))
        #expect(text.contains("## 二、领导点评"))
    }

    @Test func aReportsKindGivesItsVerbAndTheHeading() throws {
        let text = try Self.minutes(
            """
            meeting: {title: 理论学习中心组学习会, date: 2026-11-20}
            reports:
              - {kind: 交流发言, reporter: 陈刚, unit: 陈刚同志, topic: 以自我革命精神推进全面从严治党}
              - {kind: 交流发言, reporter: 孙丽, unit: 孙丽同志}
            """)
        #expect(text.contains("## 一、会议听取了交流发言"))
        #expect(text.contains("陈刚同志围绕以自我革命精神推进全面从严治党作了交流发言。"))
        #expect(text.contains("孙丽同志作了交流发言。"))
        let mixed = try Self.minutes(
            """
            meeting: {title: 工作会议, date: 2026-11-20}
            reports:
              - {reporter: 陈刚, unit: 公路处}
              - {kind: 述职, reporter: 孙丽, unit: 运输处}
            """)
        #expect(mixed.contains("## 一、会议听取了汇报和述职"))
        #expect(mixed.contains("陈刚同志作了汇报。"))
        // Three kinds: one 和, before the last (found on a generated meeting: 述职和交流发言和汇报).
        let three = try Self.minutes(
            """
            meeting: {title: 工作会议, date: 2026-11-20}
            reports:
              - {kind: 述职, reporter: 孙丽, unit: 运输处}
              - {kind: 交流发言, reporter: 陈刚, unit: 公路处}
              - {reporter: 吴军, unit: 办公室}
            """)
        #expect(three.contains("## 一、会议听取了述职、交流发言和汇报"))
    }

    @Test func runInLabelsLeadTheirFirstParagraph() throws {
        let text = try Self.minutes(
            """
            meeting: {title: 工作会议, date: 2026-11-20}
            reports:
              - reporter: 陈刚
                unit: 公路处
                achievements: [坚持第一议题制度。, 梳理风险点二十三个。]
            """)
        #expect(text.contains("**做法成效**。坚持第一议题制度。\n\n梳理风险点二十三个。"))
    }

    @Test func anOrganisationsOwnHeadingsReplaceGongwens() throws {
        let text = try Self.minutes(
            """
            meeting: {title: 工作会议, date: 2026-11-20}
            headings: {reports: 各支部汇报情况, achievements: 主要做法, comments: 领导讲评}
            reports:
              - {reporter: 陈刚, unit: 公路处, achievements: [坚持第一议题制度。]}
            comments:
              - {by: 张明, text: 要抓落实。}
            """)
        #expect(text.contains("## 一、各支部汇报情况"))
        #expect(text.contains("**主要做法**。坚持第一议题制度。"))
        #expect(text.contains("## 二、领导讲评"))
        #expect(throws: GongwenError.self) {
            try TestSupport.meeting("meeting: {title: 会, date: 2026-11-20}\nheadings: {opening: 开场}\n")
        }
        // A heading typed with its own number is numbered once, with a warning.
        let numbered = try TestSupport.meeting(
            "meeting: {title: 会, date: 2026-11-20}\nheadings: {decisions: 一、会议议定事项}\ndecisions: [甲]\n")
        #expect(numbered.warnings.count == 1)
        let rendered = MarkdownWriter().write(try TestSupport.document(numbered))
        #expect(rendered.contains("## 一、会议议定事项") && !rendered.contains("一、一、"))
    }

    @Test func theAccountabilityListsAreTitledByTheirMeeting() throws {
        let text = try Self.minutes(
            """
            meeting: {title: 安全生产专题会议, organization: 市交通委员会, date: 2026-11-20}
            tasks:
              - {id: T-1, content: 排查隐患}
            """, template: "accountability")
        #expect(text.hasPrefix("# 市交通委员会安全生产专题会议责任清单与任务清单"))
        #expect(!text.contains("全面从严治党"))
        #expect(text.contains("根据2026年11月20日安全生产专题会议部署，现将工作任务逐项分解到责任单位和责任人"))
    }

    @Test func aTaskWithoutUnitOrOwnerLeavesNoEmptyCommas() throws {
        let meetings = [
            try TestSupport.meeting(
                """
                meeting: {title: 工作会议, date: 2026-11-20}
                tasks:
                  - {id: T-1, content: 任务甲, due: 2026-12-10}
                """)
        ]
        let summary = MonthlySummary(month: YearMonth("2026-11")!, meetings: meetings)
        let text = MarkdownWriter().write(
            try TemplateCatalog().template("monthly-summary").render(SummaryView(summary)))
        #expect(text.contains("任务甲（2026年12月10日前完成）"))
        #expect(!text.contains("（，"))
        #expect(!text.contains("传达学习上级部署要求"))
    }

    /// Every sentence the built-in templates write themselves, listed and reviewed here: a new one
    /// must be added on purpose, after checking that it claims nothing the data does not record.
    @Test func everyFixedSentenceOfTheBuiltInTemplatesIsReviewed() throws {
        let reviewed: Set<String> = [
            // minutes: the opening's frame; 现将… is the standard formula of 纪要.
            "于", "在", "召开", "，会议由", "主持", "。现将会议主要精神纪要如下。",
            // the 首部式纪要's opening: its header lines already give date, place and host.
            "现将会议主要精神纪要如下。",
            // reports, comments, requirements, speech: verbs joining the data.
            "汇报了", "作了汇报", "围绕", "作了", "。", "点评", "时指出：", "点评指出：", "提出要求：",
            "在讲话中强调了以下几点意见。",
            // accountability: the count and, for a file that records later completions, as of when.
            "根据", "部署，现将工作任务逐项分解到责任单位和责任人，形成工作台账如下（共", "项任务", "，状态截至", "）。",
            "现将截至", "的工作任务按责任单位和责任人列出，形成工作台账如下（共", "项任务）。", "未部署任务。",
            // speech.
            "在", "上的讲话",
            // monthly summary: counts and lists of the data.
            "，共召开会议", "次，听取汇报", "个，领导点评", "次，提出工作要求", "项。本月新部署任务", "项；完成任务",
            "项", "，其中往月部署", "，逾期完成", "；截至月底未完成", "项，其中逾期", "项。现将本月工作总结如下。",
            "未召开会议。本月完成任务", "，其中逾期完成", "强调：", "部署：", "要求：", "本月部署任务", "项：",
            "本月未部署新任务。", "本月完成任务", "各单位任务落实情况如下：", "截至", "，以下", "项任务逾期未完成：",
            "，无逾期任务。", "到期任务：", "本月无会议记录。", "：", "项。", "（", "）",
            // a requirement named by its meeting: 在<date>召开的<meeting>上，<person>提出要求：….
            "召开的", "上，", "会议提出要求：",
            // …over a quarter or a year: the period's words (本季度, 季度末) come from the data's period.
            "新部署任务", "项。现将", "，其中", "未完成", "无会议记录。", "完成任务", "未部署新任务。", "；截至",
            "未召开会议。", "工作总结如下。", "部署",
            // 催办通知: the day, the counts and the request to report, fixed form of a 督办 notice.
            "：", "截至", "，你单位牵头落实的会议部署任务中，", "有", "项已到完成时限尚未完成", "，", "项将在", "日内到期",
            "。现将有关任务列出，请抓紧推进落实，并于", "前将落实情况填入所附反馈表", "，报送", "附件", "填报单位：",
            "填报人：　　　　　　　　　联系电话：", "单位负责人（签字）：",
            // 版记 labels and 印发 (GB/T 9704 §7.4).
            "分送", "抄送", "印发",
        ]
        var found: Set<String> = []
        for name in ["minutes", "minutes-classic", "speech", "accountability", "monthly-summary", "reminder"] {
            let template = BuiltInFiles.text("\(name).mustache")
            for piece in Self.sentencePieces(template) { found.insert(piece) }
        }
        for partial in ["minutes-body", "colophon", "lines", "assigned-tasks"] {
            for piece in Self.sentencePieces(BuiltInFiles.text("partials/\(partial).mustache")) {
                found.insert(piece)
            }
        }
        #expect(found.subtracting(reviewed).isEmpty, "not reviewed: \(found.subtracting(reviewed).sorted())")
    }

    /// The text of `<p>` and `<li>` elements outside Mustache tags, split at tags: the template's own words.
    static func sentencePieces(_ template: String) -> [String] {
        var pieces: [String] = []
        for line in template.split(separator: "\n") {
            guard line.hasPrefix("<p>") || line.hasPrefix("<li>") || line.hasPrefix("{{#") && line.contains("<p>")
            else { continue }
            var text = String(line)
            for pattern in [#"\{\{[^}]*\}\}"#, #"<[^>]*>"#] {
                text = text.replacingOccurrences(of: pattern, with: "\u{1}", options: .regularExpression)
            }
            pieces += text.split(separator: "\u{1}").map(String.init).filter { !$0.isEmpty }
        }
        return pieces
    }
}
