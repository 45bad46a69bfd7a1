import Mustache

/// Escapes `{{values}}` for the XHTML document source exactly as Mustache's HTML escaping does,
/// through Gongwen's own escaper, which returns text without markup characters untouched instead
/// of rebuilding it Character by Character (that was a seventh of the render time).
struct XMLContentType: MustacheContentType {
    static let name = "GONGWEN_XML"

    /// Put before every template so its values use this escaping; it adds no text and no line.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the content type once, before any template is compiled.
    static let registered: Void = MustacheContentTypes.register(XMLContentType(), named: name)

    /// Escapes markup characters, and carries each line break of a data value into the document
    /// source as U+2028 LINE SEPARATOR: a newline there would be taken for the template's own
    /// line wrapping and dropped, and `DocumentBuilder` turns the separator back into a line break.
    /// So every `{{field}}`, not only the paragraph texts, keeps the data's lines in every format.
    func escapeText(_ text: String) -> String {
        let escaped = HTMLText.escape(text, apostrophe: true)
        guard escaped.containsByte(where: { $0 == UInt8(ascii: "\n") }) else { return escaped }
        return Self.lineSeparated(escaped)
    }

    /// The text's lines joined by U+2028, without blank lines at either end; a blank line
    /// between (a new paragraph in the data) stays as one empty line.
    static func lineSeparated(_ text: String) -> String {
        var lines: [Substring] = []
        var blankBefore = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{3000}" }) {
                blankBefore = !lines.isEmpty
                continue
            }
            if blankBefore { lines.append("") }
            blankBefore = false
            lines.append(line)
        }
        return lines.joined(separator: "\u{2028}")
    }
}

// Mustache renders a plain value through `String(describing:)` after failing three casts; a
// String that is `MustacheCustomRenderable` goes straight to the escaper. The text is the same.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
