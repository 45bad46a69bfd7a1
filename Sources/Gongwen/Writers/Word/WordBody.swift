/// Writes `word/document.xml`: each block as paragraphs that name their style, then the section.
struct WordBody: BlockVisitor {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    let xml = XMLWriter()
    /// Right indents (twips) for the signature and date, worked out together as the standard places them.
    private let closingIndents: (signature: Int, date: Int)?

    static func write(_ document: Document, section: WordSection = WordSection()) throws(XMLProblem) -> [UInt8] {
        var body = WordBody(closingIndents: Self.closingIndents(document.blocks))
        body.xml.start("w:document")
        body.xml.attribute("xmlns:w", wordNamespace)
        body.xml.attribute("xmlns:r", relationshipNamespace)
        body.xml.start("w:body")
        body.visit(document.blocks)
        section.write(to: body.xml)
        body.xml.end()
        body.xml.end()
        return try body.xml.finish()
    }

    // MARK: Blocks

    mutating func visitMark(_ content: [Inline]) { paragraph("Mark", content) }
    mutating func visitNumber(_ content: [Inline]) { paragraph("DocumentNumber", content) }
    mutating func visitRedRule() { paragraph("RedRule", []) }
    mutating func visitTitle(_ content: [Inline]) { paragraph("Title", content) }
    mutating func visitHeading(_ heading: Heading) {
        paragraph("Heading\(heading.level)", heading.numberedContent)
    }
    mutating func visitParagraph(_ paragraph: Paragraph) {
        switch paragraph.role {
        case .body: self.paragraph("Normal", paragraph.content)
        case .plain: self.paragraph("Plain", paragraph.content)
        case .center: self.paragraph("Centered", paragraph.content)
        case .signature: self.paragraph("Signature", paragraph.content, rightIndent: closingIndents?.signature)
        case .date: self.paragraph("Date", paragraph.content, rightIndent: closingIndents?.date)
        }
    }
    mutating func visitField(label: String, content: [Inline]) {
        xml.start("w:p")
        paragraphProperties("Field")
        run(label + "：", style: "FieldLabel")
        runs(content, style: nil)
        xml.end()
    }
    mutating func visitList(_ items: [[Inline]]) {
        for (index, item) in items.enumerated() {
            paragraph("Normal", [.text(Block.itemNumber(index))] + item)
        }
    }
    mutating func visitTable(_ table: Table) {
        WordTable(table: table).write(to: xml) { content, style in
            self.paragraph(style, content)
        }
    }
    mutating func visitPageBreak() {
        xml.start("w:p")
        xml.start("w:r")
        xml.empty("w:br", ["w:type": "page"])
        xml.end()
        xml.end()
    }

    // MARK: Paragraphs and runs

    func paragraph(_ style: String, _ content: [Inline], rightIndent: Int? = nil) {
        xml.start("w:p")
        paragraphProperties(style, rightIndent: rightIndent)
        runs(content, style: nil)
        xml.end()
    }

    private func paragraphProperties(_ style: String, rightIndent: Int? = nil) {
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": style])
        if let rightIndent {
            xml.empty("w:ind", ["w:right": String(rightIndent), "w:rightChars": "0"])
        }
        xml.end()
    }

    private func runs(_ content: [Inline], style: String?) {
        for inline in content {
            switch inline {
            case .text(let text): run(text, style: style)
            case .strong(let children): runs(children, style: "Strong")
            case .emphasis(let children): runs(children, style: "Emphasis")
            case .lineBreak:
                xml.start("w:r")
                xml.empty("w:br")
                xml.end()
            }
        }
    }

    /// A run whose text keeps its spaces; tabs become `w:tab`.
    private func run(_ text: String, style: String?) {
        xml.start("w:r")
        if let style {
            xml.start("w:rPr")
            xml.empty("w:rStyle", ["w:val": style])
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

    /// GB/T 9704 §7.3.5.2: the signature sits two characters from the right and the date's first
    /// character two characters right of the signature's; when the date is the longer, the date
    /// ends two characters from the right and the signature moves left.
    static func closingIndents(_ blocks: [Block]) -> (signature: Int, date: Int)? {
        var signature: [Inline]?
        var date: [Inline]?
        for block in blocks {
            if case .paragraph(let paragraph) = block {
                if paragraph.role == .signature { signature = paragraph.content }
                if paragraph.role == .date { date = paragraph.content }
            }
        }
        guard let signature, let date else { return nil }
        let signatureWidth = width(signature.plainText)
        let dateWidth = width(date.plainText)
        let character = Double(WordPage.character)
        if signatureWidth - 2 >= dateWidth {
            // The signature is long: it keeps two characters; the date starts two in from it.
            let dateIndent = 2 + signatureWidth - 2 - dateWidth
            return (2 * WordPage.character, Int((dateIndent * character).rounded()))
        }
        let signatureIndent = 2 + dateWidth + 2 - signatureWidth
        return (Int((signatureIndent * character).rounded()), 2 * WordPage.character)
    }

    /// Width in characters: ASCII (digits in dates) counts half.
    static func width(_ text: String) -> Double {
        text.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }
}
