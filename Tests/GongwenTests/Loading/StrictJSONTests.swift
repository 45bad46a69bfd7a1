import Foundation
import Testing

@testable import Gongwen

/// `.json` meeting files are JSON as RFC 8259 says: what `jq` rejects, Gongwen rejects, at its place.
@Suite("Strict JSON")
struct StrictJSONTests {
    static let valid = #"{"meeting": {"title": "会", "date": "2026-11-20", "attendees": ["张三", "李四"]}}"#

    @Test func validJSONLoads() throws {
        _ = try MeetingLoader().load(data: Data(Self.valid.utf8), file: "m.json")
        // The same text with a BOM, as Windows Notepad saves it.
        _ = try MeetingLoader().load(data: Data([0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8)), file: "m.json")
    }

    @Test(arguments: [
        (#"{"meeting": {"title": "会", "date": "2026-11-20",}}"#, 1, 48, "trailing comma"),
        ("{\n  // note\n  \"meeting\": {}}", 2, 3, "no comments"),
        ("{'meeting': {}}", 1, 2, "double quotes"),
        ("{meeting: {}}", 1, 2, "a key in double quotes"),
        (#"{"meeting": {"title": 'x'}}"#, 1, 23, "single quotes"),
        (#"{"meeting": {"title": "a\qb"}}"#, 1, 25, "not an escape"),
        (#"{"meeting": 01}"#, 1, 13, "cannot start with 0"),
        (#"{"meeting": {}} extra"#, 1, 17, "the end of the file"),
        ("[[[[", 1, 5, "ends where a value"),
        ("{\"meeting\": \"a\tb\"}", 1, 15, "control character"),
    ])
    func notJSONIsAnErrorAtItsPlace(text: String, line: Int, column: Int, words: String) {
        let problems = TestSupport.diagnostics(text, file: "m.json")
        #expect(problems.count == 1)
        #expect(problems.first?.location.line == line)
        #expect(problems.first?.location.column == column)
        #expect(problems.first?.message.contains(words) == true, "\(problems)")
    }

    @Test func deepNestingIsCheckedWithoutRecursion() {
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(StrictJSON.firstProblem(in: Array(text.utf8)) == nil)
    }

    @Test func yamlFilesKeepYAMLsFlowRules() {
        // The strict check is for .json files only: YAML's flow style allows a trailing comma.
        let text = #"{"meeting": {"title": "会", "date": "2026-11-20",}}"#
        #expect(TestSupport.diagnostics(text, file: "m.yaml").isEmpty)
    }
}
