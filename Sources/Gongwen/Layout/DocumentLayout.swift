/// The page decisions of one document, made once and read by every writer: each table's columns,
/// lines and rows, with one date form and one text size for all the document's tables (a summary
/// never prints 2026年11月20日 in one table and 2026.11.20 in the next).
public struct DocumentLayout: Sendable {
    /// In the document's order. Looked up by equality, not hashed: a writer's table is the
    /// document's own (the same storage, so equal at once), and hashing a summary's table of
    /// thousands of rows cost more than laying it out.
    private let tables: [(table: Table, layout: TableLayout)]
    /// Where the signature and date stand, the same in Word and HTML.
    public let closing: ClosingIndents?

    /// Lays out every table of `document`.
    public init(_ document: Document) {
        let found = document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table } else { return nil }
        }
        var layouts = found.map { TableLayout($0) }
        let shortDates = layouts.contains(where: \.shortDates)
        let size: TableTextSize = layouts.contains { $0.textSize == .xiaoSi } ? .xiaoSi : .siHao
        // Only the tables the document-wide choice changes are laid out again.
        for index in layouts.indices where layouts[index].shortDates != shortDates || layouts[index].textSize != size {
            layouts[index] = TableLayout(
                found[index], shortDates: shortDates, textSize: size == .xiaoSi ? .xiaoSi : nil)
        }
        tables = Array(zip(found, layouts))
        closing = ClosingIndents(document.blocks)
    }

    /// The layout of one of the document's tables (a table it does not hold is laid out alone).
    public func tableLayout(_ table: Table) -> TableLayout {
        tables.first { $0.table == table }?.layout ?? TableLayout(table)
    }
}
