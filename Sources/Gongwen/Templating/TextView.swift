/// A text value ready for a template: its first paragraph's lines, then any further paragraphs.
///
/// A blank line in the data starts a new paragraph; a single newline is a line
/// break. Templates write `{{#x}}{{>lines}}{{/x}}` for the first paragraph (so a
/// bold lead can stand before it) and `{{#x.more}}<p>{{>lines}}</p>{{/x.more}}` for the rest.
public struct TextView: Sendable {
    /// The lines of the first paragraph.
    public let lines: [LineView]
    /// The paragraphs after the first.
    public let more: [ParagraphView]

    /// Splits `text` into paragraphs and lines.
    public init(_ text: String) {
        var paragraphs: [[String]] = []
        var current: [String] = []
        for line in text.lines {
            if line.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{3000}" }) {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        let views = paragraphs.map(ParagraphView.init(lines:))
        lines = views.first?.lines ?? []
        more = Array(views.dropFirst())
    }
}

/// One paragraph of a text value.
public struct ParagraphView: Sendable {
    /// Its lines.
    public let lines: [LineView]

    init(lines: [String]) {
        self.lines = lines.enumerated().map { LineView(br: $0.offset > 0, value: $0.element) }
    }
}

/// One line of a paragraph; `br` is true when a line break goes before it.
public struct LineView: Sendable {
    /// Whether a `<br/>` precedes this line.
    public let br: Bool
    /// The line's text.
    public let value: String
}
