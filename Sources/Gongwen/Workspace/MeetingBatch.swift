import Foundation

/// Meeting files loaded together on every core: the meetings, the problems, the files skipped.
public struct MeetingBatch: Sendable {
    /// The meetings that loaded, in file order.
    public var meetings: [Meeting] = []
    /// Files that failed, in file order.
    public var problems: [GongwenError] = []
    /// Files found in a folder that are not meeting files, left out.
    public var skipped: [GongwenError] = []
    /// Proofreading findings that need several files (a completion before its task was assigned).
    public var acrossFiles: [Diagnostic] = []

    /// Loads `files`; a file in `named` (given by the user) is always read as a meeting, any other
    /// is skipped when it holds none of the contract's top-level keys. `progress` hears of each
    /// file, in order. With `keptIn`, the folder the files were found in, a large folder keeps
    /// its meetings in a `MeetingCache`, and a later load parses only the files that changed.
    public static func load(
        _ files: [String], named: Set<String> = [], proofreader: Proofreader? = nil, keptIn folder: String? = nil,
        progress: (Int, String) -> Void = { _, _ in }
    ) async -> MeetingBatch {
        var batch = MeetingBatch()
        let cache = folder.flatMap { MeetingCache(folder: $0, files: files, proofreader: proofreader) }
        await OrderedWork.run(Array(files.indices)) { index in
            let file = files[index]
            let loader = ProofreadingLoader(skipsOtherFiles: !named.contains(file), proofreader: proofreader)
            return Result { () throws(GongwenError) in
                if let cache { return try cache.load(index, with: loader) }
                return try loader.load(contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
            }
        } receive: { index, result in
            progress(index, files[index])
            switch result {
            case .success(let meeting): batch.meetings.append(meeting)
            case .failure(.notAMeeting(let path)): batch.skipped.append(.notAMeeting(path: path))
            case .failure(let error): batch.problems.append(error)
            }
        }
        cache?.save()
        if let proofreader { batch.acrossFiles = proofreader.findings(across: batch.meetings) }
        return batch
    }

    /// A batch of meetings already loaded, and the problems of the files that were not.
    public init(meetings: [Meeting] = [], problems: [GongwenError] = []) {
        self.meetings = meetings
        self.problems = problems
    }

    /// The paths among `paths` that name files rather than folders: read whatever they hold.
    public static func namedFiles(_ paths: [String]) -> Set<String> {
        Set(
            paths.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            })
    }

    /// The rules across the loaded files (unique task ids, updates of known tasks), for any number of files.
    public var crossFileProblems: [Diagnostic] {
        MeetingSet.problems(in: meetings)
    }

    /// What a month's summary is made from, by the rule `summary` and the preview share: with any
    /// problem, none (the problems are the answer), unless `skipInvalid`: then the meetings that
    /// loaded, and the problems as warnings with a note for each file left out.
    public func forSummary(skipInvalid: Bool) -> Result<(meetings: [Meeting], warnings: [Diagnostic]), GongwenError> {
        let all = allProblems
        guard !all.isEmpty else { return .success((meetings, [])) }
        guard skipInvalid else { return .failure(.invalidData(all.flatMap(\.asDiagnostics))) }
        var warnings = all.flatMap(\.asWarnings)
        // Only files that did not load are left out; a rule across files leaves every file in.
        for problem in problems {
            if let file = problem.asDiagnostics.first?.location.file {
                warnings.append(
                    Diagnostic(.note, at: SourceLocation(file: file, line: 1, column: 1), .leftOutOfSummary))
            }
        }
        return .success((meetings, warnings))
    }

    /// Every problem: the files' own, then those across files.
    public var allProblems: [GongwenError] {
        withCrossFile(crossFileProblems)
    }

    /// Every problem, as `allProblems`, but a task that an update names and no loaded file assigns
    /// is first looked up where `render` looks for it: among the meeting files of the updating
    /// file's own folder (`origins`), or in `ledger` when given (`--ledger DIR`). `validate` on one
    /// file then agrees with `render` on it.
    public func allProblems(lookingUpIn origins: FolderTaskOrigins, ledger: String? = nil) -> [GongwenError] {
        let assigned = Set(meetings.flatMap { $0.tasks.map(\.id) })
        var unknownByFolder: [String: Set<String>] = [:]
        for meeting in meetings {
            let unknown = meeting.taskUpdates.map(\.id).filter { !assigned.contains($0) }
            guard !unknown.isEmpty else { continue }
            unknownByFolder[ledger ?? FolderTaskOrigins.folder(of: meeting), default: []].formUnion(unknown)
        }
        guard !unknownByFolder.isEmpty else { return allProblems }
        // What each folder holds counts only for the files in it, as for `render`.
        var elsewhere: [String: Set<String>] = [:]
        for (folder, ids) in unknownByFolder {
            let inFolder = Set(origins.origins(of: ids, in: folder).keys)
            for meeting in meetings where (ledger ?? FolderTaskOrigins.folder(of: meeting)) == folder {
                elsewhere[meeting.source] = inFolder
            }
        }
        return withCrossFile(MeetingSet.problems(in: meetings, knownElsewhere: elsewhere))
    }

    /// The files' own problems, then `crossFile` as one more when there are any.
    private func withCrossFile(_ crossFile: [Diagnostic]) -> [GongwenError] {
        crossFile.isEmpty ? problems : problems + [.invalidData(crossFile)]
    }
}
