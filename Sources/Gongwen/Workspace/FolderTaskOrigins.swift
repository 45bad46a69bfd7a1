import Foundation
import Synchronization

/// The tasks of the meeting files in a folder tree, by id, loaded once per folder for a run: what
/// `render` and the preview look up to name the earlier tasks a meeting reports progress on.
public final class FolderTaskOrigins: Sendable {
    private let search: MeetingFileSearch
    private let cache = Mutex<[String: [String: TaskOrigin]]>([:])

    /// Creates the lookup; `search` says which files count (the output folder left out).
    public init(search: MeetingFileSearch = MeetingFileSearch()) {
        self.search = search
    }

    /// The tasks assigned by the meeting files under `folder`. A file that does not load is left
    /// out: its own command reports it.
    public func origins(in folder: String) -> [String: TaskOrigin] {
        cache.withLock { cache in
            if let found = cache[folder] { return found }
            let files = (try? search.files(in: [folder])) ?? []
            // On every core: a folder of a year's meetings is read once, while the render waits.
            let loaded = Mutex([Meeting?](repeating: nil, count: files.count))
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let meeting = try? MeetingLoader(skipsOtherFiles: true).load(
                    contentsOf: URL(fileURLWithPath: files[index], isDirectory: false), displayName: files[index])
                loaded.withLock { $0[index] = meeting }
            }
            let origins = TaskLedger.origins(loaded.withLock { $0.compactMap { $0 } })
            cache[folder] = origins
            return origins
        }
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
