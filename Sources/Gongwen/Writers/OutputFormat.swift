import Foundation

/// The formats every template renders to, with their file extensions.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// CommonMark with GitHub tables.
    case markdown
    /// One self-contained HTML page.
    case html
    /// The Word document as one Flat OPC file.
    case xml
    /// The Word document zipped.
    case docx

    /// Parses a `--format` name; `md` is an alias of `markdown`.
    public init?(name: String) {
        if name == "md" {
            self = .markdown
        } else {
            self.init(rawValue: name)
        }
    }

    /// The file extension without the dot.
    public var fileExtension: String {
        self == .markdown ? "md" : rawValue
    }

    /// Writes `document` in this format.
    public func write(_ document: Document, timestamp: Date? = nil) throws -> Data {
        switch self {
        case .markdown: return Data(MarkdownWriter().write(document).utf8)
        case .html: return Data(HTMLWriter().write(document).utf8)
        case .xml: return Data(FlatOPCWriter.write(WordWriter(timestamp: timestamp).write(document)))
        case .docx: return try DocxArchive.data(WordWriter(timestamp: timestamp).write(document), timestamp: timestamp)
        }
    }
}
