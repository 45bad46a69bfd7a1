import Foundation
import Testing

@testable import Gongwen

@Suite("Loading meeting files")
struct MeetingLoaderTests {
    @Test func loadsEveryFieldOfTheContract() throws {
        let meeting = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent("party-discipline-meeting.yaml"))
        #expect(meeting.info.title == "全面从严治党工作会议")
        #expect(meeting.info.date == CalendarDate(year: 2026, month: 11, day: 20))
        #expect(meeting.info.host == Person(name: "张明", title: "党委书记、主任"))
        #expect(meeting.info.absentees == [Absentee(name: "王强", reason: "公出")])
        #expect(meeting.reports.count == 2)
        #expect(meeting.reports[1].achievements[0].contains("\n"))
        #expect(meeting.speech?.parts.count == 3)
        #expect(meeting.speech?.parts[.keyPoints]?.sections.count == 3)
        #expect(meeting.tasks.map(\.id) == ["T-2026-11-01", "T-2026-11-02", "T-2026-11-03"])
        #expect(meeting.tasks[0].status == .inProgress)
        #expect(meeting.tasks[1].status == .planned)
        #expect(meeting.tasks[0].part == .responsibility)
    }

    @Test func jsonFilesLoadWithPositions() throws {
        let meeting = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent("safety-special-meeting.json"))
        #expect(meeting.info.title == "冬季道路运输安全生产专题会议")
        #expect(meeting.tasks[1].status == .blocked)
        let problems = TestSupport.diagnostics(
            """
            {
              "meeting": {"title": "会", "date": "2026-11-20",
                "atendees": ["张明"]}
            }
            """, file: "m.json")
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 3)
        #expect(problems[0].location.column == 5)
        #expect(problems[0].message.contains("did you mean 'attendees'?"))
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() {
        let problems = TestSupport.diagnostics(TestSupport.minimal + "  atendees: [张明]\n")
        #expect(
            problems.map(\.description) == [
                "test.yaml:4:3: error: meeting.atendees: unknown key 'atendees'; did you mean 'attendees'?"
            ])
    }

    @Test func reportsEveryErrorOfAFileAtOnceWithPaths() {
        let problems = TestSupport.diagnostics(
            """
            meeting:
              title: 会议
              date: 2026-02-30
            reports:
              - reporter: 赵敏
                unit: 公路处
              - reporter: 吴军
                unti: 运输处
            tasks:
              - id: T-1
                content: 任务
                status: finished
            """)
        #expect(problems.map(\.path) == ["meeting.date", "reports[1].unit", "reports[1].unti", "tasks[0].status"])
        #expect(problems[0].message.contains("not a day on the calendar"))
        #expect(problems[1].message.contains("'unit' is required"))
        #expect(problems[2].message.contains("did you mean 'unit'?"))
        #expect(problems[3].message.contains("in_progress"))
        #expect(problems[3].location.line == 12)
    }

    @Test(arguments: [
        ("meeting:\n  date: 2026-11-20\n", "meeting.title", "'title' is required"),
        ("meeting:\n  title: 会议\n", "meeting.date", "'date' is required"),
        ("meeting:\n  title: \"\"\n  date: 2026-11-20\n", "meeting.title", "must not be empty"),
        ("reports: []\n", "meeting", "no 'meeting' block"),
        ("- a\n- b\n", "", "expected a meeting file"),
        ("meeting:\n  title: [会议]\n  date: 2026-11-20\n", "meeting.title", "expected text but found a list"),
        ("meeting:\n  title: 会议\n  date: 2026/11/20\n", "meeting.date", "YYYY-MM-DD"),
        ("meeting:\n  title: 会议\n  date: 2026-11-20\n  attendees: 张明、陈刚\n", "meeting.attendees", "expected a list"),
        (
            "meeting:\n  title: 会议\n  date: 2026-11-20\ntasks:\n  - id: T\n    content: c\n    part: focus\n",
            "tasks[0].part", "unify_thinking"
        ),
        ("meeting:\n  title: 会议\n  date: 2026-11-20\ncomments:\n  - text: 好\n", "comments[0].by", "'by' is required"),
    ])
    func rejectsWhatTheContractForbids(text: String, path: String, message: String) {
        let problems = TestSupport.diagnostics(text)
        #expect(problems.count >= 1)
        #expect(problems.first?.path == path)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
    }

    @Test func yamlOneOneTrapsStayText() throws {
        let meeting = try TestSupport.meeting(
            """
            meeting:
              title: no
              organization: on
              number: 010
              kind: 1.10
              location: 2026-11-20
              date: 2026-11-20
              attendees: [yes, off, 0x1F, ~x]
            tasks:
              - id: 2026-11-01
                content: 1e3
            """)
        #expect(meeting.info.title == "no")
        #expect(meeting.info.organization == "on")
        #expect(meeting.info.number == "010")
        #expect(meeting.info.kind == "1.10")
        #expect(meeting.info.location == "2026-11-20")
        #expect(meeting.info.attendees.map(\.name) == ["yes", "off", "0x1F", "~x"])
        #expect(meeting.tasks[0].id == "2026-11-01")
        #expect(meeting.tasks[0].content == "1e3")
    }

    @Test func quotedDatesAndYamlDatesBothLoad() throws {
        let quoted = try TestSupport.meeting("meeting:\n  title: 会\n  date: \"2026-02-28\"\n")
        let plain = try TestSupport.meeting("meeting:\n  title: 会\n  date: 2024-02-29\n")
        #expect(quoted.info.date.description == "2026-02-28")
        #expect(plain.info.date.description == "2024-02-29")
        #expect(TestSupport.diagnostics("meeting:\n  title: 会\n  date: 2025-02-29\n").count == 1)
    }

    @Test func controlCharactersAreRejectedWithTheirPlace() {
        let problems = TestSupport.diagnostics(TestSupport.minimal + "decisions: [\"议定\\u0007事项\"]\n")
        #expect(problems.count == 1)
        #expect(problems[0].path == "decisions[0]")
        #expect(problems[0].message.contains("U+0007"))
        #expect(problems[0].location.line == 4)
    }

    @Test func forbiddenCharacterByteScanAgreesWithTheScalarRule() {
        // The byte scan must find exactly what the scalar rule rejects, including U+FFFE/U+FFFF
        // beside look-alikes that share their first bytes (U+FF0C ，, U+FFBD, U+EFBF).
        let pieces = [
            "议定", "，", "（", "\u{FFBD}", "\u{EFBF}", "\u{FFFE}", "\u{FFFF}", "\t", "\n", "\r", "\u{7}", "a", "\u{1F}",
        ]
        var generator = SeededGenerator(seed: 2026_1120)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            #expect(
                NodeReader.holdsForbidden(text) == text.unicodeScalars.contains(where: NodeReader.isForbidden),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func errorPathsNameNestedValues() {
        let problems = TestSupport.diagnostics(
            TestSupport.minimal + """
                speech:
                  key_points:
                    sections:
                      - heading: 一
                        points:
                          - lead: ""
                      - paragraphs: [文]

                """)
        #expect(
            problems.map(\.path) == [
                "speech.key_points.sections[0].points[0].lead", "speech.key_points.sections[1].heading",
            ])
        #expect(problems[0].message.contains("must not be empty"))
        #expect(problems[1].message.contains("'heading' is required"))
    }

    @Test func duplicateTaskIdsInOneFile() {
        let problems = TestSupport.diagnostics(
            TestSupport.minimal + """
                tasks:
                  - id: T-1
                    content: 一
                  - id: T-1
                    content: 二
                """)
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 7)
        #expect(problems[0].message.contains("already used at line 5"))
    }

    @Test func duplicateKeysAreReportedAtTheSecondWithTheFilesOtherErrors() {
        let problems = TestSupport.diagnostics(
            "meeting:\n  title: 一\n  title: 二\n  date: 2026-11-20\n  atendees: []\n")
        #expect(problems.map(\.path) == ["meeting.title", "meeting.atendees"])
        #expect(problems[0].location.line == 3)
        #expect(problems[0].message.contains("appears twice"))
    }

    @Test func anchoredValuesCanBeReused() throws {
        let meeting = try TestSupport.meeting(
            "meeting:\n  title: 会\n  date: 2026-11-20\n  host: &host {name: 张明, title: 主任}\n"
                + "  attendees: [*host, 李华]\n")
        #expect(meeting.info.attendees.first == meeting.info.host)
        #expect(meeting.info.attendees.count == 2)
    }

    @Test func emptyFileAndBlankFile() {
        for text in ["", "   \n\n", "\u{FEFF}"] {
            let problems = TestSupport.diagnostics(text)
            #expect(problems.count == 1)
            #expect(problems[0].message.contains("empty"))
        }
        #expect(TestSupport.diagnostics("# only a comment\n")[0].message.contains("no data"))
    }

    @Test func invalidUTF8IsPlacedAtItsByte() {
        var data = Data("meeting:\n  title: 会议".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(Data("\n  date: 2026-11-20\n".utf8))
        let problems = TestSupport.diagnostics(data)
        #expect(problems.count == 1)
        #expect(problems[0].location.line == 2)
        #expect(problems[0].location.column == 12)
        #expect(problems[0].message.contains("UTF-8"))
    }

    @Test func binaryGarbageIsAnErrorNotACrash() {
        var generator = SeededGenerator(seed: 2026_1203)
        for _ in 0..<50 {
            let bytes = (0..<256).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let problems = TestSupport.diagnostics(Data(bytes))
            #expect(!problems.isEmpty, "\(bytes)")
        }
        #expect(TestSupport.diagnostics(Data([0x00, 0x01, 0x02]))[0].message.contains("NUL"))
    }

    @Test(arguments: [
        "meeting:\n  title: [会议\n  date: 2026-11-20\n",
        "meeting:\n  title: 会议\n date: 2026-11-20\n",
        "meeting: {title: 会议, date: 2026-11-20\n",
        "{\"meeting\": {\"title\": \"会议\", \"date\": \"2026-11-20\",}\n",
        "meeting:\n  title: \"会议\n",
        "meeting:\n\ttitle: 会议\n",
        "meeting: &a\n  title: *b\n",
    ])
    func brokenSyntaxGivesAPlace(text: String) {
        let problems = TestSupport.diagnostics(text)
        #expect(problems.count == 1)
        #expect(problems[0].location.line >= 1)
        #expect(problems[0].description.hasPrefix("test.yaml:"))
    }

    @Test func multiLineTextKeepsParagraphsAndBreaks() throws {
        let meeting = try TestSupport.meeting(
            TestSupport.minimal + """
                decisions:
                  - |
                    第一行
                    第二行

                    第二段
                """)
        let view = TextView(meeting.decisions[0])
        #expect(view.lines.map(\.value) == ["第一行", "第二行"])
        #expect(view.lines.map(\.br) == [false, true])
        #expect(view.more.count == 1)
        #expect(view.more[0].lines.map(\.value) == ["第二段"])
    }

    @Test func crossFileRules() throws {
        let first = try TestSupport.meeting(
            TestSupport.minimal + "tasks:\n  - id: T-1\n    content: 一\n", file: "a.yaml")
        let second = try TestSupport.meeting(
            TestSupport.minimal + "tasks:\n  - id: T-1\n    content: 二\ntask_updates:\n  - id: T-2\n    status: done\n",
            file: "b.yaml")
        let problems = MeetingSet.problems(in: [first, second])
        #expect(problems.count == 2)
        #expect(problems[0].location.file == "b.yaml")
        #expect(problems[0].message.contains("a.yaml"))
        #expect(problems[1].message.contains("no meeting file defines a task with id 'T-2'"))
        #expect(problems[1].message.contains("did you mean 'T-1'?"))
    }

    // MARK: The contract exactly (issue 11)

    @Test(arguments: ["2026-+1-+5", "2026-11-5", "+2026-11-05", "2026-11-0５", " 2026-11-05x"])
    func datesAreDigitsOnly(date: String) {
        let problems = TestSupport.diagnostics("meeting:\n  title: 测试\n  date: \"\(date)\"\n")
        #expect(problems.map(\.path) == ["meeting.date"])
    }

    @Test func aMissingMeetingBlockIsReportedWithTheFilesOtherErrors() {
        let problems = TestSupport.diagnostics("reports:\n  - unit: 公路处\ntasks:\n  - id: T-1\n")
        #expect(problems.contains { $0.path == "meeting" })
        #expect(problems.contains { $0.path?.hasPrefix("reports[0]") == true })
        #expect(problems.contains { $0.path?.hasPrefix("tasks[0]") == true })
    }

    @Test func aRepeatedTaskIdNamesItsFullPath() {
        let problems = TestSupport.diagnostics(
            TestSupport.minimal + "tasks:\n  - id: T-1\n    content: 一\n  - id: T-1\n    content: 二\n")
        #expect(problems.map(\.path) == ["tasks[1].id"])
    }

    @Test func messagesQuotingTheDataStayOnOneLine() {
        let problems = TestSupport.diagnostics(
            "meeting:\n  title: 测试\n  date: \"2026-11-20\\n\\e[31m\\u2028\"\n  \"lo\\ncation\": x\n")
        #expect(problems.count == 2)
        for problem in problems {
            let line = problem.description
            #expect(
                !line.unicodeScalars.contains {
                    $0.value < 0x20 || $0 == "\u{2028}" || (0x7F...0x9F).contains($0.value)
                })
        }
        #expect(problems.map(\.description).joined().contains("unknown key 'lo\\ncation'"))
    }

    @Test func aVeryLongUnknownIdGetsNoSuggestionAndNoQuadraticSearch() throws {
        var defining = TestSupport.minimal + "tasks:\n"
        for index in 0..<1000 { defining += "  - id: T-\(index)\n    content: 任务\n" }
        let first = try TestSupport.meeting(defining, file: "a.yaml")
        let long = String(repeating: "x", count: 300_000)
        let second = try TestSupport.meeting(
            TestSupport.minimal + "task_updates:\n  - id: \(long)\n    status: done\n", file: "b.yaml")
        let problems = MeetingSet.problems(in: [first, second])
        #expect(problems.count == 1)
        #expect(problems[0].path == "task_updates[0].id")
        #expect(!problems[0].message.contains("did you mean"))
        #expect(KeySuggestion.closest(to: "T-99x", among: ["T-99", "T-100"]) == "T-99")
    }
}
