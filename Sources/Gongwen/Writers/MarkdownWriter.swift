/// Writes a document as CommonMark with GitHub tables, readable as plain text; every user string stays literal.
public struct MarkdownWriter: Sendable {
    /// Creates the writer.
    public init() {}

    /// The Markdown text of `document`.
    /// `layout` is the document's page decisions, made once for every writer (`DocumentLayout`).
    public func write(_ document: Document, layout: DocumentLayout? = nil) -> String {
        var visitor = Visitor(layout: layout ?? DocumentLayout(document))
        visitor.visit(document.blocks)
        return visitor.blocks.joined(separator: "\n\n") + "\n"
    }

    private struct Visitor: BlockVisitor {
        let layout: DocumentLayout
        var blocks: [String] = []

        mutating func visitMark(_ content: [Inline]) { blocks.append("**" + MarkdownText.inlines(content) + "**") }
        mutating func visitNumber(_ content: [Inline]) { blocks.append(MarkdownText.inlines(content)) }
        mutating func visitRedRule() { blocks.append("---") }
        mutating func visitTitle(_ content: [Inline]) {
            blocks.append("# " + MarkdownText.inlines(content, inHeading: true))
        }
        mutating func visitHeading(_ heading: Heading) {
            let marks = String(repeating: "#", count: heading.level + 1)
            blocks.append(marks + " " + MarkdownText.inlines(heading.numberedContent, inHeading: true))
        }
        mutating func visitParagraph(_ paragraph: Paragraph) {
            guard !paragraph.content.isEmpty else { return }
            blocks.append(MarkdownText.inlines(paragraph.content))
        }
        mutating func visitField(label: String, content: [Inline]) {
            blocks.append("**" + MarkdownText.escape(label) + "**：" + MarkdownText.inlines(content, atLineStart: false))
        }
        mutating func visitRoster(label: String, content: [Inline]) { visitField(label: label, content: content) }
        mutating func visitAttachment(_ attachment: Attachment) {
            blocks.append(MarkdownText.inlines(Self.attachmentText(attachment)))
        }
        mutating func visitColophon(_ lines: [ColophonLine]) {
            // The 版记 as a final block between rules: Markdown has no page foot.
            blocks.append("---")
            for line in lines {
                var content: [Inline] = line.label.map { [.text($0 + "：")] } ?? []
                content += line.content
                if !line.end.isEmpty { content += [.text("\t")] + line.end }
                blocks.append(MarkdownText.inlines(content))
            }
            blocks.append("---")
        }

        static func attachmentText(_ attachment: Attachment) -> [Inline] {
            // GB/T 9704 writes `附件：1.XXXXX`, the name right after the number.
            let prefix = (attachment.label.map { $0 + "：" } ?? "") + (attachment.number.map { $0 + "." } ?? "")
            return DocumentBuilder.merged([.text(prefix)] + attachment.content)
        }
        mutating func visitList(_ items: [[Inline]]) {
            blocks.append(
                items.enumerated().map { index, item in
                    Block.itemNumber(index) + MarkdownText.inlines(item, continuation: "   ")
                }.joined(separator: "\n"))
        }
        mutating func visitTable(_ original: Table) {
            // The dates as the printed table shows them; the labels whole, as plain text has room.
            // The printed table's date form and columns; the labels and values whole, as plain
            // text has room for them.
            let whole = original.withoutEmptyColumns
            let table = layout.tableLayout(original).shortDates ? whole.withShortDates : whole
            let columns = table.columnCount
            guard columns > 0 else { return }
            var headerRows = table.grid(table.header)
            var bodyRows = table.grid(table.body)
            if headerRows.isEmpty {
                // GitHub tables need a header row; an empty one keeps every body row a body row.
                headerRows = [Array(repeating: .empty, count: columns)]
            }
            let header = headerRows.removeFirst()
            bodyRows = headerRows + bodyRows
            var lines = [row(header), "|" + String(repeating: " --- |", count: columns)]
            lines += bodyRows.map(row)
            blocks.append(lines.joined(separator: "\n"))
        }
        /// The table before it carries the figures; Markdown has no drawing.
        mutating func visitChart(_ chart: Chart) {}
        mutating func visitPageBreak() { blocks.append("---") }

        /// A row: merged places stay empty, so no text is repeated.
        private func row(_ slots: [GridSlot]) -> String {
            let cells = slots.map { slot -> String in
                guard case .start(let cell) = slot else { return "" }
                return MarkdownText.cell(cell.content)
            }
            return "| " + cells.joined(separator: " | ") + " |"
        }
    }
}

/// Escaping of user text for Markdown: literal in every position.
enum MarkdownText {
    /// The ASCII marks that always take a backslash: a switch, not a `Set`, because every byte of
    /// every text is asked (hashing each was most of writing Markdown).
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
            UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "!"):
            true
        default: false
        }
    }

    static func inlines(
        _ content: [Inline], inHeading: Bool = false, atLineStart: Bool = true, continuation: String = ""
    )
        -> String
    {
        var result = ""
        var lineStart = atLineStart
        func append(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    result += escape(text, atLineStart: lineStart)
                    lineStart = false
                case .strong(let children):
                    delimited(children, by: "**")
                case .emphasis(let children):
                    delimited(children, by: "*")
                case .lineBreak:
                    result += inHeading ? " " : "\\\n" + continuation
                    lineStart = !inHeading
                }
            }
        }
        /// CommonMark does not close `**` after punctuation when a letter follows (`**要求。**坚持`),
        /// which is everywhere in Chinese text: punctuation (and symbols, see `isFlanking`) at either
        /// end stands outside the markers.
        func delimited(_ children: [Inline], by marker: String) {
            let allText = children.allSatisfy { if case .text = $0 { true } else { false } }
            guard allText else {
                result += marker
                lineStart = false
                append(children)
                result += marker
                return
            }
            let text = children.plainText
            let head = text.prefix(while: isFlanking)
            let tail = text.dropFirst(head.count).reversed().prefix(while: isFlanking)
            let middle = text.dropFirst(head.count).dropLast(tail.count)
            if !head.isEmpty { append([.text(String(head))]) }
            if !middle.isEmpty {
                result += marker
                lineStart = false
                result += escape(String(middle))
                result += marker
            }
            if !tail.isEmpty { append([.text(String(tail.reversed()))]) }
        }
        append(content)
        return result
    }

    /// Whether a character next to `**` changes whether CommonMark may open or close there:
    /// whitespace, and punctuation as CommonMark counts it — all ASCII punctuation and symbols
    /// (`+`, `$`, `<`, `|`, which Swift's `isPunctuation` leaves out) and Unicode's P and S
    /// categories (cmark-gfm counts P; CommonMark 0.31 adds S).
    static func isFlanking(_ character: Character) -> Bool {
        character.isWhitespace
            || character.unicodeScalars.contains { scalar in
                if scalar.isASCII { return isASCIIPunctuation(scalar) }
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                    .modifierSymbol, .otherSymbol:
                    return true
                default:
                    return false
                }
            }
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value)
            || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value)
    }

    /// The first bytes the line-start rules of `escape` act on (indentation, a list or heading
    /// mark, a number): a text starting otherwise needs nothing at the start of a line.
    private static func mayStartABlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// Escapes `text` so CommonMark shows it as written.
    static func escape(_ text: String, atLineStart: Bool = false) -> String {
        // Most texts hold no mark at all: they are written as they are.
        if !text.utf8.contains(where: isAlwaysEscaped) {
            guard atLineStart, let first = text.utf8.first, mayStartABlock(first) else { return text }
        }
        // Scalars, not Characters: every character that matters here is ASCII.
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var scalars = text.unicodeScalars[...]
        if atLineStart {
            while let first = scalars.first, first == " " || first == "\t" {
                result += first == " " ? "&#32;" : "&#9;"
                scalars = scalars.dropFirst()
            }
            if let first = scalars.first, "-+=".unicodeScalars.contains(first) {
                result += "\\" + String(first)
                scalars = scalars.dropFirst()
            } else if scalars.first.map(Self.isDigit) == true {
                // `1.` or `1)` at the start of a line would begin a list.
                let digits = scalars.prefix(while: Self.isDigit)
                result.unicodeScalars.append(contentsOf: digits)
                scalars = scalars.dropFirst(digits.count)
                if let mark = scalars.first, mark == "." || mark == ")" {
                    result += "\\" + String(mark)
                    scalars = scalars.dropFirst()
                }
            }
        }
        // By bytes: a mark is ASCII, and no byte of a longer character is.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in Substring(scalars).utf8 {
            if isAlwaysEscaped(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return result + String(decoding: bytes, as: UTF8.self)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A table cell: one line, pipes escaped, breaks as `<br>` (GitHub tables allow it).
    static func cell(_ content: [Inline]) -> String {
        var result = ""
        for inline in content {
            switch inline {
            case .text(let text): result += escape(text)
            case .strong(let children): result += "**" + cell(children) + "**"
            case .emphasis(let children): result += "*" + cell(children) + "*"
            case .lineBreak: result += "<br>"
            }
        }
        return result
    }
}
