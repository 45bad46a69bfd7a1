import Foundation
import Testing

@testable import Gongwen

/// The form's round trip: a meeting → the record the form edits → YAML → the loader → the same meeting.
@Suite("Meeting records and YAML")
struct MeetingRecordTests {
    static var sampleFiles: [URL] {
        TestSupport.sampleFiles
            + ((try? FileManager.default.contentsOfDirectory(
                at: TestSupport.samples.appendingPathComponent("monthly"), includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.path < $1.path }
    }

    @Test(arguments: sampleFiles)
    func everySampleSurvivesTheFormRoundTrip(file: URL) throws {
        let meeting = try MeetingLoader().load(contentsOf: file)
        let record = MeetingRecord(meeting)
        // Through the browser: JSON out, JSON back.
        let json = try JSONSerialization.data(withJSONObject: record.json)
        let back = MeetingRecord(json: try JSONSerialization.jsonObject(with: json))
        #expect(back == record)
        let yaml = try back.yaml
        let reloaded = try MeetingLoader().load(data: Data(yaml.utf8), file: "round-trip.yaml")
        #expect(MeetingRecord(reloaded) == record, "\(yaml)")
        #expect(reloaded.warnings.isEmpty)
    }

    /// A JSON meeting saved by the form reads back as the same meeting through the JSON loader.
    @Test(arguments: sampleFiles)
    func everySampleSurvivesAsJSON(file: URL) throws {
        let record = MeetingRecord(try MeetingLoader().load(contentsOf: file))
        let text = record.jsonText
        let reloaded = try MeetingLoader().load(data: Data(text.utf8), file: "round-trip.json")
        #expect(MeetingRecord(reloaded) == record, "\(text)")
    }

    @Test func textsThatWouldReadAsSomethingElseAreQuoted() throws {
        let tricky = ["null", "~", "yes", "# 注释", "- 列表", "a: b", "  前后空格  ", "第一行\n第二行", "[张三，李四]", "2026-11-20"]
        let record = MeetingRecord.map([
            .init("meeting", .map([.init("title", .text("会议")), .init("date", .text("2026-11-20"))])),
            .init("decisions", .list(tricky.map(MeetingRecord.text))),
        ])
        let yaml = try record.yaml
        let meeting = try MeetingLoader().load(data: Data(yaml.utf8), file: "t.yaml")
        #expect(meeting.decisions == tricky, "\(yaml)")
    }

    /// PyYAML and other YAML 1.1 readers take these, written plain, for booleans, numbers, dates and
    /// null; the form's file quotes them, so every reader reads the text that was typed.
    @Test(arguments: [
        "yes", "No", "ON", "off", "true", "y", "N", "1.0", "42", "012", "0x1F", "1e3", ".inf", "14:30", "2026-12-05",
        "2026-12-05 09:00:00", "~", "null", "<<", "=",
    ])
    func yaml11ScalarsAreQuoted(value: String) throws {
        let record = MeetingRecord.map([
            .init(
                "meeting",
                .map([.init("title", .text("会议")), .init("date", .text("2026-11-20")), .init("time", .text(value))]))
        ])
        let yaml = try record.yaml
        #expect(yaml.contains("time: '\(value)'\n"), "\(yaml)")
        #expect(try MeetingLoader().load(data: Data(yaml.utf8), file: "t.yaml").info.time == value)
    }

    @Test(arguments: ["上午9:00", "第1次", "2026年12月5日", "T-2026-11-01", "yes please", "1.0版"])
    func textsNoReaderMistakesStayPlain(value: String) throws {
        let yaml = try MeetingRecord.map([.init("decisions", .list([.text(value)]))]).yaml
        #expect(yaml == "decisions:\n- \(value)\n")
    }

    @Test func theYAMLIsBlockStyleInTheContractsOrder() throws {
        let record = MeetingRecord(
            json: [
                "tasks": [["owner": "周婷", "id": "T-1", "content": "报送清单", "due": "2026-12-15"]],
                "meeting": ["date": "2026-11-20", "title": "工作会议", "attendees": ["张明", "陈刚"], "location": ""],
            ] as [String: Any])
        let yaml = try record.yaml
        #expect(
            yaml == """
                meeting:
                  title: 工作会议
                  date: '2026-11-20'
                  attendees:
                  - 张明
                  - 陈刚
                tasks:
                - id: T-1
                  content: 报送清单
                  owner: 周婷
                  due: '2026-12-15'

                """)
    }
}
