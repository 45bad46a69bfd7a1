import Foundation
import Yams

/// Loads meeting files (YAML or JSON) into `Meeting` values, enforcing the data contract.
///
/// JSON is read by the same YAML parser (JSON is YAML's flow style), so both
/// keep each value's line and column for messages.
public struct MeetingLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads one file from disk; `displayName` is how messages name it.
    public func load(contentsOf url: URL, displayName: String? = nil) throws(GongwenError) -> Meeting {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: name, reason: "cannot read the file (\(Self.reason(error)))")
        }
        return try load(data: data, file: name)
    }

    /// Loads a meeting from bytes; `file` names it in messages and is kept as the meeting's source.
    public func load(data: Data, file: String) throws(GongwenError) -> Meeting {
        let source: SourceText
        do {
            source = try SourceText(data: data, file: file)
        } catch {
            throw .invalidData([error])
        }
        let root: Node
        do {
            // No implicit typing: every value is text as written (the contract's YAML 1.1 rule),
            // and Yams' default resolver ran a regular expression per scalar. The encoding is
            // named because its default reads the whole environment on every call.
            let parser = try Parser(yaml: source.text, resolver: .basic, encoding: .utf8)
            guard let node = try parser.singleRoot() else {
                throw GongwenError.invalidData([
                    Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "the file holds no data")
                ])
            }
            root = node
        } catch let error as GongwenError {
            throw error
        } catch {
            throw .invalidData([Self.syntaxDiagnostic(error, file: file, text: source.text)])
        }
        var reader = NodeReader(file: file)
        let meeting = MeetingFields.meeting(root, source: file, reader: &reader)
        if let meeting, reader.diagnostics.isEmpty { return meeting }
        throw .invalidData(
            reader.diagnostics.sorted {
                ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
            })
    }

    /// Turns a parser error into a diagnostic at the place the parser stopped.
    static func syntaxDiagnostic(_ error: Error, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "cannot parse the file: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "syntax error: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            message += "; check the indentation, quotes and brackets on this line and the one before"
            return Diagnostic(at: at(mark), message)
        case .reader(let problem, let offset, _, _):
            let location = offset.map { SourceText.location(after: text.utf8.prefix($0), file: file) }
            return Diagnostic(
                at: location ?? SourceLocation(file: file, line: 1, column: 1),
                "cannot read the text: \(problem); remove the character or save the file as UTF-8")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                at: at(context.mark),
                "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping; keep one")
        default:
            return Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), "cannot parse the file: \(yamlError)")
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
