import Foundation
import Testing

@testable import Gongwen

/// The folder's task index (`.gongwen/task-index.json`): the same earlier tasks as reading every
/// file, picked up again when a file changes, and never trusted when it is damaged.
@Suite("Task index")
struct TaskIndexTests {
    /// A copy of the monthly samples in a temporary folder.
    static func folder() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Samples/monthly"), to: folder)
        return folder
    }

    /// What reading every file gives.
    static func loadedOrigins(_ folder: URL) throws -> [String: TaskOrigin] {
        let files = try MeetingFileSearch().files(in: [folder.path])
        let meetings = files.compactMap {
            try? MeetingLoader(skipsOtherFiles: true).load(contentsOf: URL(fileURLWithPath: $0), displayName: $0)
        }
        return TaskLedger.origins(meetings)
    }

    static func summary(_ origins: [String: TaskOrigin]) -> [String: String] {
        origins.mapValues { "\($0.task.content)|\($0.task.leadUnit ?? "")|\($0.assignedOn)|\($0.assignedAt)" }
    }

    @Test func theIndexGivesWhatReadingEveryFileGives() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Self.summary(try Self.loadedOrigins(folder))
        #expect(expected.count > 5)
        // The first run builds the index, a second (a new run: a new lookup) reads it.
        #expect(Self.summary(FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path)) == expected)
        let index = TaskIndex.location(in: folder.path)
        #expect(FileManager.default.fileExists(atPath: index.path))
        #expect(Self.summary(FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path)) == expected)
        #expect(TaskIndex.read(in: folder.path).files.count == (try MeetingFileSearch().files(in: [folder.path])).count)
    }

    @Test func aChangedFileIsReadAgainAndADamagedIndexIsRebuilt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path)
        // A task reworded: the file's size moves, as an edit's does, and it is parsed again.
        let file = folder.appendingPathComponent("2026-10-09-party-committee.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "修订全面从严治党主体责任清单", with: "修订全面从严治党主体责任清单和问题清单")
            .write(to: file, atomically: true, encoding: .utf8)
        let origins = FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path)
        #expect(origins["M-10-01"]?.task.content == "修订全面从严治党主体责任清单和问题清单")
        #expect(Self.summary(origins) == Self.summary(try Self.loadedOrigins(folder)))
        // Half an index (a crash elsewhere, a hand edit) is not read: the files are.
        let whole = try Data(contentsOf: TaskIndex.location(in: folder.path))
        try whole.dropLast(12).write(to: TaskIndex.location(in: folder.path))
        #expect(TaskIndex.read(in: folder.path).files.isEmpty)
        #expect(
            Self.summary(FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path))
                == Self.summary(try Self.loadedOrigins(folder)))
        // An entry whose size and hash no longer match its file is not believed: the file is parsed.
        var index = TaskIndex.read(in: folder.path)
        let key = "2026-10-09-party-committee.yaml"
        index.files[key]?.ids = []
        index.files[key]?.size += 1
        index.files[key]?.hash = 0
        index.write(in: folder.path)
        #expect(
            Self.summary(FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path))
                == Self.summary(try Self.loadedOrigins(folder)))
    }

    @Test func aSmallFolderKeepsNoIndex() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.summary(FolderTaskOrigins().origins(in: folder.path)) == Self.summary(try Self.loadedOrigins(folder)))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".gongwen").path))
    }

    @Test func aFolderThatCannotHoldTheIndexIsReadInFull() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `.gongwen` is a file here: no index is written, and nothing fails.
        try Data().write(to: folder.appendingPathComponent(".gongwen"))
        #expect(
            Self.summary(FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path))
                == Self.summary(try Self.loadedOrigins(folder)))
        var isFolder: ObjCBool = false
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(".gongwen").path, isDirectory: &isFolder))
        #expect(!isFolder.boolValue)
    }

    @Test func aMeetingTheRunLoadedIsNotParsedAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = FolderTaskOrigins(indexedFrom: 0).origins(in: folder.path)
        // With the index built, a new run parses a file only to name its tasks: a meeting the run
        // has loaded already (here marked, to tell it from the file) is taken as it is.
        let path = folder.appendingPathComponent("2026-10-09-party-committee.yaml").path
        var meeting = try MeetingLoader(skipsOtherFiles: true).load(
            contentsOf: URL(fileURLWithPath: path), displayName: folder.path + "/./2026-10-09-party-committee.yaml")
        let id = meeting.tasks[0].id
        meeting.tasks[0].content = "（本次运行已读）"
        let origins = FolderTaskOrigins(indexedFrom: 0)
        origins.remember(meeting)
        #expect(origins.origins(of: [id], in: folder.path)[id]?.task.content == "（本次运行已读）")
    }

    @Test func lookupsFromEveryCoreAgreeWithReadingEveryFile() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = Self.summary(try Self.loadedOrigins(folder))
        let origins = FolderTaskOrigins(indexedFrom: 0)
        let ids = Array(expected.keys)
        // Each worker asks for one id at a time, as a render's workers do, in its own order.
        let found = await withTaskGroup(of: [String: TaskOrigin].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var found: [String: TaskOrigin] = [:]
                    var generator = SeededGenerator(seed: UInt64(worker))
                    for id in ids.shuffled(using: &generator) {
                        found.merge(origins.origins(of: [id], in: folder.path)) { $1 }
                    }
                    return found
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(found.count == 8)
        for result in found { #expect(Self.summary(result) == expected) }
    }
}
