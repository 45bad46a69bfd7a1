import Foundation

/// Loads meeting files (YAML or JSON) into `Meeting` values, enforcing the data contract.
///
/// JSON is read by the same YAML parser (JSON is YAML's flow style), so both
/// keep each value's line and column for messages; a `.json` file is first checked to be strict
/// JSON (RFC 8259), which the YAML parser alone would not refuse. No value is typed implicitly: every value is
/// text as written (the contract's YAML 1.1 rule), read by the contract into dates and names.
public struct MeetingLoader: Sendable {
    /// When true, a file whose top level holds none of the contract's top-level keys (a
    /// `docker-compose.yml` lying in the folder) is `GongwenError.notAMeeting` instead of a list of errors.
    public var skipsOtherFiles: Bool

    /// Creates a loader.
    public init(skipsOtherFiles: Bool = false) {
        self.skipsOtherFiles = skipsOtherFiles
    }

    /// Loads one file from disk; `displayName` is how messages name it.
    public func load(contentsOf url: URL, displayName: String? = nil) throws(GongwenError) -> Meeting {
        try loaded(contentsOf: url, displayName: displayName).meeting
    }

    /// Loads a meeting from bytes; `file` names it in messages and is kept as the meeting's source.
    public func load(data: Data, file: String) throws(GongwenError) -> Meeting {
        try loaded(data: data, file: file).meeting
    }

    /// Loads one file from disk with what was read of it, for the proofreader.
    public func loaded(contentsOf url: URL, displayName: String? = nil) throws(GongwenError) -> LoadedMeeting {
        let name = displayName ?? url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw .io(path: name, reason: .noSuchFileOrFolder)
        }
        guard !isFolder.boolValue else { throw .io(path: name, reason: .isAFolder) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: name, reason: .cannotReadFile(reason: SystemErrorWords.of(error)))
        }
        return try loaded(data: data, file: name)
    }

    /// Loads a meeting from bytes with what was read of it, for the proofreader.
    public func loaded(data: Data, file: String) throws(GongwenError) -> LoadedMeeting {
        let source: SourceText
        do {
            source = try SourceText(data: data, file: file)
        } catch {
            throw .invalidData([error])
        }
        let isJSON = file.lowercased().hasSuffix(".json")
        let tree: YAMLTree
        do {
            tree = try YAMLComposer.compose(source.text, file: file)
        } catch {
            // A JSON file the YAML reader cannot read either: say what is wrong as JSON.
            if isJSON, let problem = StrictJSON.firstProblem(in: Array(source.text.utf8)) {
                throw .invalidData([jsonDiagnostic(problem, in: source, file: file)])
            }
            throw .invalidData([error])
        }
        guard let root = tree.root else {
            throw .invalidData([
                Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), .noData)
            ])
        }
        // Found in a folder, a file that is not a meeting (a list, a tsconfig.json with comments, a
        // docker-compose.yml) is left out, read leniently so that its own syntax does not matter.
        if skipsOtherFiles,
            !(tree.pairs(of: root)?.contains(where: { MeetingFields.topKeys.contains(tree.scalar($0.0)?.text ?? "") })
                ?? false)
        {
            throw .notAMeeting(path: file)
        }
        if isJSON, let problem = StrictJSON.firstProblem(in: Array(source.text.utf8)) {
            throw .invalidData([jsonDiagnostic(problem, in: source, file: file)])
        }
        var reader = NodeReader(file: file, tree: tree)
        let meeting = MeetingFields.meeting(root, source: file, reader: &reader)
        if var meeting, reader.diagnostics.isEmpty {
            meeting.warnings = reader.warnings.inFileOrder
            return LoadedMeeting(meeting: meeting, tree: tree, text: source.text)
        }
        throw .invalidData(reader.diagnostics.inFileOrder)
    }

    private func jsonDiagnostic(_ problem: (offset: Int, slip: JSONSlip), in source: SourceText, file: String)
        -> Diagnostic
    {
        Diagnostic(
            at: SourceText.location(after: source.text.utf8.prefix(problem.offset), file: file), .notJSON(problem.slip))
    }
}
