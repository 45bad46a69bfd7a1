/// Writes the 版记 (GB/T 9704 §7.4): a table of one column across the text width, floating at the
/// foot of the text area of the page it ends on — the last page — with a heavier rule above and
/// below (0.35 mm) and thin rules between its lines (0.25 mm); 四号仿宋, one character in from each
/// side, the date of 印发 at the right end of its line.
///
/// Placed from the page's left edge rather than centred in the margins: LibreOffice lays a floating
/// table as wide as the text area, placed relative to the margins, into the text flow instead,
/// where it splits across pages (and it ignores `w:framePr` paragraphs altogether).
struct WordColophon {
    let lines: [ColophonLine]

    /// 0.35 mm and 0.25 mm in eighths of a point.
    static let heavyRule = "8"
    static let thinRule = "6"
    /// One 四号 character: the side margins of the lines.
    static let margin = PageGeometry.tableCharacter

    func write(to xml: XMLWriter, runs: ([Inline]) -> Void) {
        guard !lines.isEmpty else { return }
        let width = PageGeometry.textWidth
        xml.start("w:tbl")
        xml.start("w:tblPr")
        xml.empty("w:tblStyle", ["w:val": "TableNormal"])
        xml.empty(
            "w:tblpPr",
            [
                "w:leftFromText": "0", "w:rightFromText": "0", "w:topFromText": "0", "w:bottomFromText": "0",
                "w:vertAnchor": "margin", "w:horzAnchor": "page",
                // Word and LibreOffice place a table's first cell text, not its border, at the
                // position: the border hangs out by the cell margin, so the table is moved in by it
                // to line its rules up with the text block.
                "w:tblpX": String(PageGeometry.left + Self.margin),
                "w:tblpYSpec": "bottom",
            ])
        xml.empty("w:tblOverlap", ["w:val": "never"])
        xml.empty("w:tblW", ["w:w": String(width), "w:type": "dxa"])
        xml.start("w:tblBorders")
        xml.empty("w:top", ["w:val": "single", "w:sz": Self.heavyRule, "w:space": "0", "w:color": "000000"])
        xml.empty("w:left", ["w:val": "nil"])
        xml.empty("w:bottom", ["w:val": "single", "w:sz": Self.heavyRule, "w:space": "0", "w:color": "000000"])
        xml.empty("w:right", ["w:val": "nil"])
        xml.empty("w:insideH", ["w:val": "single", "w:sz": Self.thinRule, "w:space": "0", "w:color": "000000"])
        xml.empty("w:insideV", ["w:val": "nil"])
        xml.end()
        xml.empty("w:tblLayout", ["w:type": "fixed"])
        xml.start("w:tblCellMar")
        xml.empty("w:left", ["w:w": String(Self.margin), "w:type": "dxa"])
        xml.empty("w:right", ["w:w": String(Self.margin), "w:type": "dxa"])
        xml.end()
        xml.end()
        xml.start("w:tblGrid")
        xml.empty("w:gridCol", ["w:w": String(width)])
        xml.end()
        for line in lines {
            xml.start("w:tr")
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            xml.end()
            xml.start("w:tc")
            xml.start("w:tcPr")
            xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
            xml.end()
            xml.start("w:p")
            xml.start("w:pPr")
            xml.empty("w:pStyle", ["w:val": "Colophon"])
            if !line.end.isEmpty {
                xml.start("w:tabs")
                xml.empty("w:tab", ["w:val": "right", "w:pos": String(width - 2 * Self.margin)])
                xml.end()
            }
            if line.label != nil {
                // Wrapped names align after 抄送：.
                xml.empty(
                    "w:ind",
                    ["w:left": String(3 * Self.margin), "w:hanging": String(3 * Self.margin), "w:firstLineChars": "0"])
            }
            xml.end()
            var content: [Inline] = line.label.map { [.text($0 + "：")] } ?? []
            content += line.content
            if !line.end.isEmpty { content += [.text("\t")] + line.end }
            runs(content)
            xml.end()
            xml.end()
            xml.end()
        }
        xml.end()
        // A table cannot end a document body: a paragraph of the smallest size follows it.
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": "ColophonAnchor"])
        xml.end()
        xml.end()
    }
}
