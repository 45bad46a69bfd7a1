/// Writes `word/document.xml`: each block as paragraphs that name their style, then the section.
struct WordBody: BlockVisitor {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    let xml: XMLWriter
    /// Right indents (twips) for the signature and date, worked out together as the standard places them.
    private let closingIndents: (signature: Int, date: Int)?
    /// Whether the block being written keeps with the next one: the closing lines (出席… after the
    /// body, the signature) and the last block of the body before them, so that the signature and
    /// date never stand alone on a page (§7.3.5).
    private var keepsWithNext = false
    /// Whether the previous block was a roster line: the first one is set a blank line below the body.
    private var afterRoster = false
    /// Whether the paragraph being written starts a new page (`w:pageBreakBefore`): a page break
    /// paragraph of its own would give a blank page whenever the page before ends full.
    private var breakBefore = false
    /// The document's tables as laid out once for every writer.
    private let layout: DocumentLayout
    /// Charts written so far: the n-th refers to `word/charts/chartn.xml` (`WordChart.relationshipID`).
    private var charts = 0

    private init(closingIndents: (signature: Int, date: Int)?, layout: DocumentLayout) {
        xml = XMLWriter()
        self.closingIndents = closingIndents
        self.layout = layout
    }

    /// What a table's cell paragraphs take from the body around them, to write rows elsewhere.
    struct CellSettings: Sendable {
        let layout: DocumentLayout
        let breakBefore: Bool
    }

    var cellSettings: CellSettings { CellSettings(layout: layout, breakBefore: breakBefore) }

    /// A body that writes a table's cell paragraphs as `settings` says into a fragment of its own.
    init(cells settings: CellSettings) {
        xml = XMLWriter.forFragment()
        closingIndents = nil
        layout = settings.layout
        breakBefore = settings.breakBefore
    }

    static func write(_ document: Document, layout: DocumentLayout, section: WordSection = WordSection())
        throws(XMLProblem) -> [UInt8]
    {
        let twips = { (characters: Double) in Int((characters * Double(PageGeometry.character)).rounded()) }
        var body = WordBody(
            closingIndents: layout.closing.map { (twips($0.signature), twips($0.date)) }, layout: layout)
        body.xml.start("w:document")
        body.xml.attribute("xmlns:w", wordNamespace)
        body.xml.attribute("xmlns:r", relationshipNamespace)
        body.xml.start("w:body")
        let closing = Self.closingRange(document.blocks)
        for (index, block) in document.blocks.enumerated() {
            if case .pageBreak = block, index + 1 < document.blocks.count,
                Self.startsWithParagraph(document.blocks[index + 1])
            {
                body.breakBefore = true
                continue
            }
            // A sentence that introduces a table (…如下：) keeps with it.
            // …and the 首部式纪要's header lines (时间, 地点, 主持, 出席…) keep together.
            var keepsWithFollower = false
            // A sentence that only stands before a table (…报送。) does not: with the table kept with
            // the signature, LibreOffice would carry the whole body to the next page.
            if index + 1 < document.blocks.count, case .paragraph(let paragraph) = block,
                paragraph.content.plainText.hasSuffix("：") || paragraph.content.plainText.hasSuffix(":")
            {
                switch document.blocks[index + 1] {
                // …and one that introduces a list (2026年12月到期任务：) keeps with its first item.
                case .table, .list: keepsWithFollower = true
                default: break
                }
            }
            if index + 1 < document.blocks.count, case .field = document.blocks[index + 1], case .field = block {
                keepsWithFollower = true
            }
            body.keepsWithNext =
                keepsWithFollower || (closing.map { index >= $0.lowerBound - 1 && index < $0.upperBound - 1 } ?? false)
            body.visit(block)
            body.breakBefore = false
            if case .roster = block { body.afterRoster = true } else { body.afterRoster = false }
        }
        section.write(to: body.xml)
        body.xml.end()
        body.xml.end()
        return try body.xml.finish()
    }

    // MARK: Blocks

    mutating func visitMark(_ content: [Inline]) {
        xml.start("w:p")
        paragraphProperties("Mark")
        runs(content, style: nil, scale: MarkFit.scale(content))
        xml.end()
    }
    mutating func visitNumber(_ content: [Inline]) { paragraph("DocumentNumber", content) }
    mutating func visitRedRule() { paragraph("RedRule", []) }
    mutating func visitTitle(_ content: [Inline]) { paragraph("Title", TitleLines.broken(content)) }
    mutating func visitHeading(_ heading: Heading) {
        paragraph("Heading\(heading.level)", heading.numberedContent)
    }
    mutating func visitParagraph(_ paragraph: Paragraph) {
        switch paragraph.role {
        case .body: self.paragraph("Normal", paragraph.content, keepsWithNext: keepsWithNext)
        case .plain: self.paragraph("Plain", paragraph.content, keepsWithNext: keepsWithNext)
        case .center: self.paragraph("Centered", paragraph.content, keepsWithNext: keepsWithNext)
        case .signature: self.paragraph("Signature", paragraph.content, rightIndent: closingIndents?.signature)
        case .date: self.paragraph("Date", paragraph.content, rightIndent: closingIndents?.date)
        }
    }
    mutating func visitField(label: String, content: [Inline]) {
        // 出席, 列席, 请假 in the 首部式纪要's header: lines break between names (the style's hanging
        // indent: label from the margin, wrapped lines three characters in).
        let names = ["出席", "列席", "请假"].contains(label)
        labelled(
            "Field", label: label,
            content: names ? RosterLines.broken(content, label: label, start: 0, continuation: 3) : content)
    }
    mutating func visitRoster(label: String, content: [Inline]) {
        // Lines break between names (the style: two characters in, wrapped lines after the colon).
        labelled(
            afterRoster ? "Roster" : "RosterFirst", label: label,
            content: RosterLines.broken(content, label: label, start: 2, continuation: 5))
    }
    mutating func visitAttachment(_ attachment: Attachment) {
        // 附件： starts two characters in; a name's wrapped lines align with its first character: the
        // hanging indent is the label and number, and a tab after the number reaches the name.
        let character = PageGeometry.character
        let numbered = attachment.number != nil
        let left = numbered ? 13 * character / 2 : 5 * character
        let hanging = left - (attachment.label == nil ? 5 * character : 2 * character)
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": "Attachment"])
        if keepsWithNext { xml.empty("w:keepNext") }
        if breakBefore { xml.empty("w:pageBreakBefore") }
        if attachment.label != nil { xml.empty("w:spacing", ["w:before": String(PageGeometry.linePitch)]) }
        xml.empty(
            "w:ind",
            [
                "w:left": String(left), "w:leftChars": "0", "w:hanging": String(hanging), "w:hangingChars": "0",
                "w:firstLineChars": "0",
            ])
        xml.end()
        let prefix = (attachment.label.map { $0 + "：" } ?? "") + (attachment.number.map { $0 + ".\t" } ?? "")
        if !prefix.isEmpty { run(prefix, style: nil) }
        runs(attachment.content, style: nil)
        xml.end()
    }
    mutating func visitColophon(_ lines: [ColophonLine]) {
        WordColophon(lines: lines).write(to: xml) { content in self.runs(content, style: nil) }
    }
    mutating func visitList(_ items: [[Inline]]) {
        for (index, item) in items.enumerated() {
            paragraph(
                "Normal", [.text(Block.itemNumber(index))] + item,
                keepsWithNext: keepsWithNext && index == items.count - 1)
        }
    }
    mutating func visitTable(_ table: Table) {
        WordTable(layout: layout.tableLayout(table), keepsWithNext: keepsWithNext).write(in: self)
    }
    mutating func visitChart(_ chart: Chart) {
        charts += 1
        // The caption above, kept with the chart; the chart on a line of its own height, centred.
        paragraph("Centered", [.text(chart.caption)], keepsWithNext: true)
        let emu = { (twips: Int) in String(twips * 635) }
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": "Centered"])
        if keepsWithNext { xml.empty("w:keepNext") }
        // Off the 28.95-point grid and its exact line height, which would crop the drawing to one line.
        xml.empty("w:snapToGrid", ["w:val": "0"])
        xml.empty("w:spacing", ["w:before": "0", "w:after": "120", "w:line": "240", "w:lineRule": "auto"])
        xml.end()
        xml.start("w:r")
        xml.start("w:drawing")
        xml.start("wp:inline")
        xml.attribute("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
        for side in ["distT", "distB", "distL", "distR"] { xml.attribute(side, "0") }
        xml.empty("wp:extent", ["cx": emu(ChartGeometry.width), "cy": emu(ChartGeometry.height(chart))])
        xml.empty("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
        xml.empty("wp:docPr", ["id": String(charts), "name": "图表 \(charts)", "descr": chart.caption])
        xml.empty("wp:cNvGraphicFramePr")
        xml.start("a:graphic")
        xml.attribute("xmlns:a", WordChart.drawingNamespace)
        xml.start("a:graphicData")
        xml.attribute("uri", WordChart.namespace)
        xml.start("c:chart")
        xml.attribute("xmlns:c", WordChart.namespace)
        xml.attribute("r:id", WordChart(chart: chart, number: charts).relationshipID)
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
    }
    mutating func visitPageBreak() {
        xml.start("w:p")
        xml.start("w:r")
        xml.empty("w:br", ["w:type": "page"])
        xml.end()
        xml.end()
    }

    // MARK: Paragraphs and runs

    func paragraph(
        _ style: String, _ content: [Inline], rightIndent: Int? = nil, keepsWithNext: Bool = false,
        centred: Bool = false
    ) {
        xml.start("w:p")
        paragraphProperties(style, rightIndent: rightIndent, keepsWithNext: keepsWithNext, centred: centred)
        runs(content, style: nil)
        xml.end()
    }

    private func labelled(_ style: String, label: String, content: [Inline]) {
        xml.start("w:p")
        paragraphProperties(style, keepsWithNext: keepsWithNext)
        run(label + "：", style: "FieldLabel")
        runs(content, style: nil)
        xml.end()
    }

    private func paragraphProperties(
        _ style: String, rightIndent: Int? = nil, keepsWithNext: Bool = false, centred: Bool = false
    ) {
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": style])
        if keepsWithNext { xml.empty("w:keepNext") }
        if breakBefore { xml.empty("w:pageBreakBefore") }
        if let rightIndent {
            xml.empty("w:ind", ["w:right": String(rightIndent), "w:rightChars": "0"])
        }
        if centred { xml.empty("w:jc", ["w:val": "center"]) }
        xml.end()
    }

    func runs(_ content: [Inline], style: String?, scale: Int = 100) {
        for inline in content {
            switch inline {
            case .text(let text): run(text, style: style, scale: scale)
            case .strong(let children): runs(children, style: "Strong", scale: scale)
            case .emphasis(let children): runs(children, style: "Emphasis", scale: scale)
            case .lineBreak:
                xml.start("w:r")
                xml.empty("w:br")
                xml.end()
            }
        }
    }

    /// A run whose text keeps its spaces; tabs become `w:tab`.
    func run(_ text: String, style: String?, scale: Int = 100) {
        xml.start("w:r")
        if style != nil || scale != 100 {
            xml.start("w:rPr")
            if let style { xml.empty("w:rStyle", ["w:val": style]) }
            if scale != 100 { xml.empty("w:w", ["w:val": String(scale)]) }
            xml.end()
        }
        for (index, piece) in text.pieces(separatedBy: "\t").enumerated() {
            if index > 0 { xml.empty("w:tab") }
            guard !piece.isEmpty else { continue }
            xml.start("w:t")
            xml.attribute("xml:space", "preserve")
            xml.text(String(piece))
            xml.end()
        }
        xml.end()
    }

    /// The closing lines around the last signature or date: the 附件说明 and roster lines before it,
    /// the roster lines and 版记 right after it. Nil without a signature or date, or when nothing
    /// stands before them. An attachment's pages may follow (a 催办通知's 反馈表).
    static func closingRange(_ blocks: [Block]) -> Range<Int>? {
        func signs(_ block: Block) -> Bool {
            if case .paragraph(let paragraph) = block { return paragraph.role == .signature || paragraph.role == .date }
            return false
        }
        guard let last = blocks.lastIndex(where: signs) else { return nil }
        var end = last + 1
        while end < blocks.count {
            switch blocks[end] {
            case .roster, .colophon: end += 1
            default: return start(of: last, in: blocks, signs).map { $0..<end }
            }
        }
        return start(of: last, in: blocks, signs).map { $0..<end }
    }

    private static func start(of last: Int, in blocks: [Block], _ signs: (Block) -> Bool) -> Int? {
        var start = last
        while start > 0 {
            switch blocks[start - 1] {
            // 附件说明 stands between the body and the signature (§7.3.4): it goes with the closing lines.
            case .roster, .colophon, .attachment: start -= 1
            case let block where signs(block): start -= 1
            default: return start
            }
        }
        return nil
    }

    /// Whether a block's first paragraph can carry `w:pageBreakBefore` (a list's would give each item
    /// the break; a table's first cell ignores it).
    static func startsWithParagraph(_ block: Block) -> Bool {
        switch block {
        case .mark, .number, .title, .heading, .paragraph, .field, .roster, .attachment: return true
        case .redRule, .colophon, .list, .table, .chart, .pageBreak: return false
        }
    }
}
