import Foundation

/// Meeting files loaded together on every core: the meetings, the problems, the files skipped.
public struct MeetingBatch: Sendable {
    /// The meetings that loaded, in file order.
    public var meetings: [Meeting] = []
    /// Files that failed, in file order.
    public var problems: [GongwenError] = []
    /// Files found in a folder that are not meeting files, left out.
    public var skipped: [GongwenError] = []

    /// Loads `files`; a file in `named` (given by the user) is always read as a meeting, any other
    /// is skipped when it holds none of the contract's top-level keys. `progress` hears of each
    /// file, in order.
    public static func load(
        _ files: [String], named: Set<String> = [], progress: (Int, String) -> Void = { _, _ in }
    ) async -> MeetingBatch {
        var batch = MeetingBatch()
        await OrderedWork.run(files) { file in
            Result { () throws(GongwenError) in
                try MeetingLoader(skipsOtherFiles: !named.contains(file)).load(
                    contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
            }
        } receive: { index, result in
            progress(index, files[index])
            switch result {
            case .success(let meeting): batch.meetings.append(meeting)
            case .failure(.notAMeeting(let path)): batch.skipped.append(.notAMeeting(path: path))
            case .failure(let error): batch.problems.append(error)
            }
        }
        return batch
    }

    /// Finds the meeting files of `paths` (see `MeetingFileSearch`) and loads them; the paths that
    /// are files are read whatever they hold.
    public static func load(
        paths: [String], search: MeetingFileSearch = MeetingFileSearch(), progress: (Int, String) -> Void = { _, _ in }
    ) async throws(GongwenError) -> MeetingBatch {
        let files = try search.files(in: paths)
        let named = Set(
            paths.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            })
        return await load(files, named: named, progress: progress)
    }

    /// The rules across the loaded files (unique task ids, updates of known tasks), for any number of files.
    public var crossFileProblems: [Diagnostic] {
        MeetingSet.problems(in: meetings)
    }

    /// Every problem: the files' own, then those across files.
    public var allProblems: [GongwenError] {
        let crossFile = crossFileProblems
        return crossFile.isEmpty ? problems : problems + [.invalidData(crossFile)]
    }
}
