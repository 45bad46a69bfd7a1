import Foundation

/// Writes a document as one self-contained HTML page: CSS inline, no script, no network, all text escaped.
public struct HTMLWriter: Sendable {
    /// Markup added before `</body>`, such as the preview server's reload script; empty for files.
    public var bodyEnd: String

    /// Creates the writer.
    public init(bodyEnd: String = "") {
        self.bodyEnd = bodyEnd
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// The page's HTML text.
    /// `layout` is the document's page decisions, made once for every writer (`DocumentLayout`).
    public func write(_ document: Document, layout: DocumentLayout? = nil) -> String {
        var visitor = Visitor(layout: layout ?? DocumentLayout(document))
        for (index, block) in document.blocks.enumerated() {
            let next = index + 1 < document.blocks.count ? document.blocks[index + 1] : nil
            if visitor.keepingClosing, !Self.isClosing(block) {
                visitor.output += "</div>\n"
                visitor.keepingClosing = false
            }
            visitor.signatureFollows = next.map(Self.isClosing) ?? false
            visitor.visit([block])
        }
        if visitor.keepingClosing { visitor.output += "</div>\n" }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(document.title))</title>
            <style>
            \(BuiltInFiles.text("html/page.css"))</style>
            </head>
            <body>
            \(visitor.output)\(bodyEnd)</body>
            </html>

            """
    }

    /// The signature or the date, or a line of 附件说明 before them.
    static func isClosing(_ block: Block) -> Bool {
        if case .attachment = block { return true }
        guard case .paragraph(let paragraph) = block else { return false }
        return paragraph.role == .signature || paragraph.role == .date
    }

    private struct Visitor: BlockVisitor {
        let layout: DocumentLayout
        var output = ""
        /// Whether the block being visited is followed by the signature.
        var signatureFollows = false
        /// Whether a `closing` box holding a table's last row is open, for the signature and date.
        var keepingClosing = false

        mutating func element(_ name: String, class className: String? = nil, _ content: [Inline]) {
            output += "<\(name)" + (className.map { " class=\"\($0)\"" } ?? "") + ">"
            output += HTMLText.inlines(content) + "</\(name)>\n"
        }

        mutating func visitMark(_ content: [Inline]) {
            // Too long for one line: the same horizontal scale as Word's, the text centred in a box as
            // much wider as the scale makes it narrower.
            let scale = MarkFit.scale(content)
            guard scale < 100 else { return element("p", class: "mark", content) }
            let factor = Double(scale) / 100
            output += "<p class=\"mark condensed\" style=\"width:\(String(format: "%.2f", 100 / factor))%;"
            output += "transform:scaleX(\(String(format: "%.2f", factor)))\">"
            output += HTMLText.inlines(content) + "</p>\n"
        }
        mutating func visitNumber(_ content: [Inline]) { element("p", class: "number", content) }
        mutating func visitRedRule() { output += "<hr class=\"rule\">\n" }
        mutating func visitTitle(_ content: [Inline]) { element("h1", TitleLines.broken(content)) }
        mutating func visitHeading(_ heading: Heading) { element("h\(heading.level + 1)", heading.numberedContent) }
        mutating func visitParagraph(_ paragraph: Paragraph) {
            // The signature and date stand where Word puts them (`ClosingIndents`, in characters: em).
            let indent: Double? =
                switch paragraph.role {
                case .signature: layout.closing?.signature
                case .date: layout.closing?.date
                default: nil
                }
            guard let indent else {
                element("p", class: paragraph.role == .body ? nil : paragraph.role.rawValue, paragraph.content)
                return
            }
            output +=
                "<p class=\"\(paragraph.role.rawValue)\" style=\"padding-right:\(String(format: "%.2f", indent))em\">"
            output += HTMLText.inlines(paragraph.content) + "</p>\n"
        }
        mutating func visitField(label: String, content: [Inline]) {
            if ["出席", "列席", "请假"].contains(label) {
                names("field", label: label, content: content)
            } else {
                labelled("field", label: label, content: content)
            }
        }
        mutating func visitRoster(label: String, content: [Inline]) { names("roster", label: label, content: content) }
        /// A list of people, each name (or group) whole on its line: a line may break only after 、.
        mutating func names(_ className: String, label: String, content: [Inline]) {
            output += "<p class=\"\(className)\"><span class=\"label\">\(HTMLText.escape(label))：</span>"
            output +=
                content.map { inline -> String in
                    guard case .text(let text) = inline else { return HTMLText.inlines([inline]) }
                    return text.split(separator: "、", omittingEmptySubsequences: false).map {
                        "<span class=\"name\">" + HTMLText.escape(String($0)) + "</span>"
                    }.joined(separator: "、")
                }.joined() + "</p>\n"
        }
        mutating func visitAttachment(_ attachment: Attachment) {
            let shape = attachment.number == nil ? "single" : attachment.label == nil ? "more" : "first"
            output += "<p class=\"attachment \(shape)\">"
            // 附件 is set in the body face, not as a bold label.
            if let label = attachment.label { output += HTMLText.escape(label) + "：" }
            if let number = attachment.number { output += "<span class=\"number\">\(HTMLText.escape(number)).</span>" }
            output += HTMLText.inlines(attachment.content) + "</p>\n"
        }
        mutating func visitColophon(_ lines: [ColophonLine]) {
            output += "<div class=\"colophon\">\n"
            for line in lines {
                output += line.label == nil ? "<p>" : "<p class=\"labelled\">"
                if let label = line.label { output += HTMLText.escape(label) + "：" }
                output += HTMLText.inlines(line.content)
                if !line.end.isEmpty { output += "<span class=\"end\">" + HTMLText.inlines(line.end) + "</span>" }
                output += "</p>\n"
            }
            output += "</div>\n"
        }
        mutating func labelled(_ className: String, label: String, content: [Inline]) {
            output += "<p class=\"\(className)\"><span class=\"label\">\(HTMLText.escape(label))：</span>"
            output += HTMLText.inlines(content) + "</p>\n"
        }
        mutating func visitList(_ items: [[Inline]]) {
            for (index, item) in items.enumerated() {
                element("p", class: "item", [.text(Block.itemNumber(index))] + item)
            }
        }
        mutating func visitTable(_ table: Table) {
            // The same columns as Word's, so the preview shows the table that prints.
            let layout = layout.tableLayout(table)
            let table = layout.table
            let small = layout.textSize == .xiaoSi ? "small" : nil
            let colgroup =
                layout.widths.isEmpty
                ? ""
                : "<colgroup>"
                    + layout.percentages.map { "<col style=\"width:\(String(format: "%.2f", $0))%\">" }.joined()
                    + "</colgroup>\n"
            // Chromium keeps no table row with the paragraph after the table, as Word's keepNext on the
            // last row does: the last row goes into a table of its own, in one box with the signature
            // and date, and that box never breaks. A table of one row kept whole goes in the box itself.
            let grid = table.grid(table.body)
            let split =
                signatureFollows && grid.count > 1 && table.body.allSatisfy { $0.allSatisfy { $0.rowSpan == 1 } }
            if signatureFollows, grid.count == 1, layout.keepsRowTogether.first == true {
                output += "<div class=\"closing\">\n"
                keepingClosing = true
            }
            func open(_ classes: [String?]) -> String {
                let names = classes.compactMap { $0 }
                return names.isEmpty ? "<table>\n" : "<table class=\"\(names.joined(separator: " "))\">\n"
            }
            output += open([split ? "before-closing" : nil, small])
            output += colgroup
            for (section, cellName, rows) in [("thead", "th", table.header), ("tbody", "td", table.body)]
            where !rows.isEmpty {
                output += "<\(section)>\n"
                for (rowIndex, row) in table.grid(rows).enumerated() {
                    if split, section == "tbody", rowIndex == grid.count - 1 {
                        output += "</tbody>\n</table>\n<div class=\"closing\">\n"
                        output += open(["last-row", small]) + colgroup + "<tbody>\n"
                        keepingClosing = true
                    }
                    // A short row stays on one page (the same rows as Word's cantSplit).
                    let keep =
                        section == "tbody" && rowIndex < layout.keepsRowTogether.count
                        && layout.keepsRowTogether[rowIndex]
                    output += keep ? "<tr class=\"keep\">" : "<tr>"
                    // By grid column, so a cell merged down from the row above keeps the columns right.
                    for (column, slot) in row.enumerated() {
                        guard case .start(let cell) = slot else { continue }
                        output += "<\(cellName)"
                        if cellName == "td", column < layout.centred.count, layout.centred[column] {
                            output += " class=\"center\""
                        }
                        if cell.columnSpan > 1 { output += " colspan=\"\(cell.columnSpan)\"" }
                        if cell.rowSpan > 1 { output += " rowspan=\"\(cell.rowSpan)\"" }
                        output += ">" + HTMLText.inlines(cell.content) + "</\(cellName)>"
                    }
                    output += "</tr>\n"
                }
                output += "</\(section)>\n"
            }
            output += "</table>\n"
        }
        mutating func visitChart(_ chart: Chart) { output += SVGChart.svg(chart) }
        mutating func visitPageBreak() { output += "<hr class=\"page-break\">\n" }
    }
}

/// Escaping of user text for HTML.
enum HTMLText {
    /// Escapes `&`, `<`, `>` and `"` (and `'` as `&#39;` when asked, as Mustache does).
    static func escape(_ text: String, apostrophe: Bool = false) -> String {
        // Scalars, not Characters: grapheme breaking of Chinese text was most of the cost; and
        // text without markup characters, nearly all of it, is returned untouched.
        guard
            text.containsByte(where: { (byte: UInt8) -> Bool in
                byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophe && byte == 0x27)
            })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where apostrophe: result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func inlines(_ content: [Inline]) -> String {
        var result = ""
        for inline in content {
            switch inline {
            case .text(let text): result += escape(text)
            case .strong(let children): result += "<strong>" + inlines(children) + "</strong>"
            case .emphasis(let children): result += "<em>" + inlines(children) + "</em>"
            case .lineBreak: result += "<br>"
            }
        }
        return result
    }
}
