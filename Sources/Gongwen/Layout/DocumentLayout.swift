/// The page decisions of one document, made once and read by every writer: each table's columns,
/// lines and rows, with one date form and one text size for all the document's tables (a summary
/// never prints 2026年11月20日 in one table and 2026.11.20 in the next).
public struct DocumentLayout: Sendable {
    private let tables: [Table: TableLayout]
    /// Where the signature and date stand, the same in Word and HTML.
    public let closing: ClosingIndents?

    /// Lays out every table of `document`.
    public init(_ document: Document) {
        let found = document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table } else { return nil }
        }
        var layouts = found.map { TableLayout($0) }
        let shortDates = layouts.contains(where: \.shortDates)
        let size: TableTextSize? = layouts.contains { $0.textSize == .xiaoSi } ? .xiaoSi : nil
        if shortDates || size != nil {
            layouts = found.map { TableLayout($0, shortDates: shortDates, textSize: size) }
        }
        tables = Dictionary(zip(found, layouts), uniquingKeysWith: { first, _ in first })
        closing = ClosingIndents(document.blocks)
    }

    /// The layout of one of the document's tables (a table it does not hold is laid out alone).
    public func tableLayout(_ table: Table) -> TableLayout {
        tables[table] ?? TableLayout(table)
    }
}
