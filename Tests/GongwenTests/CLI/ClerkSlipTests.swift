import Foundation
import Testing

@testable import Gongwen

/// The mistakes clerks make, each a file in `ClerkSlips/`: the message is at the line and column
/// of the mistake and says in Chinese what it is and how to fix it (issue 12).
@Suite("Clerk slips", .serialized)
struct ClerkSlipTests {
    typealias CLI = CommandLineTests

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ClerkSlips")
    static let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    @Test(arguments: [
        ("full-width-colon.yaml", "2:8: error", "键“title”后面用了全角冒号“：”，请改为半角冒号“:”并在其后加一个空格"),
        ("full-width-colon-line-12.yaml", "12:11: error", "键“recorder”后面用了全角冒号“：”"),
        ("key-without-colon.yaml", "4:11: error", "键“recorder”后面缺少冒号；请写成“recorder: 内容”"),
        ("tab-indentation.yaml", "3:1: error", "缩进里有一个制表符 Tab（U+0009）"),
        ("full-width-space-indentation.yaml", "4:1: error", "键“location”里有一个看不见的全角空格（U+3000）"),
        ("date-without-leading-zero.yaml", "3:9: error", "请写成 2026-11-05"),
        ("date-in-chinese.yaml", "3:9: error", "日期“2026年11月5日”的写法不对；请写成 2026-11-05"),
        ("date-with-slashes.yaml", "3:9: error", "日期“2026/11/5”的写法不对；请写成 2026-11-05"),
        ("names-with-full-width-commas.yaml", "4:15: warning", "“张三，李四，王五”被当作一个人名"),
        ("numbered-lead-and-heading.yaml", "7:18: warning", "开头自带序号“（一）”"),
        ("numbered-lead-and-heading.yaml", "9:19: warning", "开头自带序号“一要”"),
    ])
    func eachSlipIsNamedAtItsPlaceInChinese(file: String, place: String, words: String) throws {
        let result = try CLI.run(["validate", file], in: Self.folder, environment: ["LANG": "zh_CN.UTF-8"])
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("\(file):\(place)") }
        #expect(line?.contains(words) == true, "\(result.stderr)")
        #expect(result.status == (place.hasSuffix("warning") ? 0 : 1))
    }

    @Test(arguments: [
        (
            "meeting:\n  title: 会\n  date: 2026-11-20\ndecisions:\n  - \"三会一课\"制度要落实到位\n", "5:5: error",
            "以英文引号开头的文字必须整段括在引号里"
        ),
        ("meeting:\n  title: 会\n  date: 2026-11-20\n  number: [2026]12号\n", "4:11: error", "以“[”开头的内容会被当作列表或键值对"),
        ("meeting:\n  title: 会\n  date: 2026-11-20\ndecisions:\n  - 要做到: 一是按时报送\n", "5:8: error", "请改用全角冒号“：”"),
        ("meeting:\n  title: 会\n  date: 2026-02-30\n", "3:9: error", "请核对月份和日期"),
        (
            "meeting:\n  title: 会\n  date: 2026-11-20\ntasks:\n  - id: T-1\n    content: 甲\n    status: 完成\n",
            "7:13: error", "是不是要写“已完成”"
        ),
        ("meeting:\n  title: 会\n  date: 2026-11-20\n  attendees: [张三，李四]\n", "4:15: warning", "[张三, 李四]"),
        ("meeting:\n  title:\u{A0}会\n  date: 2026-11-20\n", "2:9: error", "后面是一个不换行空格（U+00A0）"),
        ("meeting:\n  title: 会\n  date: 2026-11-20\n  attendees: ［张三, 李四］\n", "4:14: error", "用了全角方括号"),
        ("meeting:\n  title: 会\n  date: 2026-11-20\n  attendees: 张明、陈刚\n", "4:14: error", "请写成 [张明, 陈刚]"),
        ("meeting:\n  title: 会\n\u{FEFF}  date: 2026-11-20\n", "3:1: error", "字节顺序标记 BOM（U+FEFF）"),
        ("meeting:\r\n  title：会\r\n  date: 2026-11-20\r\n", "2:8: error", "键“title”后面用了全角冒号"),
        (
            "meeting:\n  title: 会\n  date: 2026-11-20\nspeech:\n  opening:\n    - |\n      KPI：全部完成\n    - 甲\n  closing: [乙\n",
            "10:1: error", "格式错误"
        ),
    ])
    func theReviewersSlipsAreNamed(text: String, place: String, words: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "m.yaml", "--lang", "zh"], in: folder)
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix("m.yaml:\(place)") }
        #expect(line?.contains(words) == true, "\(result.stderr)")
    }

    @Test func usageErrorsAndFilesThatAreNotThereSpeakChinese() throws {
        let missing = try CLI.run(["render", "nosuch.yaml", "Samples", "--lang", "zh"])
        #expect(missing.stderr.contains("nosuch.yaml:1:1: error: 找不到这个文件或文件夹"))
        #expect(missing.stderr.contains("Samples:1:1: error: 这是一个文件夹"))
        let usage = try CLI.run(["summary", "Samples"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("请指明总结哪个时期：--month 年-月、--quarter 年-Q季度 或 --year 年份"))
        let template = try CLI.run([
            "render", "Samples/party-discipline-meeting.yaml", "--template", "通知", "--lang", "zh",
        ])
        #expect(template.status == 64)
        #expect(template.stderr.contains("内置模板：会议纪要、首部式纪要、讲话稿、责任清单、月度工作总结"))
    }

    @Test func helpFollowsTheLanguage() throws {
        let chinese = try CLI.run(["render", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 0)
        #expect(chinese.output.contains("概述：") && chinese.output.contains("会议文件（.yaml、.yml 或 .json）。"))
        let english = try CLI.run(["render", "--help", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(
            english.output.contains("OVERVIEW:") && english.output.contains("Meeting files (.yaml, .yml or .json)."))
    }

    @Test func chineseValuesAndTemplateNamesWork() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(
            [
                "render", "chinese-status-and-part.yaml", "--template", "会议纪要", "--template", "责任清单", "--format", "md",
                "--output", out.path,
            ], in: Self.folder, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let lists = try String(
            contentsOf: out.appendingPathComponent("chinese-status-and-part.accountability.md"), encoding: .utf8)
        #expect(lists.contains("| 已完成（2026年11月20日） |") && lists.contains("| 推进中 |"), "\(lists)")
        #expect(CLI.files(in: out).contains("chinese-status-and-part.accountability.md"))
    }

    @Test func aNumberTheClerkTypedIsNotPrintedTwice() throws {
        let result = try CLI.run(
            ["render", "numbered-lead-and-heading.yaml", "--template", "讲话稿", "--format", "md", "--output", "-"],
            in: Self.folder)
        #expect(result.output.contains("### （一）坚持把政治建设摆在首位"))
        #expect(result.output.contains("**一要学懂弄通做实党的创新理论**"))
        #expect(!result.output.contains("（一）（一）") && !result.output.contains("一要一要"))
        #expect(result.stderr.contains("warning"))
    }

    /// `validate` over the bad-input fixtures and the slips, in Chinese by the locale and in English by
    /// `--lang en` over a Chinese locale; recorded with `GONGWEN_RECORD_GOLDEN=1`.
    @Test(arguments: [("zh", ["validate"]), ("en", ["validate", "--lang", "en"])])
    func transcripts(language: String, command: [String]) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted().map {
            "ClerkSlips/\($0)"
        }
        let bad = try FileManager.default.contentsOfDirectory(atPath: CLI.badInput.path).sorted().map {
            "BadInput/\($0)"
        }
        let arguments = command + bad + files
        let result = try CLI.run(
            arguments, in: Self.folder.deletingLastPathComponent(), environment: ["LANG": "zh_CN.UTF-8"])
        let transcript = "$ gongwen \(arguments.joined(separator: " "))\n\(result.stderr)exit \(result.status)\n"
        let url = Self.transcripts.appendingPathComponent("validate.\(language).txt")
        if Golden.recording {
            try FileManager.default.createDirectory(at: Self.transcripts, withIntermediateDirectories: true)
            try Data(transcript.utf8).write(to: url)
            Issue.record("recorded \(url.lastPathComponent); run again without GONGWEN_RECORD_GOLDEN")
            return
        }
        #expect(transcript == (try String(contentsOf: url, encoding: .utf8)), "re-record if the change is intended")
    }
}
