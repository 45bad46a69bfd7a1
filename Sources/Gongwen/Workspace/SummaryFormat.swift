/// What a summary is asked for in: a document format, or `json`, the figures it computed. The
/// command line's `--format` and the preview's `format=` read it the same way.
public enum SummaryFormat: Hashable, Sendable {
    case document(OutputFormat)
    case json

    /// Parses one name (`md`, `docx`, `JSON`…); nil when it names neither.
    public init?(name: String) {
        let name = name.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "json" {
            self = .json
        } else if let format = OutputFormat(name: name) {
            self = .document(format)
        } else {
            return nil
        }
    }

    /// The document format, or nil for the figures.
    public var document: OutputFormat? {
        if case .document(let format) = self { format } else { nil }
    }
}
