import Foundation
import Synchronization

/// The tasks of the meeting files in a folder tree, by id, loaded once per folder for a run: what
/// `render` and the preview look up to name the earlier tasks a meeting reports progress on.
public final class FolderTaskOrigins: Sendable {
    private let search: MeetingFileSearch
    /// From how many meeting files a folder keeps a task index (`TaskIndex.keptFrom` unless given).
    private let indexedFrom: Int
    private let folders = Mutex<[String: Folder]>([:])
    /// The tasks of meetings this run has loaded already (`remember`), by standardised path: a
    /// render reads its files anyway, and need not parse them again to name their tasks. Kept for
    /// every meeting rendered, whether looked up or not: a few tasks each, not the meeting.
    private let remembered = Mutex<[String: [String: TaskOrigin]]>([:])

    /// One folder as this run knows it: each file's path and entry, and the tasks of the files read so far.
    private struct Folder {
        var files: [String]
        var entries: [TaskIndex.Entry?]
        /// By file index: the tasks it assigns (only tasks are kept, not meetings, so that a first
        /// run over a large folder does not hold every meeting in memory).
        var tasks: [Int: [String: TaskOrigin]]
        /// For each id, the files that assign it, in date order (then by path).
        var assigners: [String: [Int]]
    }

    /// Creates the lookup; `search` says which files count (the output folder left out), and a
    /// folder of `indexedFrom` files or more (100 when not given) keeps a `TaskIndex`.
    public init(search: MeetingFileSearch = MeetingFileSearch(), indexedFrom: Int? = nil) {
        self.search = search
        self.indexedFrom = indexedFrom ?? TaskIndex.keptFrom
    }

    /// Records the tasks of a meeting the caller loaded, for when its file turns out to assign a
    /// task that is looked up.
    public func remember(_ meeting: Meeting) {
        guard !meeting.tasks.isEmpty else { return }
        let tasks = Self.tasks(of: meeting)
        remembered.withLock { $0[(meeting.source as NSString).standardizingPath] = tasks }
    }

    /// The tasks `ids` as the meeting files under `folder` assign them (the first by date, then
    /// by path, when two do). A file that does not load is left out: its own command reports it.
    /// In a large folder only the files that changed since the last run, and the files that
    /// assign `ids`, are parsed (`TaskIndex`, kept in the folder's `.gongwen/`).
    public func origins(of ids: Set<String>, in folder: String) -> [String: TaskOrigin] {
        // The folder is scanned under the lock once a run (the scan itself uses every core), and
        // which file assigns each id is decided there; a file not read yet is parsed outside it, so
        // that a render's workers do not queue behind one another's parsing.
        let (files, assigner, known) = folders.withLock { folders in
            if folders[folder] == nil { folders[folder] = scan(folder) }
            let known = folders[folder]!
            var assigner: [String: Int] = [:]
            var tasks: [Int: [String: TaskOrigin]] = [:]
            for id in ids {
                guard let index = known.assigners[id]?.first else { continue }
                assigner[id] = index
                tasks[index] = known.tasks[index]
            }
            return (known.files, assigner, tasks)
        }
        var tasks = known
        var read: [Int: [String: TaskOrigin]] = [:]
        for index in Set(assigner.values) where tasks[index] == nil {
            let path = (files[index] as NSString).standardizingPath
            let found = remembered.withLock { $0[path] } ?? Self.load(files[index]).map(Self.tasks(of:))
            if let found { read[index] = found }
        }
        if !read.isEmpty {
            folders.withLock { folders in
                for (index, found) in read { folders[folder]?.tasks[index] = found }
            }
            tasks.merge(read) { kept, _ in kept }
        }
        var origins: [String: TaskOrigin] = [:]
        for (id, index) in assigner {
            if let origin = tasks[index]?[id] { origins[id] = origin }
        }
        return origins
    }

    /// A meeting's tasks as the meetings that report on them name them.
    private static func tasks(of meeting: Meeting) -> [String: TaskOrigin] {
        var tasks: [String: TaskOrigin] = [:]
        for task in meeting.tasks where tasks[task.id] == nil {
            tasks[task.id] = TaskOrigin(task: task, assignedOn: meeting.info.date, assignedAt: meeting.info.title)
        }
        return tasks
    }

    /// Every task the meeting files under `folder` assign, by id.
    public func origins(in folder: String) -> [String: TaskOrigin] {
        let ids = folders.withLock { folders in
            let known = folders[folder] ?? scan(folder)
            folders[folder] = known
            return Set(known.assigners.keys)
        }
        return origins(of: ids, in: folder)
    }

    /// Lists the folder, checks each file against the kept index (in parallel: the changed ones
    /// are read and parsed), and writes the index anew when anything moved.
    private func scan(_ folder: String) -> Folder {
        let files = (try? search.files(in: [folder])) ?? []
        let kept = TaskIndex.read(in: folder)
        let keys = WorkFolder.keys(of: files, in: folder)
        let found = Mutex(
            (
                entries: [TaskIndex.Entry?](repeating: nil, count: files.count), tasks: [Int: [String: TaskOrigin]](),
                changed: false
            ))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (entry, meeting, changed) = Self.entry(for: files[index], kept: kept.files[keys[index]])
            found.withLock {
                $0.entries[index] = entry
                if let meeting { $0.tasks[index] = Self.tasks(of: meeting) }
                if changed { $0.changed = true }
            }
        }
        let (entries, tasks, changed) = found.withLock { $0 }
        if files.count >= indexedFrom, changed || kept.files.count != files.count {
            var index = TaskIndex()
            for (key, entry) in zip(keys, entries) { index.files[key] = entry }
            index.write(in: folder)
        }
        var assigners: [String: [Int]] = [:]
        let order = files.indices.filter { entries[$0]?.date != nil }.sorted {
            (entries[$0]!.date!, files[$0]) < (entries[$1]!.date!, files[$1])
        }
        for index in order {
            for id in entries[index]!.ids { assigners[id, default: []].append(index) }
        }
        return Folder(files: files, entries: entries, tasks: tasks, assigners: assigners)
    }

    /// One file's entry: the kept one while its size and time are unchanged, else read anew (and
    /// the meeting, when it was parsed for it); whether the entry changed.
    private static func entry(for file: String, kept: TaskIndex.Entry?) -> (TaskIndex.Entry?, Meeting?, Bool) {
        let stamp = FileStamp(path: file)
        let (size, modified) = (stamp?.size ?? -1, stamp?.modified ?? -1)
        if let kept, kept.size == size, kept.modified == modified { return (kept, nil, false) }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file, isDirectory: false)) else {
            return (nil, nil, true)
        }
        let hash = ContentHash.of(data)
        if var kept, kept.hash == hash {
            (kept.size, kept.modified) = (size, modified)
            return (kept, nil, true)
        }
        let meeting = load(file)
        let entry = TaskIndex.Entry(
            size: size, modified: modified, hash: hash, date: meeting?.info.date, ids: meeting?.tasks.map(\.id) ?? [])
        return (entry, meeting, true)
    }

    private static func load(_ file: String) -> Meeting? {
        try? MeetingLoader(skipsOtherFiles: true).load(
            contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
    }

    /// The earlier tasks `meeting` reports progress on, found among `meetings` as `render` finds
    /// them — in the meeting file's own folder and below, the meeting itself as given — with a
    /// warning for each id not found. The preview and the form, which hold the folder's meetings
    /// already, look up here; `render` reads the folder through `origins(in:)`.
    public static func lookUp(_ meeting: Meeting, among meetings: [Meeting]) -> (
        origins: [String: TaskOrigin], warnings: [Diagnostic]
    ) {
        guard !meeting.taskUpdates.isEmpty else { return ([:], []) }
        let origins = TaskLedger.origins(tree(of: meeting, among: meetings) + [meeting])
        return (origins, unresolved(meeting, origins: origins, folder: folder(of: meeting)))
    }

    /// The other meetings of `meeting`'s folder and below, among `meetings`: where its earlier
    /// tasks are looked for.
    static func tree(of meeting: Meeting, among meetings: [Meeting]) -> [Meeting] {
        let folder = (meeting.source as NSString).deletingLastPathComponent
        let prefix = folder.isEmpty ? "" : folder + "/"
        return meetings.filter { $0.source.hasPrefix(prefix) && $0.source != meeting.source }
    }

    /// What breaks the folder's rules in `meeting`, each an error at its id in `meeting`'s file: a
    /// task id that another of `meetings` (the whole served folder, as `validate DIR` and the
    /// summary read it) already assigns, and progress on a task that no meeting of its folder tree
    /// assigns (where `lookUp` and `render` look). The form checks a meeting this way before it
    /// saves it, so that `validate DIR` then passes.
    public static func problems(of meeting: Meeting, among meetings: [Meeting]) -> [Diagnostic] {
        let others = meetings.filter { $0.source != meeting.source }
        let reused = MeetingSet.problems(in: others + [meeting]).filter {
            if case .taskIdInOtherFile = $0.content { $0.location.file == meeting.source } else { false }
        }
        let unknown = MeetingSet.problems(in: tree(of: meeting, among: meetings) + [meeting]).filter {
            if case .unknownTaskId = $0.content { $0.location.file == meeting.source } else { false }
        }
        return reused + unknown
    }

    /// The folder where the tasks `meeting` updates are looked for: its file's own ("." for a file
    /// named without one).
    public static func folder(of meeting: Meeting) -> String {
        let folder = (meeting.source as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
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
