import Foundation
import Testing

@testable import Gongwen

/// Which files a folder search reads: the same rule for `validate`, `summary` and the preview.
@Suite("Meeting file search")
struct MeetingFileSearchTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-search-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The files of `paths` loaded as the commands load them.
    static func load(_ paths: [String]) async throws -> MeetingBatch {
        await MeetingBatch.load(try MeetingFileSearch().files(in: paths), named: MeetingBatch.namedFiles(paths))
    }

    @Test func skipsHiddenFoldersOutputFolderAndSummaries() throws {
        let root = try Self.folder([
            "2026-11/党委会.yaml": TestSupport.minimal,
            "2026-10/党委会.yml": TestSupport.minimal,
            "a.json": "{}",
            ".github/workflows/ci.yml": "on: push\n",
            ".swap.yaml": "x",
            "out/summary-2026-11.json": "{}",
            "reports/summary-2026-11.json": "{}",
            "notes.txt": "x",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let search = MeetingFileSearch(excluding: [root.appendingPathComponent("out")])
        #expect(search.relativeFiles(under: root.path) == ["2026-10/党委会.yml", "2026-11/党委会.yaml", "a.json"])
        // Named on the command line, a file is always read, whatever its name.
        let named = root.appendingPathComponent("out/summary-2026-11.json").path
        #expect(try search.files(in: [named]) == [named])
    }

    @Test func aMissingPathIsAnErrorAtItsStart() {
        #expect(throws: GongwenError.self) { try MeetingFileSearch().files(in: ["/no/such/folder"]) }
        let text = GongwenError.io(path: "missing.yaml", reason: .noSuchFileOrFolder).description
        #expect(text == "missing.yaml:1:1: error: no such file or folder")
    }

    @Test func filesWithoutAnyContractKeyAreSkippedWithANote() async throws {
        let root = try Self.folder([
            "m.yaml": TestSupport.minimal,
            "docker-compose.yml": "services:\n  web:\n    image: nginx\n",
            "broken.yaml": "meeting:\n  title: x\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let batch = try await Self.load([root.path])
        #expect(batch.meetings.count == 1)
        #expect(batch.skipped.map(\.description).allSatisfy { $0.contains("docker-compose.yml:1:1: note: skipped") })
        #expect(batch.skipped.count == 1)
        // A file with a contract key but mistakes is an error, not skipped.
        #expect(batch.problems.count == 1)
        // Named directly, the same file is read as a meeting and fails.
        let named = try await Self.load([root.appendingPathComponent("docker-compose.yml").path])
        #expect(named.skipped.isEmpty && named.problems.count == 1)
    }

    @Test func crossFileRulesHoldForOneFileToo() async throws {
        let root = try Self.folder([
            "m.yaml": TestSupport.minimal + "task_updates:\n  - id: T-404\n    status: done\n"
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let batch = try await Self.load([root.path])
        let problems = batch.allProblems.flatMap(\.diagnostics)
        #expect(problems.map(\.path) == ["task_updates[0].id"])
    }
}
