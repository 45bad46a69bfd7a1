import Mustache

/// The one type in which the view model hands templates a text of the meeting file: its
/// paragraphs and line breaks go with it.
///
/// `{{x}}` writes the whole text, each line break carried as a line break (see
/// `XMLContentType`), in a heading, a cell or a sentence. Where further paragraphs
/// should be paragraphs, templates write `{{#x}}{{>lines}}{{/x}}` for the first (so a
/// bold lead can stand before it) and `{{#x.more}}<p>{{>lines}}</p>{{/x.more}}` for the rest.
public struct TextView: Sendable, MustacheCustomRenderable {
    /// The text as written.
    public let text: String
    /// The lines of the first paragraph.
    public let lines: [LineView]
    /// The paragraphs after the first.
    public let more: [ParagraphView]

    /// The first paragraph's lines as one value (`partials/lines.mustache`).
    public var paragraph: String { ParagraphView.joined(lines) }

    /// The text run together, for a sentence that quotes it (`…在{{location.inline}}召开{{title.inline}}`):
    /// a break the clerk set in a title belongs to the title block, not to the sentence.
    public var inline: String { Self.inline(text) }

    /// `text` as a sentence: a full stop after it unless it already ends in one (。！？；：, or
    /// a closing quote or bracket after one).
    public static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var ending = trimmed.reversed().drop { "”’）》】".contains($0) }.first
        if ending == nil { ending = trimmed.last }
        guard let ending else { return trimmed }
        return "。！？；：….!?".contains(ending) ? trimmed : trimmed + "。"
    }

    /// `text` with its line breaks and blank lines removed; a space only where Latin letters or digits
    /// would otherwise run together.
    public static func inline(_ text: String) -> String {
        let pieces = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: [" ", "\t", "\u{3000}"]) }
            .filter { !$0.isEmpty }
        var result = ""
        for piece in pieces {
            if let last = result.unicodeScalars.last, let first = piece.unicodeScalars.first, last.isASCII,
                first.isASCII, last.properties.isAlphabetic || ("0"..."9").contains(last)
            {
                result += " "
            }
            result += piece
        }
        return result
    }

    /// What `{{x}}` writes: the text, its line breaks kept.
    public var renderText: String { text }
    /// An empty text leaves a `{{#x}}` section out.
    public var isNull: Bool { text.isEmpty }

    /// Splits `text` into paragraphs and lines.
    public init(_ text: String) {
        self.text = text
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

    /// Its lines as one value: `{{paragraph}}` carries their breaks (as `XMLContentType` carries
    /// any value's) to the same document as `{{#lines}}{{#br}}<br/>{{/br}}{{value}}{{/lines}}`,
    /// with one lookup where that takes a section and two a line: 4 % of a render's CPU.
    public var paragraph: String { Self.joined(lines) }

    static func joined(_ lines: [LineView]) -> String {
        lines.count == 1 ? lines[0].value : lines.map(\.value).joined(separator: "\n")
    }

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
