import Foundation
import Testing

@testable import Gongwen

@Suite("gongwen summary", .serialized)
struct SummaryCommandTests {
    typealias CLI = CommandLineTests

    @Test func writesTheMonthInEveryFormatAndJSON() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["summary", "Samples/monthly", "--month", "2026-11", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            CLI.files(in: out) == [
                "summary-2026-11.docx", "summary-2026-11.html", "summary-2026-11.md", "summary-2026-11.xml",
            ])
        let json = try CLI.run([
            "summary", "Samples/monthly", "--month", "2026-11", "--format", "json", "--output", out.path,
        ])
        #expect(json.status == 0)
        let figures =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary-2026-11.json")))
            as! [String: Any]
        #expect(figures["tasks_overdue"] as? Int == 3)
        let accountability = try CLI.run([
            "summary", "Samples/monthly", "--month", "2026-11", "--template", "accountability",
            "--format", "md", "--output", out.path,
        ])
        #expect(accountability.status == 0)
        #expect(CLI.files(in: out).contains("summary-2026-11.accountability.md"))
    }

    @Test func previousMonthFromToday() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run([
            "summary", "Samples/monthly", "--month", "previous", "--format", "md", "--output", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = YearMonth.current().previous!
        #expect(CLI.files(in: out) == ["summary-\(expected).md"])
    }

    @Test func anInvalidFileStopsTheSummaryUnlessSkipped() throws {
        let folder = try CLI.temporaryFolder()
        let out = try CLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: out)
        }
        let monthly = TestSupport.samples.appendingPathComponent("monthly")
        for name in try FileManager.default.contentsOfDirectory(atPath: monthly.path) {
            try FileManager.default.copyItem(
                at: monthly.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let broken = folder.appendingPathComponent("sub/2026-11-30-broken.yaml")
        try "meeting:\n  title: 会\n  date: 2026-11-31\n  hots: 张明\n".write(
            to: broken, atomically: true, encoding: .utf8)

        let failed = try CLI.run(["summary", folder.path, "--month", "2026-11", "--output", out.path])
        #expect(failed.status == 1)
        let lines = failed.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix(broken.path + ":") && $0.contains(": error: ") })
        #expect(CLI.files(in: out).isEmpty)

        let skipped = try CLI.run([
            "summary", folder.path, "--month", "2026-11", "--format", "json", "--skip-invalid",
            "--output", out.path,
        ])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains(": warning: "))
        #expect(CLI.files(in: out) == ["summary-2026-11.json"])
    }

    @Test func aMonthWithoutMeetingsGivesAShortSummary() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run([
            "summary", "Samples/monthly", "--month", "2025-06", "--format", "md", "--output", out.path,
        ])
        #expect(result.status == 0)
        let text = try String(contentsOf: out.appendingPathComponent("summary-2025-06.md"), encoding: .utf8)
        #expect(text.contains("2025年6月未召开会议"))
    }

    @Test(arguments: [
        ["summary", "Samples/monthly", "--month", "2026-13"],
        ["summary", "Samples/monthly", "--month", "last"],
        ["summary", "Samples/monthly"],
        ["summary", "Samples/no-such-folder", "--month", "2026-11"],
        ["summary", "Samples/monthly", "--month", "2026-11", "--format", "pdf"],
        ["render", "Samples/party-discipline-meeting.yaml", "--template", "monthly-summary"],
    ])
    func wrongUsageExits64(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
