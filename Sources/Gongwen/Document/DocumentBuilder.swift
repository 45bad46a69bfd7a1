/// Turns a parsed, schema-valid document source into a `Document`, numbering headings on the way.
///
/// Whitespace: between blocks it is layout and dropped; inside a paragraph a
/// newline and the spaces around it are dropped too (templates wrap lines, and
/// Chinese text has no spaces between words). A line break is `<br/>`.
struct DocumentBuilder {
    private var counters = [0, 0, 0, 0]

    static func build(_ tree: XMLTree) throws(XMLProblem) -> Document {
        var builder = DocumentBuilder()
        guard let root = tree.root else { return Document(title: "", blocks: []) }
        let head = root.elements.first { $0.name == "head" }
        let titleElement = head?.elements.first { $0.name == "title" }
        let body = root.elements.first { $0.name == "body" }
        let blocks = Self.salutationsFlushLeft(
            try body.map { body throws(XMLProblem) in try builder.blocks(in: body) } ?? [])
        var title = titleElement.map { builder.inlines(in: $0).plainText } ?? ""
        if title.isEmpty,
            case .title(let content)? = blocks.first(where: { if case .title = $0 { true } else { false } })
        {
            title = content.plainText
        }
        return Document(title: title, blocks: blocks)
    }

    /// A salutation (同志们：, 各位领导、同志们：) — a short body paragraph before the first heading that
    /// ends in a colon and addresses people — starts at the margin, as official speeches set it.
    static func salutationsFlushLeft(_ blocks: [Block]) -> [Block] {
        var result = blocks
        for (index, block) in blocks.enumerated() {
            if case .heading = block { break }
            guard case .paragraph(let paragraph) = block, paragraph.role == .body,
                !paragraph.content.contains(.lineBreak)
            else { continue }
            let text = paragraph.content.plainText
            let addresses = text.contains("同志") || text.hasPrefix("各位") || text.hasPrefix("尊敬的")
            if text.hasSuffix("：") && text.count <= 16 && addresses {
                result[index] = .paragraph(Paragraph(.plain, paragraph.content))
            }
        }
        return result
    }

    private mutating func blocks(in container: XMLElement) throws(XMLProblem) -> [Block] {
        var result: [Block] = []
        var previous: XMLElement?
        for element in container.elements {
            if element.name == "figure" {
                // A table without rows draws no chart.
                if let chart = try chart(element, of: previous) { result.append(.chart(chart)) }
            } else if let block = try block(element) {
                result.append(block)
            }
            previous = element
        }
        return result
    }

    /// The chart a `<figure class="chart">` draws from the table just before it: categories from the
    /// first column, a series per `data-series` column (1 is the first), labels from `data-label`;
    /// rows of class `total` (合计) are left out.
    private func chart(_ figure: XMLElement, of previous: XMLElement?) throws(XMLProblem) -> Chart? {
        func problem(_ message: String) -> XMLProblem { XMLProblem(line: figure.line, column: 1, message: message) }
        guard let table = previous, table.name == "table" else {
            throw problem("<figure class=\"chart\"> must follow the <table> it draws")
        }
        let text = { (cell: XMLElement) in Self.trimmed(self.inlines(cell.children)).plainText }
        let cells = { (row: XMLElement) in row.elements.filter { $0.name == "td" || $0.name == "th" } }
        let sections = table.elements
        let header = sections.first { $0.name == "thead" }?.elements.first { $0.name == "tr" }.map(cells) ?? []
        let rows = sections.flatMap { $0.name == "tbody" ? $0.elements : $0.name == "tr" ? [$0] : [] }
            .filter { $0.name == "tr" && $0.attribute("class") != "total" }.map(cells)
        let columns = (figure.attribute("data-series") ?? "").split(separator: " ").compactMap { Int($0) }
        let names = (figure.attribute("data-names") ?? "").split(separator: " ").map(String.init)
        let label = figure.attribute("data-label").flatMap { Int(String($0.filter { !$0.isWhitespace })) }
        guard !rows.isEmpty else { return nil }
        for column in columns + (label.map { [$0] } ?? [])
        where column < 1 || rows.contains(where: { $0.count < column }) {
            throw problem("<figure class=\"chart\"> names column \(column), which a row of its table does not have")
        }
        var series: [ChartSeries] = []
        for (index, column) in columns.enumerated() {
            var values: [Int] = []
            for row in rows {
                // Counts: a bar has no negative length, and an axis past a billion would overflow its steps.
                guard let value = Int(text(row[column - 1])), Self.limits.chartValue.contains(value) else {
                    throw XMLProblem(
                        line: row[column - 1].line, column: 1,
                        message:
                            "a charted cell must hold a whole number from 0 to 1,000,000,000, not \"\(text(row[column - 1]))\""
                    )
                }
                values.append(value)
            }
            let name = index < names.count ? names[index] : header.count >= column ? text(header[column - 1]) : ""
            series.append(ChartSeries(name: name, values: values))
        }
        return Chart(
            kind: figure.attribute("data-type") == "line" ? .line : .bar,
            caption: figure.elements.first { $0.name == "figcaption" }.map { inlines(in: $0).plainText } ?? "",
            categoryName: header.first.map(text) ?? "", categories: rows.map { $0.isEmpty ? "" : text($0[0]) },
            series: series, labels: label.map { column in rows.map { text($0[column - 1]) } } ?? [],
            labelName: label.flatMap { header.count >= $0 ? text(header[$0 - 1]) : nil } ?? "")
    }

    private mutating func block(_ element: XMLElement) throws(XMLProblem) -> Block? {
        let classes = Set((element.attribute("class") ?? "").split(separator: " ").map(String.init))
        switch element.name {
        case "h1":
            return .title(inlines(in: element))
        case "h2", "h3", "h4", "h5":
            let level = Int(element.name.dropFirst())! - 1
            var number: String?
            if !classes.contains("unnumbered") {
                counters[level - 1] += 1
                for deeper in level..<counters.count { counters[deeper] = 0 }
                number = ChineseNumerals.headingNumber(counters[level - 1], level: level)
            }
            return .heading(Heading(level: level, number: number, content: inlines(in: element)))
        case "p":
            if classes.contains("mark") { return .mark(inlines(in: element)) }
            if classes.contains("number") { return .number(inlines(in: element)) }
            if classes.contains("field") { return field(element, roster: false) }
            if classes.contains("roster") { return field(element, roster: true) }
            if classes.contains("attachment") { return attachment(element) }
            let role = Paragraph.Role.allCases.first { classes.contains($0.rawValue) } ?? .body
            return .paragraph(Paragraph(role, inlines(in: element)))
        case "div":
            return .colophon(element.elements.map(colophonLine))
        case "ol":
            return .list(element.elements.filter { $0.name == "li" }.map { inlines(in: $0) })
        case "table":
            return .table(try table(element))
        case "hr":
            return classes.contains("page-break") ? .pageBreak : .redRule
        default:
            return nil
        }
    }

    private func field(_ element: XMLElement, roster: Bool) -> Block {
        var label = ""
        var rest: [XMLChild] = []
        for child in element.children {
            if case .element(let span) = child, span.name == "span", label.isEmpty {
                label = inlines(span.children).plainText
            } else {
                rest.append(child)
            }
        }
        let content = Self.trimmed(inlines(rest))
        return roster ? .roster(label: label, content: content) : .field(label: label, content: content)
    }

    private func attachment(_ element: XMLElement) -> Block {
        var label: String?
        var number: String?
        var rest: [XMLChild] = []
        for child in element.children {
            if case .element(let span) = child, span.name == "span" {
                let text = inlines(span.children).plainText
                if span.attribute("class") == "label" { label = text } else { number = text }
            } else {
                rest.append(child)
            }
        }
        return .attachment(Attachment(label: label, number: number, content: Self.trimmed(inlines(rest))))
    }

    private func colophonLine(_ element: XMLElement) -> ColophonLine {
        var label: String?
        var end: [Inline] = []
        var rest: [XMLChild] = []
        for child in element.children {
            if case .element(let span) = child, span.name == "span" {
                if span.attribute("class") == "label" {
                    label = inlines(span.children).plainText
                } else {
                    end = Self.trimmed(inlines(span.children))
                }
            } else {
                rest.append(child)
            }
        }
        return ColophonLine(label: label, content: Self.trimmed(inlines(rest)), end: end)
    }

    /// The largest numbers a template may give: Word tables hold at most 63 columns; relative
    /// widths and row spans beyond these are a template's slip, and would overflow or loop.
    static let limits = (width: 1...10_000, columnSpan: 1...63, rowSpan: 1...100_000, chartValue: 0...1_000_000_000)

    private func table(_ element: XMLElement) throws(XMLProblem) -> Table {
        var widths: [Int] = []
        var header: [[TableCell]] = []
        var body: [[TableCell]] = []
        func rows(_ rows: [XMLElement]) throws(XMLProblem) -> [[TableCell]] {
            var result: [[TableCell]] = []
            for row in rows where row.name == "tr" {
                var cells: [TableCell] = []
                for cell in row.elements where cell.name == "td" || cell.name == "th" {
                    cells.append(
                        TableCell(
                            Self.trimmed(inlines(cell.children)),
                            columnSpan: try Self.number(cell, "colspan", in: Self.limits.columnSpan),
                            rowSpan: try Self.number(cell, "rowspan", in: Self.limits.rowSpan)))
                }
                result.append(cells)
            }
            return result
        }
        for child in element.elements {
            switch child.name {
            case "colgroup":
                widths = []
                for column in child.elements { widths.append(try Self.number(column, "width", in: Self.limits.width)) }
            case "thead": header += try rows(child.elements)
            case "tbody": body += try rows(child.elements)
            case "tr": body += try rows([child])
            default: break
            }
        }
        return Table(columnWidths: widths, header: header, body: body)
    }

    /// A whole-number attribute (1 when absent), or a problem at the element's line when it is out of `range`.
    static func number(_ element: XMLElement, _ name: String, in range: ClosedRange<Int>) throws(XMLProblem) -> Int {
        guard let text = element.attribute(name) else { return 1 }
        guard let value = Int(text.trimmingCharacters(in: [" ", "\t", "\n", "\r"])), range.contains(value) else {
            throw XMLProblem(
                line: element.line, column: 1,
                message:
                    "<\(element.name) \(name)=\"\(text)\"> must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return value
    }

    private func inlines(in element: XMLElement) -> [Inline] {
        Self.trimmed(inlines(element.children))
    }

    private func inlines(_ children: [XMLChild]) -> [Inline] {
        var result: [Inline] = []
        for child in children {
            switch child {
            case .text(let text):
                // U+2028 is a line break of the data (see `XMLContentType`); its UTF-8 starts with 0xE2.
                let cleaned = Self.droppingWrapWhitespace(text)
                guard cleaned.containsByte(where: { $0 == 0xE2 }), cleaned.unicodeScalars.contains("\u{2028}") else {
                    if !cleaned.isEmpty { result.append(.text(cleaned)) }
                    continue
                }
                for (index, piece) in cleaned.split(
                    separator: "\u{2028}", omittingEmptySubsequences: false
                ).enumerated() {
                    if index > 0 { result.append(.lineBreak) }
                    if !piece.isEmpty { result.append(.text(String(piece))) }
                }
            case .element(let element):
                switch element.name {
                case "strong", "b": result.append(.strong(inlines(element.children)))
                case "em", "i": result.append(.emphasis(inlines(element.children)))
                case "br": result.append(.lineBreak)
                default: result += inlines(element.children)
                }
            }
        }
        return Self.merged(result)
    }

    /// Removes each newline together with the spaces and tabs around it.
    static func droppingWrapWhitespace(_ text: String) -> String {
        guard text.containsByte(where: { $0 == UInt8(ascii: "\n") }) else { return text }
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var result = ""
        for (index, line) in text.pieces(separatedBy: "\n").enumerated() {
            if index > 0 {
                while let last = result.last, isBlank(last) { result.removeLast() }
                result += line.drop(while: isBlank)
            } else {
                result += line
            }
        }
        return result
    }

    /// Drops spaces and tabs at the ends of a block: no format can show them the same way.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var items = inlines
        while case .text(let text)? = items.first {
            guard let start = text.unicodeScalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else {
                items.removeFirst()
                continue
            }
            if start != text.startIndex { items[0] = .text(String(text.unicodeScalars[start...])) }
            break
        }
        while case .text(let text)? = items.last {
            guard let end = text.unicodeScalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else {
                items.removeLast()
                continue
            }
            let after = text.unicodeScalars.index(after: end)
            if after != text.endIndex { items[items.count - 1] = .text(String(text.unicodeScalars[..<after])) }
            break
        }
        return items
    }

    /// Joins neighbouring text runs.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
