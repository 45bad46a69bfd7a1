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
        // The contract's files; the folder's two organisations also get one summary each (below).
        #expect(
            Set([
                "summary-2026-11.docx", "summary-2026-11.html", "summary-2026-11.md", "summary-2026-11.xml",
            ]).isSubset(of: CLI.files(in: out)))
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
        #expect(CLI.files(in: out).contains("summary-\(expected).md"))
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
        #expect(CLI.files(in: out).contains("summary-2026-11.json"))
    }

    /// `Samples/monthly` holds the committee's meetings and one of its 公路处党支部: the summary of them
    /// all keeps the contract's name, each organisation gets its own beside it, and a warning says so;
    /// `--organization` makes one.
    @Test func aFolderOfSeveralOrganisationsGetsOneSummaryEach() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run([
            "summary", "Samples/monthly", "--month", "2026-11", "--format", "md,json", "--output", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the folder holds meetings of 2 organisations (市交通委员会, 公路处党支部)"))
        #expect(
            CLI.files(in: out) == [
                "summary-2026-11.json", "summary-2026-11.md", "summary-2026-11.公路处党支部.json",
                "summary-2026-11.公路处党支部.md", "summary-2026-11.市交通委员会.json", "summary-2026-11.市交通委员会.md",
            ])
        func figures(_ name: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name))) as! [String: Any]
        }
        // The branch's October task, done in November, is the branch's completion, not the committee's.
        #expect(try figures("summary-2026-11.json")["tasks_completed"] as? Int == 3)
        #expect(try figures("summary-2026-11.市交通委员会.json")["tasks_completed"] as? Int == 2)
        #expect(try figures("summary-2026-11.公路处党支部.json")["tasks_completed"] as? Int == 1)
        #expect(try figures("summary-2026-11.公路处党支部.json")["organization"] as? String == "公路处党支部")

        let one = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: one) }
        let chosen = try CLI.run([
            "summary", "Samples/monthly", "--month", "2026-11", "--format", "json", "--organization", "市交通委员会",
            "--output", one.path,
        ])
        #expect(chosen.status == 0 && chosen.stderr.isEmpty, "\(chosen.stderr)")
        #expect(CLI.files(in: one) == ["summary-2026-11.json"])
        #expect(
            try JSONSerialization.jsonObject(with: Data(contentsOf: one.appendingPathComponent("summary-2026-11.json")))
                as? [String: Any] != nil)
        let unknown = try CLI.run([
            "summary", "Samples/monthly", "--month", "2026-11", "--organization", "某局", "--output", one.path,
        ])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("the folder has: 市交通委员会, 公路处党支部"))
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
        ["summary", "Samples/monthly", "--month", "2026-11", "--format", "pdfx"],
        ["render", "Samples/party-discipline-meeting.yaml", "--template", "monthly-summary"],
    ])
    func wrongUsageExits64(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
