import Foundation
import Synchronization

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
        let first = Self.laidOut(found, at: Array(found.indices)) { _ in (false, nil, nil) }
        let shortDates = first.values.contains(where: \.layout.shortDates)
        let size: TableTextSize = first.values.contains { $0.layout.textSize == .xiaoSi } ? .xiaoSi : .siHao
        // Only the tables the document-wide choice changes are laid out again, taking over the
        // measures of every column but their dates.
        let again = found.indices.filter {
            first[$0]!.layout.shortDates != shortDates || first[$0]!.layout.textSize != size
        }
        let second = Self.laidOut(found, at: again) { index in
            (shortDates, size == .xiaoSi ? .xiaoSi : nil, first[index]!.measured)
        }
        tables = found.indices.map { (found[$0], (second[$0] ?? first[$0]!).layout) }
        closing = ClosingIndents(document.blocks)
    }

    /// The tables at `indices` laid out as `settings` says for each (dates short, text size, the
    /// measures taken earlier); by index. A table of thousands of rows is measured and broken in
    /// slices on every core (`TableLayout`), so such tables are laid out in turn: run inside
    /// another concurrentPerform, libdispatch gives a nested one fewer threads (on two cores, one),
    /// and the longest table was left to a single core. Shorter tables that add up to thousands of
    /// rows are laid out side by side; a meeting's few short ones in turn, as its documents are
    /// already written on every core.
    private static func laidOut(
        _ tables: [Table], at indices: [Int],
        settings: @Sendable (Int) -> (shortDates: Bool, size: TableTextSize?, earlier: TableLayout.Measured?)
    ) -> [Int: (layout: TableLayout, measured: TableLayout.Measured?)] {
        @Sendable func laidOut(_ index: Int) -> (layout: TableLayout, measured: TableLayout.Measured?) {
            let (shortDates, size, earlier) = settings(index)
            var measured: TableLayout.Measured?
            let layout = TableLayout(
                tables[index], width: PageGeometry.textWidth, shortDates: shortDates, textSize: size,
                reusing: earlier, measured: &measured)
            return (layout, measured)
        }
        let isSliced = { tables[$0].body.count >= TableLayout.rowsMeasuredInSlices }
        var results = Dictionary(uniqueKeysWithValues: indices.filter(isSliced).map { ($0, laidOut($0)) })
        let whole = indices.filter { !isSliced($0) }
        let rows = whole.reduce(0) { $0 + tables[$1].body.count }
        guard whole.count > 1, rows >= TableLayout.rowsMeasuredInSlices else {
            for index in whole { results[index] = laidOut(index) }
            return results
        }
        let sideBySide = Mutex([Int: (layout: TableLayout, measured: TableLayout.Measured?)]())
        DispatchQueue.concurrentPerform(iterations: whole.count) { position in
            let result = laidOut(whole[position])
            sideBySide.withLock { $0[whole[position]] = result }
        }
        return results.merging(sideBySide.withLock { $0 }) { $1 }
    }

    /// The layout of one of the document's tables (a table it does not hold is laid out alone).
    public func tableLayout(_ table: Table) -> TableLayout {
        tables.first { $0.table == table }?.layout ?? TableLayout(table)
    }
}
