/// Every failure Gongwen reports to a person; the CLI decides text and exit status from it alone.
public enum GongwenError: Error, Sendable, CustomStringConvertible {
    /// A meeting file broke the data contract; every problem found is listed.
    case invalidData([Diagnostic])
    /// A template failed to parse, or rendered a document that breaks the vocabulary.
    case invalidTemplate([Diagnostic])
    /// No built-in template has this name and no file is at this path.
    case unknownTemplate(String, known: [String], chinese: [String])
    /// A file could not be read or written.
    case io(path: String, reason: Message)
    /// A YAML or JSON file found in a folder holds none of the contract's top-level keys: not a meeting file.
    case notAMeeting(path: String)

    /// The problems with places, for `invalidData` and `invalidTemplate`.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalidData(let list), .invalidTemplate(let list): return list
        default: return []
        }
    }

    /// The same problems as warnings, for a run that goes on without the files they are in
    /// (`summary --skip-invalid`).
    public var asWarnings: [Diagnostic] {
        asDiagnostics.map { diagnostic in
            var warning = diagnostic
            warning.severity = .warning
            return warning
        }
    }

    /// Every problem as a diagnostic with a place (a whole file's at its start), to list problems of
    /// different kinds together.
    public var asDiagnostics: [Diagnostic] {
        switch self {
        case .invalidData(let list), .invalidTemplate(let list):
            return list
        case .io(let path, let reason):
            return [Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), reason)]
        case .unknownTemplate, .notAMeeting:
            return []
        }
    }

    /// The exit status the CLI contract gives this failure.
    public var exitCode: Int32 {
        // A template name that is not one is wrong usage, like an unknown option (EX_USAGE).
        if case .unknownTemplate = self { return 64 }
        return 1
    }

    /// One or more lines for standard error, in English.
    public var description: String { text(in: .en) }

    /// One or more lines for standard error, the messages in `language`.
    public func text(in language: Language) -> String {
        switch self {
        case .invalidData(let list), .invalidTemplate(let list):
            return list.map { $0.text(in: language) }.joined(separator: "\n")
        case .unknownTemplate(let name, let known, let chinese):
            return "error: "
                + Diagnostic.printable(
                    Message.unknownTemplate(name: name, known: known, chinese: chinese).text(in: language))
        case .io(let path, let reason):
            // A problem with a whole file is placed at its start, so every line keeps the
            // `FILE:LINE:COLUMN:` form that editors and scripts read.
            return Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), reason).text(in: language)
        case .notAMeeting(let path):
            return Diagnostic(.note, at: SourceLocation(file: path, line: 1, column: 1), .notAMeetingFile)
                .text(in: language)
        }
    }
}
