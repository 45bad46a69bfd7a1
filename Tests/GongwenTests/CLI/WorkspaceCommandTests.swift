import Foundation
import Testing

@testable import Gongwen

/// What a user loses or keeps when running the commands over real folders (issue 11).
@Suite("Workspace through the command line", .serialized)
struct WorkspaceCommandTests {
    typealias CLI = CommandLineTests

    static func monthFolders() throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (month, sample) in [
            ("2026-10", "branch-monthly-meeting.yaml"), ("2026-11", "party-discipline-meeting.yaml"),
        ] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(month), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: TestSupport.samples.appendingPathComponent(sample),
                to: folder.appendingPathComponent("\(month)/党委会.yaml"))
        }
        return folder
    }

    @Test func twoInputsWithOneNameAreRefusedAndNothingIsWritten() throws {
        let folder = try Self.monthFolders()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["render", "2026-10/党委会.yaml", "2026-11/党委会.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("2026-11/党委会.yaml:1:1: error: this file and 2026-10/党委会.yaml would both write"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func keepFoldersMirrorsTheInputs() throws {
        let folder = try Self.monthFolders()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            ["render", "2026-10/党委会.yaml", "2026-11/党委会.yaml", "--keep-folders", "--format", "md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let october = try String(
            contentsOf: folder.appendingPathComponent("out/2026-10/党委会.minutes.md"), encoding: .utf8)
        let november = try String(
            contentsOf: folder.appendingPathComponent("out/2026-11/党委会.minutes.md"), encoding: .utf8)
        #expect(october.contains("公路处党支部") && november.contains("全面从严治党"))
    }

    @Test func summaryRunsTwiceInARowOverItsOwnOutput() throws {
        let folder = try Self.monthFolders()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".github/workflows"), withIntermediateDirectories: true)
        try "on: push\njobs: {}\n".write(
            to: folder.appendingPathComponent(".github/workflows/ci.yml"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let result = try CLI.run(["summary", ".", "--month", "2026-11", "--format", "json,md"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            // Nothing but the note that the two samples are two organisations' meetings: no output
            // of the first run is read as a meeting by the second.
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("meetings of 2 organisations"), "\(result.stderr)")
        }
        // Its output copied elsewhere in the folder is still not a meeting file.
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("out/summary-2026-11.json"),
            to: folder.appendingPathComponent("2026-11/summary-2026-11.json"))
        #expect(try CLI.run(["validate", "."], in: folder).status == 0)
    }

    @Test(arguments: ["9999-12", "0001-01"])
    func theCalendarsEndsSummarise(month: String) throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["summary", "Samples/monthly", "--month", month, "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: out).contains("summary-\(month).docx"))
    }

    /// The sample of 11-06 records progress on tasks the 10-09 meeting assigned: `render` finds
    /// them in its folder, and `validate` given the one file now agrees, where it said no file
    /// defined them. An id nobody assigned is still an error.
    @Test func validatingOneFileLooksUpEarlierTasksInItsFolder() throws {
        let file = "Samples/monthly/2026-11-06-party-committee.yaml"
        let result = try CLI.run(["validate", file])
        #expect(result.status == 0, "\(result.stderr)")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("alone.yaml")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: file), to: alone)
        let lonely = try CLI.run(["validate", alone.path, "--lang", "en"])
        #expect(lonely.status == 1)
        #expect(lonely.stderr.contains("task_updates"), "\(lonely.stderr)")
        // Given with a file of the sample's folder, the copy elsewhere still fails: what one folder
        // holds counts only for its own files, as for render.
        let both = try CLI.run(["validate", file, alone.path, "--lang", "en"])
        #expect(both.status == 1)
        #expect(both.stderr.contains(alone.path) && !both.stderr.contains("2026-11-06-party-committee.yaml:"))
        // --ledger says where the earlier meetings are, as for render.
        let pointed = try CLI.run(["validate", alone.path, "--ledger", "Samples/monthly"])
        #expect(pointed.status == 0, "\(pointed.stderr)")
    }

    @Test func aMissingFileIsAnErrorWithAPlace() throws {
        let result = try CLI.run(["validate", "missing.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr == "missing.yaml:1:1: error: no such file or folder\n")
    }

    @Test func aMeetingTemplateIsNotASummary() throws {
        let result = try CLI.run(["summary", "Samples/monthly", "--month", "2026-11", "--template", "minutes"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("summary takes monthly-summary, accountability or reminder"))
    }

    @Test func aHugeTextValueIsRendered() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = String(repeating: "很长的段落", count: 2_400_000)
        try (TestSupport.minimal + "decisions:\n  - \(huge)\n").write(
            to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", "m.yaml", "--format", "html"], in: folder)
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("Templates/"))
    }
}
