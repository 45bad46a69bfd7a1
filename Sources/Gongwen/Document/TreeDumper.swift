/// Prints a document tree as indented text: for tests, goldens and debugging.
public struct TreeDumper: BlockVisitor {
    private var output = ""

    /// Creates a dumper.
    public init() {}

    /// The dump of a whole document.
    public static func dump(_ document: Document) -> String {
        var dumper = TreeDumper()
        dumper.output = "Document \"\(document.title)\"\n"
        dumper.visit(document.blocks)
        return dumper.output
    }

    private mutating func line(_ text: String, _ content: [Inline]? = nil, depth: Int = 1) {
        output += String(repeating: "  ", count: depth) + text
        if let content { output += " " + Self.inlines(content) }
        output += "\n"
    }

    static func inlines(_ content: [Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text): return "\"\(text)\""
            case .strong(let children): return "Strong(\(inlines(children)))"
            case .emphasis(let children): return "Emphasis(\(inlines(children)))"
            case .lineBreak: return "LineBreak"
            }
        }.joined(separator: " ")
    }

    public mutating func visitMark(_ content: [Inline]) { line("Mark", content) }
    public mutating func visitNumber(_ content: [Inline]) { line("Number", content) }
    public mutating func visitRedRule() { line("RedRule") }
    public mutating func visitTitle(_ content: [Inline]) { line("Title", content) }
    public mutating func visitHeading(_ heading: Heading) {
        line("Heading\(heading.level) [\(heading.number ?? "-")]", heading.content)
    }
    public mutating func visitParagraph(_ paragraph: Paragraph) {
        line("Paragraph(\(paragraph.role.rawValue))", paragraph.content)
    }
    public mutating func visitField(label: String, content: [Inline]) { line("Field \"\(label)\"", content) }
    public mutating func visitAttachment(_ attachment: Attachment) {
        line("Attachment label=\(attachment.label ?? "-") number=\(attachment.number ?? "-")", attachment.content)
    }
    public mutating func visitColophon(_ lines: [ColophonLine]) {
        line("Colophon")
        for entry in lines {
            line("Line label=\(entry.label ?? "-")", entry.content + [.text(" | ")] + entry.end, depth: 2)
        }
    }
    public mutating func visitRoster(label: String, content: [Inline]) { line("Roster \"\(label)\"", content) }
    public mutating func visitList(_ items: [[Inline]]) {
        line("List")
        for item in items { line("Item", item, depth: 2) }
    }
    public mutating func visitTable(_ table: Table) {
        line("Table widths=\(table.columnWidths)")
        for (name, rows) in [("HeaderRow", table.header), ("Row", table.body)] {
            for row in rows {
                line(name, depth: 2)
                for cell in row {
                    let span = cell.columnSpan > 1 || cell.rowSpan > 1 ? " span=\(cell.columnSpan)x\(cell.rowSpan)" : ""
                    line("Cell\(span)", cell.content, depth: 3)
                }
            }
        }
    }
    public mutating func visitChart(_ chart: Chart) {
        line("Chart \(chart.kind.rawValue) \"\(chart.caption)\" [\(chart.categories.joined(separator: ", "))]")
        for series in chart.series {
            line("Series \"\(series.name)\" \(series.values.map(String.init).joined(separator: " "))", depth: 2)
        }
        if !chart.labels.isEmpty {
            line("Labels \"\(chart.labelName)\" \(chart.labels.joined(separator: " "))", depth: 2)
        }
    }
    public mutating func visitPageBreak() { line("PageBreak") }
}
