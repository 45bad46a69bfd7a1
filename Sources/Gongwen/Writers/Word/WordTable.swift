/// Writes a table: fixed grid across the text area, repeated header rows, merged cells.
struct WordTable {
    let table: Table

    /// Column widths in twips, from the relative widths or shared evenly.
    var columnWidths: [Int] {
        let count = table.columnCount
        guard count > 0 else { return [] }
        var weights = table.columnWidths.prefix(count).map { max(1, $0) }
        while weights.count < count { weights.append(weights.isEmpty ? 1 : weights.reduce(0, +) / weights.count) }
        let total = weights.reduce(0, +)
        var widths = weights.map { WordPage.textWidth * $0 / total }
        widths[widths.count - 1] += WordPage.textWidth - widths.reduce(0, +)
        return widths
    }

    func write(to xml: XMLWriter, paragraph: ([Inline], String) -> Void) {
        let widths = columnWidths
        guard !widths.isEmpty else { return }
        xml.start("w:tbl")
        xml.start("w:tblPr")
        xml.empty("w:tblStyle", ["w:val": "TableGrid"])
        xml.empty("w:tblW", ["w:w": String(WordPage.textWidth), "w:type": "dxa"])
        xml.empty("w:jc", ["w:val": "center"])
        xml.empty("w:tblLayout", ["w:type": "fixed"])
        xml.empty(
            "w:tblLook",
            [
                "w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1",
            ])
        xml.end()
        xml.start("w:tblGrid")
        for width in widths { xml.empty("w:gridCol", ["w:w": String(width)]) }
        xml.end()
        for (rows, isHeader) in [(table.header, true), (table.body, false)] {
            for row in table.grid(rows) {
                writeRow(row, widths: widths, isHeader: isHeader, xml: xml, paragraph: paragraph)
            }
        }
        xml.end()
    }

    private func writeRow(
        _ slots: [GridSlot], widths: [Int], isHeader: Bool, xml: XMLWriter, paragraph: ([Inline], String) -> Void
    ) {
        xml.start("w:tr")
        xml.start("w:trPr")
        xml.empty("w:cantSplit")
        if isHeader { xml.empty("w:tblHeader") }
        xml.end()
        let style = isHeader ? "TableHeading" : "TableText"
        for (column, slot) in slots.enumerated() {
            switch slot {
            case .spanned:
                continue
            case .start(let cell), .continued(let cell):
                let span = min(cell.columnSpan, widths.count - column)
                let width = widths[column..<(column + span)].reduce(0, +)
                xml.start("w:tc")
                xml.start("w:tcPr")
                xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                if span > 1 { xml.empty("w:gridSpan", ["w:val": String(span)]) }
                if cell.rowSpan > 1 {
                    if case .start = slot { xml.empty("w:vMerge", ["w:val": "restart"]) } else { xml.empty("w:vMerge") }
                }
                xml.empty("w:vAlign", ["w:val": "center"])
                xml.end()
                if case .start = slot { paragraph(cell.content, style) } else { paragraph([], style) }
                xml.end()
            case .empty:
                xml.start("w:tc")
                xml.start("w:tcPr")
                xml.empty("w:tcW", ["w:w": String(widths[column]), "w:type": "dxa"])
                xml.end()
                paragraph([], style)
                xml.end()
            }
        }
        xml.end()
    }
}
