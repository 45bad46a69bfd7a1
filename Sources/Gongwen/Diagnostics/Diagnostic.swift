/// One problem found in a user's file, with its place: what an office clerk reads to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable {
        /// The input cannot be used.
        case error
        /// The input was used, but something is probably wrong.
        case warning
        /// Information only, such as a file left out of a folder search.
        case note
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// The path of the value in the data (`reports[1].unit`), when the problem is in a value.
    public var path: String?
    /// What is wrong and how to fix it, in both languages.
    public var content: Message
    /// Error or warning.
    public var severity: Severity
    /// The proofreading rule that found it (`placeholder`), which `--allow` switches off; nil otherwise.
    public var rule: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation, path: String? = nil, _ content: Message) {
        self.location = location
        self.path = path
        self.content = content
        self.severity = severity
    }

    /// The message in English.
    public var message: String { content.text(in: .en) }

    /// `FILE:LINE:COLUMN: error: PATH: MESSAGE` with the message in `language`: the form editors and
    /// the CLI contract use (the words `error`, `warning`, `note` stay English so tools still read
    /// them), always one line, whatever the data it quotes holds.
    public func text(in language: Language) -> String {
        let subject = path.map { $0.isEmpty ? "" : "\(Self.printable($0)): " } ?? ""
        return "\(Self.printable(location.description)): \(severity.rawValue): \(subject)"
            + Self.printable(content.text(in: language)) + (rule.map { " [\($0)]" } ?? "")
    }

    /// The line in English.
    public var description: String { text(in: .en) }

    /// `text` with every character that would break the message's line or act on a terminal written
    /// as an escape: C0 and C1 controls and DEL (`\n`, `\t`, `\u{1B}`), the line and paragraph
    /// separators, and the bidirectional controls that reorder what a terminal shows.
    public static func printable(_ text: String) -> String {
        func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }
}

extension [Diagnostic] {
    /// The diagnostics by their place in the file, line then column: the order a clerk reads them.
    public var inFileOrder: [Diagnostic] {
        sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}
