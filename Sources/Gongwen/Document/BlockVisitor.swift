/// Visits each kind of block once; every writer conforms, so a new kind cannot be forgotten.
public protocol BlockVisitor {
    /// The red mark (纪要标志 / 发文机关标志).
    mutating func visitMark(_ content: [Inline])
    /// The number line.
    mutating func visitNumber(_ content: [Inline])
    /// The red rule.
    mutating func visitRedRule()
    /// The title.
    mutating func visitTitle(_ content: [Inline])
    /// A heading.
    mutating func visitHeading(_ heading: Heading)
    /// A paragraph.
    mutating func visitParagraph(_ paragraph: Paragraph)
    /// A labelled header line.
    mutating func visitField(label: String, content: [Inline])
    /// A labelled line after the body (出席, 请假, 列席 in minutes).
    mutating func visitRoster(label: String, content: [Inline])
    /// A line of 附件说明.
    mutating func visitAttachment(_ attachment: Attachment)
    /// The 版记.
    mutating func visitColophon(_ lines: [ColophonLine])
    /// A numbered list.
    mutating func visitList(_ items: [[Inline]])
    /// A table.
    mutating func visitTable(_ table: Table)
    /// A chart of the table before it.
    mutating func visitChart(_ chart: Chart)
    /// A page break.
    mutating func visitPageBreak()
}

extension BlockVisitor {
    /// Dispatches one block to its `visit…` method.
    public mutating func visit(_ block: Block) {
        switch block {
        case .mark(let content): visitMark(content)
        case .number(let content): visitNumber(content)
        case .redRule: visitRedRule()
        case .title(let content): visitTitle(content)
        case .heading(let heading): visitHeading(heading)
        case .paragraph(let paragraph): visitParagraph(paragraph)
        case .field(let label, let content): visitField(label: label, content: content)
        case .roster(let label, let content): visitRoster(label: label, content: content)
        case .attachment(let attachment): visitAttachment(attachment)
        case .colophon(let lines): visitColophon(lines)
        case .list(let items): visitList(items)
        case .table(let table): visitTable(table)
        case .chart(let chart): visitChart(chart)
        case .pageBreak: visitPageBreak()
        }
    }

    /// Visits blocks in order.
    public mutating func visit(_ blocks: [Block]) {
        for block in blocks { visit(block) }
    }
}

extension Heading {
    /// The number and the heading's text, as every format shows it.
    public var numberedContent: [Inline] {
        guard let number else { return content }
        return DocumentBuilder.merged([.text(number)] + content)
    }
}

extension Block {
    /// `1. `, `2. `…: the text number of a list item.
    static func itemNumber(_ index: Int) -> String { "\(index + 1). " }
}
