import Foundation
import Synchronization

/// The tasks of the meeting files in a folder tree, by id, loaded once per folder for a run: what
/// `render` and the preview look up to name the earlier tasks a meeting reports progress on.
public final class FolderTaskOrigins: Sendable {
    private let search: MeetingFileSearch
    private let cache = Mutex<[String: [String: TaskOrigin]]>([:])

    /// From how many meeting files a folder keeps a task index: below it, parsing them all takes
    /// less than a clerk notices, and the folder is left without a `.gongwen/`.
    private let indexedFrom: Int

    /// Creates the lookup; `search` says which files count (the output folder left out), and a
    /// folder of `indexedFrom` files or more keeps a `TaskIndex`.
    public init(search: MeetingFileSearch = MeetingFileSearch(), indexedFrom: Int = 100) {
        self.search = search
        self.indexedFrom = indexedFrom
    }

    /// The tasks assigned by the meeting files under `folder`. A file that does not load is left
    /// out: its own command reports it. In a large folder only the files that changed since the
    /// last run are parsed (`TaskIndex`, kept in the folder's `.gongwen/`).
    public func origins(in folder: String) -> [String: TaskOrigin] {
        cache.withLock { cache in
            if let found = cache[folder] { return found }
            let files = (try? search.files(in: [folder])) ?? []
            let kept = TaskIndex.read(in: folder)
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            let keys = files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
            // On every core: the files whose size or time moved are read, and parsed when their
            // content changed too.
            let entries = Mutex([TaskIndex.Entry?](repeating: nil, count: files.count))
            let changed = Mutex(false)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let entry = Self.entry(for: files[index], kept: kept.files[keys[index]])
                entries.withLock { $0[index] = entry.entry }
                if entry.changed { changed.withLock { $0 = true } }
            }
            let found = entries.withLock { $0 }
            var origins: [String: TaskOrigin] = [:]
            // Date order, the path ordering one day's files, and the first definition counts: as
            // `TaskLedger.origins` reads loaded meetings.
            let order = files.indices.filter { found[$0]?.date != nil }.sorted {
                (found[$0]!.date!, files[$0]) < (found[$1]!.date!, files[$1])
            }
            for index in order {
                guard let entry = found[index], let date = entry.date else { continue }
                for task in entry.tasks where origins[task.id] == nil {
                    origins[task.id] = TaskOrigin(task: task, assignedOn: date, assignedAt: entry.title)
                }
            }
            if files.count >= indexedFrom, changed.withLock({ $0 }) || kept.files.count != files.count {
                var index = TaskIndex()
                for (key, entry) in zip(keys, found) { index.files[key] = entry }
                index.write(in: folder)
            }
            cache[folder] = origins
            return origins
        }
    }

    /// One file's entry: the kept one while its size and time are unchanged, else read anew.
    private static func entry(for file: String, kept: TaskIndex.Entry?) -> (entry: TaskIndex.Entry?, changed: Bool) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        let size = (attributes?[.size] as? Int) ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        if let kept, kept.size == size, kept.modified == modified { return (kept, false) }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file, isDirectory: false)) else {
            return (nil, true)
        }
        let hash = TaskIndex.hash(data)
        if var kept, kept.hash == hash {
            (kept.size, kept.modified) = (size, modified)
            return (kept, true)
        }
        let meeting = try? MeetingLoader(skipsOtherFiles: true).load(
            contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
        return (
            TaskIndex.Entry(
                size: size, modified: modified, hash: hash, date: meeting?.info.date, title: meeting?.info.title ?? "",
                tasks: meeting?.tasks ?? []),
            true
        )
    }

    /// The earlier tasks `meeting` reports progress on, found among `meetings` as `render` finds
    /// them — in the meeting file's own folder and below, the meeting itself as given — with a
    /// warning for each id not found. The preview and the form, which hold the folder's meetings
    /// already, look up here; `render` reads the folder through `origins(in:)`.
    public static func lookUp(_ meeting: Meeting, among meetings: [Meeting]) -> (
        origins: [String: TaskOrigin], warnings: [Diagnostic]
    ) {
        guard !meeting.taskUpdates.isEmpty else { return ([:], []) }
        let folder = (meeting.source as NSString).deletingLastPathComponent
        let prefix = folder.isEmpty ? "" : folder + "/"
        let candidates = meetings.filter { $0.source.hasPrefix(prefix) && $0.source != meeting.source } + [meeting]
        let origins = TaskLedger.origins(candidates)
        return (origins, unresolved(meeting, origins: origins, folder: folder.isEmpty ? "." : folder))
    }

    /// The warnings for `meeting`'s updates of tasks that `origins` does not hold: the minutes show
    /// them by id.
    public static func unresolved(_ meeting: Meeting, origins: [String: TaskOrigin], folder: String) -> [Diagnostic] {
        meeting.taskUpdates.filter { origins[$0.id] == nil }.map { update in
            Diagnostic(
                .warning, at: update.location ?? SourceLocation(file: meeting.source, line: 1, column: 1),
                path: update.idPath, .taskNotInFolder(id: update.id, folder: folder))
        }
    }
}
