import Foundation
import Testing

@testable import Gongwen

/// The folder's meeting cache (`.gongwen/meeting-cache.bin`): the same meetings and messages as
/// parsing every file, parsed again when a file changes, and never trusted when it is damaged or
/// was written for other proofreading settings.
@Suite("Meeting cache")
struct MeetingCacheTests {
    /// A meeting with every field of the model given, so that a field the cache forgets shows.
    static let everyField: Meeting = {
        let person = Person(name: "王建国", title: "局长", unit: "办公室")
        var info = MeetingInfo(
            title: "第3次局党组会议", organization: "市自然资源和规划局", kind: "党组会议", number: "〔2026〕3号",
            date: CalendarDate(year: 2026, month: 11, day: 6)!, time: "09:00—11:30", location: "三楼会议室",
            host: person, speaker: Person(name: "李明", title: "书记", unit: "局党组"),
            recorder: Person(name: "张华", title: "秘书", unit: "办公室"),
            attendees: [person, Person(name: "各科室负责人")], observers: [Person(name: "赵敏", title: "科长", unit: "城建科")],
            absentees: [Absentee(name: "孙丽", reason: "公出")])
        info.organizationShort = "局党组"
        info.attachments = ["责任清单"]
        info.copyTo = ["市纪委监委"]
        info.distribution = ["各科室"]
        info.printedBy = "局办公室"
        info.printedOn = CalendarDate(year: 2026, month: 11, day: 10)
        var report = Report(
            reporter: person, unit: "城建科", topic: "主体责任", achievements: ["做法一"], shortcomings: ["不足一"],
            plans: ["方向一"])
        report.kind = "述职"
        var task = MeetingTask(
            id: "T-1", content: "修订责任清单", part: .responsibility, leadUnit: "办公室", owner: person,
            partners: ["城建科"], due: CalendarDate(year: 2026, month: 12, day: 31), status: .done,
            completedOn: CalendarDate(year: 2026, month: 12, day: 1))
        task.location = SourceLocation(file: "m.yaml", line: 40, column: 9)
        task.idPath = "tasks[0].id"
        var update = TaskUpdate(
            id: "T-0", status: .blocked, completedOn: CalendarDate(year: 2026, month: 11, day: 5), note: "受阻")
        update.location = SourceLocation(file: "m.yaml", line: 50, column: 7)
        update.idPath = "task_updates[0].id"
        let point = SpeechPoint(lead: "一要提高站位。", text: "把责任扛在肩上。")
        let part = SpeechPart(
            heading: "统一思想", paragraphs: ["段落"],
            sections: [SpeechSection(heading: "（一）", paragraphs: ["节段落"], points: [point], minutes: ["会议强调"])],
            points: [point], minutes: ["会议指出"])
        var meeting = Meeting(
            source: "m.yaml", info: info, reports: [report],
            comments: [Comment(by: person, about: "城建科", text: "点评")],
            requirements: [Requirement(by: person, text: "要求")],
            speech: Speech(
                speaker: person, opening: ["同志们："], parts: [.unifyThinking: part, .keyPoints: part],
                closing: ["谢谢大家。"]),
            decisions: ["议定一"], tasks: [task], taskUpdates: [update])
        meeting.headings = SectionHeadings(["tasks": "任务分工", "speech": "会议指出"])
        return meeting
    }()

    /// Every stored value of `value`, written out with dictionaries in key order, and the paths
    /// of the fields that are nil or empty wherever they occur.
    static func written(_ value: Any, path: String = "", empty: inout Set<String>) -> String {
        var filled: Set<String> = []
        let text = written(value, path: path, empty: &empty, filled: &filled)
        empty.subtract(filled)
        return text
    }

    private static func written(
        _ value: Any, path: String, empty: inout Set<String>, filled: inout Set<String>
    ) -> String {
        let mirror = Mirror(reflecting: value)
        let isEmpty =
            [.optional, .collection, .set, .dictionary].contains(mirror.displayStyle) && mirror.children.isEmpty
        if isEmpty { empty.insert(path) } else { filled.insert(path) }
        switch mirror.displayStyle {
        case .optional:
            guard let child = mirror.children.first else { return "nil" }
            return written(child.value, path: path, empty: &empty, filled: &filled)
        case .collection, .set:
            let items = mirror.children.map {
                written($0.value, path: path + "[]", empty: &empty, filled: &filled)
            }
            return "[" + items.joined(separator: ", ") + "]"
        case .dictionary:
            let pairs = mirror.children.map { pair -> (String, String) in
                let parts = Array(Mirror(reflecting: pair.value).children)
                return (
                    written(parts[0].value, path: path + "{}", empty: &empty, filled: &filled),
                    written(parts[1].value, path: path + "{}", empty: &empty, filled: &filled)
                )
            }
            return "{" + pairs.sorted { $0.0 < $1.0 }.map { "\($0): \($1)" }.joined(separator: ", ") + "}"
        case .struct, .class:
            return "("
                + mirror.children.map {
                    "\($0.label ?? ""): "
                        + written($0.value, path: path + "." + ($0.label ?? ""), empty: &empty, filled: &filled)
                }.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }

    static func written(_ value: Any) -> String {
        var empty: Set<String> = []
        return written(value, empty: &empty)
    }

    static func roundTrip(_ meeting: Meeting) throws -> Meeting {
        try MeetingBytesWriter.encode(meeting).withUnsafeBytes {
            try MeetingBytesReader.decode($0, source: meeting.source)
        }
    }

    @Test func everyFieldComesBackAsItWasLoaded() throws {
        var empty: Set<String> = []
        _ = Self.written(Self.everyField, empty: &empty)
        // A field added to the model is given here, so that the round trip below covers it.
        #expect(empty == [".warnings"])
        #expect(Self.written(try Self.roundTrip(Self.everyField)) == Self.written(Self.everyField))
        for file in TestSupport.sampleFiles {
            let meeting = try MeetingLoader().load(contentsOf: file, displayName: file.path)
            #expect(Self.written(try Self.roundTrip(meeting)) == Self.written(meeting), "\(file.lastPathComponent)")
        }
    }

    @Test func bytesThatEndEarlyOrHoldNoMeetingAreRefused() {
        let bytes = MeetingBytesWriter.encode(Self.everyField)
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: MeetingBytesReader.Malformed.self) {
                try Array(bytes.prefix(cut)).withUnsafeBytes { try MeetingBytesReader.decode($0, source: "m.yaml") }
            }
        }
        #expect(throws: MeetingBytesReader.Malformed.self) {
            try (bytes + [0]).withUnsafeBytes { try MeetingBytesReader.decode($0, source: "m.yaml") }
        }
    }

    /// A copy of the monthly samples in a temporary folder.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent("monthly"), to: folder)
        return folder
    }

    /// The folder's files loaded as a summary loads them, through its cache (kept whatever the
    /// folder's size), with what each file gave: its meeting written out with its warnings, or its error.
    static func load(_ folder: URL, proofreader: Proofreader? = nil) throws -> [String] {
        let files = try MeetingFileSearch().files(in: [folder.path])
        let cache = try #require(
            MeetingCache(folder: folder.path, files: files, proofreader: proofreader, keptFrom: 0))
        let loaded = files.indices.map { index in
            Result { () throws(GongwenError) in
                try cache.load(index, with: ProofreadingLoader(skipsOtherFiles: true, proofreader: proofreader))
            }
        }
        cache.save()
        return loaded.map { result in
            switch result {
            case .success(let meeting): written(meeting) + " " + meeting.warnings.map(\.description).joined()
            case .failure(let error): "\(error)"
            }
        }
    }

    /// What parsing every file gives.
    static func parsed(_ folder: URL, proofreader: Proofreader? = nil) throws -> [String] {
        try MeetingFileSearch().files(in: [folder.path]).map { file in
            do {
                let meeting = try ProofreadingLoader(skipsOtherFiles: true, proofreader: proofreader).load(
                    contentsOf: URL(fileURLWithPath: file), displayName: file)
                return written(meeting) + " " + meeting.warnings.map(\.description).joined()
            } catch {
                return "\(error)"
            }
        }
    }

    static func cacheFile(_ folder: URL) -> URL {
        WorkFolder.location(of: MeetingCache.fileName, in: folder.path)
    }

    /// The file's inode and modification time: which file it is, rather than what it holds.
    static func identity(_ file: URL) throws -> [Int] {
        var status = stat()
        try #require(stat(file.path, &status) == 0)
        return [Int(status.st_ino), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }

    /// The entries of the folder's cache file, as a run with no proofreading reads them.
    static func entries(_ folder: URL) throws -> [String: MeetingCache.Entry] {
        let files = try MeetingFileSearch().files(in: [folder.path])
        let cache = try #require(MeetingCache(folder: folder.path, files: files, proofreader: nil, keptFrom: 0))
        return cache.kept
    }

    @Test func aLaterLoadReadsTheCacheAndGivesWhatParsingGives() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try Self.parsed(folder)
        #expect(expected.count == 10)
        #expect(try Self.load(folder) == expected)
        let written = try Self.identity(Self.cacheFile(folder))
        #expect(try Self.load(folder) == expected)
        // Nothing moved: the cache is not written again (a new file would be a new inode).
        #expect(try Self.identity(Self.cacheFile(folder)) == written)

        // The cache is what the second load read: a file changed behind its back, to the same
        // size and time, still gives the meeting kept (why the time is kept to the nanosecond).
        let file = folder.appendingPathComponent("2026-10-16-safety.yaml")
        var status = stat()
        #expect(stat(file.path, &status) == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("安全生产"))
        try text.replacingOccurrences(of: "安全生产", with: "安全管理").write(to: file, atomically: false, encoding: .utf8)
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        #expect(try Self.load(folder) == expected)
    }

    @Test func anEditedFileIsParsedAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.load(folder)
        let file = folder.appendingPathComponent("2026-10-09-party-committee.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "修订全面从严治党主体责任清单", with: "修订全面从严治党主体责任清单和问题清单")
            .write(to: file, atomically: true, encoding: .utf8)
        let loaded = try Self.load(folder)
        #expect(loaded == (try Self.parsed(folder)))
        #expect(loaded.contains { $0.contains("修订全面从严治党主体责任清单和问题清单") })
        // Only touched: the time moved, the bytes did not. Read and hashed, the kept meeting
        // serves, as it was, under the file's new time.
        let key = file.lastPathComponent
        let before = try #require(try Self.entries(folder)[key])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        #expect(try Self.load(folder) == loaded)
        let after = try #require(try Self.entries(folder)[key])
        #expect(after.stamp == FileStamp(path: file.path))
        #expect(after.stamp != before.stamp)
        #expect(after.bytes == before.bytes)
        // Broken: the error, not the meeting kept, and its entry is gone.
        try "meeting: [".write(to: file, atomically: true, encoding: .utf8)
        let broken = try Self.load(folder)
        #expect(broken == (try Self.parsed(folder)))
        #expect(broken.contains { !$0.hasPrefix("(") })
        #expect(try Self.entries(folder)[key] == nil)
        #expect(try Self.entries(folder).count == 9)
    }

    @Test func aFileWithWarningsIsParsedEveryTimeAndOtherSettingsAreNotTrusted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("2026-10-30-work.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: （").write(
            to: file, atomically: true, encoding: .utf8)
        let proofreader = Proofreader()
        let withWarnings = try Self.parsed(folder, proofreader: proofreader)
        let plain = try Self.parsed(folder)
        #expect(withWarnings != plain)
        // Kept without proofreading, where the file has nothing to report: proofreading then
        // still finds the unbalanced bracket, and a later run without it reads the cache again.
        #expect(try Self.load(folder) == plain)
        #expect(try Self.load(folder, proofreader: proofreader) == withWarnings)
        // The file that warns is not kept, and a run that only meets it again writes nothing.
        let written = try Self.identity(Self.cacheFile(folder))
        #expect(try Self.load(folder, proofreader: proofreader) == withWarnings)
        #expect(try Self.identity(Self.cacheFile(folder)) == written)
        var allowing = proofreader
        allowing.allowed = [.unbalancedBrackets]
        #expect(try Self.load(folder, proofreader: allowing) == (try Self.parsed(folder, proofreader: allowing)))
        #expect(try Self.load(folder) == plain)
    }

    @Test func aDamagedCacheIsNotReadLeftoversAreClearedAndAFolderThatCannotHoldOneStillLoads() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try Self.parsed(folder)
        _ = try Self.load(folder)
        let whole = try Data(contentsOf: Self.cacheFile(folder))
        for damaged in [whole.dropLast(7), whole + Data([1, 2, 3]), Data(repeating: 0xFF, count: 64), Data()] {
            try Data(damaged).write(to: Self.cacheFile(folder))
            #expect(try Self.load(folder) == expected)
            #expect(try Data(contentsOf: Self.cacheFile(folder)) == whole)
        }
        // A temporary file that a stopped run left is removed; one a running process writes stays.
        let work = folder.appendingPathComponent(".gongwen")
        let left = work.appendingPathComponent(".\(MeetingCache.fileName).\(Int32.max).left.tmp")
        let running = work.appendingPathComponent(".\(MeetingCache.fileName).\(getpid()).running.tmp")
        for file in [left, running] { try Data("half".utf8).write(to: file) }
        try Data().write(to: Self.cacheFile(folder))
        #expect(try Self.load(folder) == expected)
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        try FileManager.default.removeItem(at: work)
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent(".gongwen"))
        #expect(try Self.load(folder) == expected)
    }

    @Test func aSmallFolderKeepsNoCache() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try MeetingFileSearch().files(in: [folder.path])
        let batch = await MeetingBatch.load(files, keptIn: folder.path)
        #expect(batch.meetings.count == files.count)
        #expect(!FileManager.default.fileExists(atPath: Self.cacheFile(folder).path))
    }
}
