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
                  date: 2026-11-20
                  attendees:
                  - 张明
                  - 陈刚
                tasks:
                - id: T-1
                  content: 报送清单
                  owner: 周婷
                  due: 2026-12-15

                """)
    }
}
