/// Writes a table as `TableLayout` laid it out: columns sized to their content across the text
/// area, short rows kept whole and taller ones split under a repeated header, merged cells.
struct WordTable: Sendable {
    let layout: TableLayout
    /// Keeps the last row on the page of the paragraph after the table (the signature).
    var keepsWithNext = false
    /// From how many body rows the table is written in slices on every core.
    var rowsSliced = TableLayout.rowsMeasuredInSlices

    /// Writes the table into `body`, whose paragraphs its cells are.
    func write(in body: WordBody) {
        let xml = body.xml
        let table = layout.table
        let widths = layout.widths
        guard !widths.isEmpty else { return }
        xml.start("w:tbl")
        xml.start("w:tblPr")
        xml.empty("w:tblStyle", ["w:val": "TableGrid"])
        xml.empty("w:tblW", ["w:w": String(PageGeometry.textWidth), "w:type": "dxa"])
        xml.empty("w:jc", ["w:val": "center"])
        xml.empty("w:tblLayout", ["w:type": "fixed"])
        xml.start("w:tblCellMar")
        xml.empty("w:left", ["w:w": String(PageGeometry.cellMargin), "w:type": "dxa"])
        xml.empty("w:right", ["w:w": String(PageGeometry.cellMargin), "w:type": "dxa"])
        xml.end()
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
        let header = table.grid(table.header)
        let rows = table.grid(table.body)
        for row in header {
            writeRow(row, isHeader: true, keepsTogether: true, keepsWithNext: false, in: body)
        }
        // A month's table of thousands of rows is written on every core, in slices whose
        // fragments join in order: it was most of the last second of a summary, on one core.
        guard rows.count >= rowsSliced else {
            writeBody(rows, 0..<rows.count, in: body)
            xml.end()
            return
        }
        let settings = body.cellSettings
        let fragments = RowSlices.map(rows.count) { slice in
            let part = WordBody(cells: settings)
            writeBody(rows, slice, in: part)
            return part.xml.fragment()
        }
        for fragment in fragments { xml.append(fragment) }
        xml.end()
    }

    /// Writes the body rows at `indices` of `rows`.
    private func writeBody(_ rows: [[GridSlot]], _ indices: Range<Int>, in body: WordBody) {
        for index in indices {
            // Word keeps the last row with the signature by its keepNext; LibreOffice reads a table's
            // "keep with next paragraph" from its first body row's, so that row carries it too (in
            // Word it only keeps the first two rows together).
            let last = index == rows.count - 1
            let together = index < layout.keepsRowTogether.count && layout.keepsRowTogether[index]
            writeRow(
                rows[index], isHeader: false, keepsTogether: together,
                keepsWithNext: keepsWithNext && (last || index == 0), in: body)
        }
    }

    private func writeRow(
        _ slots: [GridSlot], isHeader: Bool, keepsTogether: Bool, keepsWithNext: Bool, in body: WordBody
    ) {
        let xml = body.xml
        let widths = layout.widths
        xml.start("w:tr")
        if isHeader || keepsTogether {
            // The header row repeats on every page and never splits; a short body row stays whole
            // (split, it would leave a fragment on a page), a tall one may split, so that it does
            // not leave half a page empty.
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            if isHeader { xml.empty("w:tblHeader") }
            xml.end()
        }
        let small = layout.textSize == .xiaoSi ? "Small" : ""
        let style = (isHeader ? "TableHeading" : "TableText") + small
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
                let centred = !isHeader && column < layout.centred.count && layout.centred[column]
                body.paragraph(style, slotContent(slot), keepsWithNext: keepsWithNext, centred: centred)
                xml.end()
            case .empty:
                xml.start("w:tc")
                xml.start("w:tcPr")
                xml.empty("w:tcW", ["w:w": String(widths[column]), "w:type": "dxa"])
                xml.end()
                body.paragraph(style, [], keepsWithNext: keepsWithNext)
                xml.end()
            }
        }
        xml.end()
    }

    private func slotContent(_ slot: GridSlot) -> [Inline] {
        if case .start(let cell) = slot { cell.content } else { [] }
    }
}
