/// A table: relative column widths, header rows that repeat on each page, and body rows.
public struct Table: Hashable, Sendable {
    /// Relative widths of the columns (from `<col width>`), or empty to share the width evenly.
    public var columnWidths: [Int]
    /// Rows repeated at the top of each page.
    public var header: [[TableCell]]
    /// The body rows.
    public var body: [[TableCell]]

    /// Creates a table.
    public init(columnWidths: [Int] = [], header: [[TableCell]] = [], body: [[TableCell]]) {
        self.columnWidths = columnWidths
        self.header = header
        self.body = body
    }

    /// The number of grid columns, counting spans.
    public var columnCount: Int {
        let widest = (header + body).map { $0.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
        return max(widest, columnWidths.count)
    }

    /// The grid, row by row: each slot holds the cell that starts there, or says which cell covers it.
    public func grid(_ rows: [[TableCell]]) -> [[GridSlot]] {
        let columns = columnCount
        var covered: [Int: (remaining: Int, cell: TableCell)] = [:]
        var result: [[GridSlot]] = []
        for row in rows {
            var slots: [GridSlot] = []
            var cells = row[...]
            var column = 0
            while column < columns {
                if let cover = covered[column], cover.remaining > 0 {
                    covered[column] = cover.remaining == 1 ? nil : (cover.remaining - 1, cover.cell)
                    slots.append(.continued(cover.cell))
                    column += 1
                    for _ in 1..<cover.cell.columnSpan where column < columns {
                        slots.append(.spanned)
                        column += 1
                    }
                    continue
                }
                guard let cell = cells.popFirst() else {
                    slots.append(.empty)
                    column += 1
                    continue
                }
                slots.append(.start(cell))
                if cell.rowSpan > 1 { covered[column] = (cell.rowSpan - 1, cell) }
                column += 1
                for _ in 1..<max(1, cell.columnSpan) where column < columns {
                    slots.append(.spanned)
                    column += 1
                }
            }
            result.append(slots)
        }
        return result
    }
}

/// What stands at one place of a table's grid.
public enum GridSlot: Hashable, Sendable {
    /// A cell starts here.
    case start(TableCell)
    /// Covered by the cell to the left (column span).
    case spanned
    /// Covered by the cell above (row span); the cell is repeated for writers that cannot merge.
    case continued(TableCell)
    /// No cell was given for this place.
    case empty
}

/// A table cell.
public struct TableCell: Hashable, Sendable {
    /// The cell's text.
    public var content: [Inline]
    /// Columns it covers.
    public var columnSpan: Int
    /// Rows it covers.
    public var rowSpan: Int

    /// Creates a cell.
    public init(_ content: [Inline], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.content = content
        self.columnSpan = max(1, columnSpan)
        self.rowSpan = max(1, rowSpan)
    }
}
