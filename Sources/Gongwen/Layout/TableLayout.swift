import Foundation
import Synchronization

/// A table's column widths across the text width, worked out from its content the way a browser's
/// automatic table layout does it, so that Word and HTML draw the same table.
///
/// Each column has a least width — its longest piece that must not wrap — and a natural width — its
/// longest line. A piece that must not wrap is a header label, a short value (a name of up to four
/// characters, a number, a state), a date, a run of Latin letters and digits, or a word of a unit's
/// name (`CellLines`: 国土空间 | 规划处, never 国土空/间规划/处). The columns get their least widths;
/// the main column (任务内容) is never narrower than another and gets 40 % of the table when its text
/// clearly is the longest and the others can give it; what is left goes where it saves the most
/// lines of the table. When the main column is still short of that, dates written in full
/// (2026年12月31日) are written short (2026.12.31) and the widths worked out again. A column empty in every body row is left
/// out; the other columns' values are broken into lines between their words here, so that every
/// renderer shows the same lines; a row that fits on a page is kept on one page.
public struct TableLayout: Sendable {
    /// The table as it is drawn: full dates may be short, values broken into lines, empty columns gone.
    public let table: Table
    /// Each grid column's width in twips; they add up to the text width.
    public let widths: [Int]
    /// Whether each body row is kept whole on one page (short enough that splitting it would only
    /// leave a fragment); a taller row may split.
    public let keepsRowTogether: [Bool]
    /// Whether each column's values are centred (序号).
    public let centred: [Bool]
    /// Whether the dates were written short.
    public let shortDates: Bool
    /// The size of the table's text.
    public let textSize: TableTextSize

    /// Lays out `table` on the text width of GB/T 9704's page; `shortDates` writes its dates short
    /// whatever room it has.
    public init(_ table: Table, shortDates: Bool = false, textSize: TableTextSize? = nil) {
        self.init(table, width: PageGeometry.textWidth, shortDates: shortDates, textSize: textSize)
    }

    /// Lays out `table`; `shortDates` true writes its dates short whatever room it has, and a
    /// `textSize` sets its text in that size (a document uses one date form and one size in all its
    /// tables: `DocumentLayout`). Without one, the text is 四号, or 小四 where at 四号 the task
    /// would wrap in fewer than eight characters a line.
    init(_ table: Table, width: Int, shortDates forced: Bool, textSize given: TableTextSize? = nil) {
        var measured: Measured?
        self.init(table, width: width, shortDates: forced, textSize: given, reusing: nil, measured: &measured)
    }

    /// A table as it was measured (its empty columns gone, its dates perhaps short) and what its
    /// cells asked: what laying it out again, with other dates or another size, takes over.
    struct Measured: Sendable {
        var table: Table
        var needs: ColumnNeeds
    }

    /// Lays out `table` as `init(_:width:shortDates:textSize:)` does, taking over the measures
    /// of the columns `earlier` holds unchanged; `measured` is set to this layout's own (nil for
    /// a table that is not measured: no columns, or widths the template gives).
    init(
        _ table: Table, width: Int, shortDates forced: Bool, textSize given: TableTextSize?, reusing earlier: Measured?,
        measured: inout Measured?
    ) {
        let table = table.withoutEmptyColumns
        let columns = table.columnCount
        centred = Self.centredColumns(table)
        guard columns > 0 else {
            (self.table, widths, keepsRowTogether, shortDates, textSize) = (table, [], [], false, given ?? .siHao)
            return
        }
        if !table.columnWidths.isEmpty {
            // A template that gives its own widths keeps them.
            (self.table, widths, shortDates) = (
                forced ? table.withShortDates : table,
                Self.shared(width, weights: table.columnWidths, columns: columns),
                forced
            )
            keepsRowTogether = Array(repeating: false, count: table.body.count)
            textSize = given ?? .siHao
            return
        }
        var size = given ?? .siHao
        var laidOut = forced ? table.withShortDates : table
        var needs = Self.needs(laidOut, reusing: earlier.map { ($0.table, $0.needs) })
        var allocation = Self.allocate(needs, width: width, size: size)
        var shortened = forced
        if !forced, Self.squeezed(allocation, needs: needs, size: size), let compacted = table.shortDated {
            // Only the columns of dates changed: the others' measures are taken over.
            needs = Self.needs(compacted, reusing: (table, needs))
            laidOut = compacted
            shortened = true
            allocation = Self.allocate(needs, width: width, size: size)
        }
        if given == nil, Self.cramped(allocation, needs: needs) {
            size = .xiaoSi
            allocation = Self.allocate(needs, width: width, size: size)
        }
        textSize = size
        shortDates = shortened
        measured = Measured(table: laidOut, needs: needs)
        laidOut.header = Self.headerLines(laidOut, characters: allocation.characters)
        laidOut.body = Self.bodyLines(laidOut, characters: allocation.characters, prose: needs.prose)
        keepsRowTogether = Self.rowsKeptTogether(needs, characters: allocation.characters, size: size)
        (self.table, widths) = (laidOut, allocation.widths)
    }

    /// Each column's width as a share of the whole, for HTML's `<col>`.
    public var percentages: [Double] {
        let total = Double(widths.reduce(0, +))
        return widths.map { total > 0 ? Double($0) * 100 / total : 0 }
    }

    // MARK: Measuring

    /// What the table's cells ask of each column, in characters of table text.
    struct ColumnNeeds: Equatable, Sendable {
        var least: [Double]
        var natural: [Double]
        /// Each body row's cells by column: the widths of the pieces of each of its lines (a
        /// piece is what must not break: a word, a name, a date), or nil where no cell starts.
        var rows: [[[[Double]]?]] = []
        /// The column headed 任务内容, in a task table.
        var taskColumn: Int?
        /// Whether each column is running text (任务内容, 最新进展: sentences that wrap at any
        /// character), rather than values that break only between words (units, names, dates).
        var prose: [Bool] = []
        /// The longest run of Latin letters or digits in each column (`RowMeasures.unbreakable`).
        var unbreakable: [Double] = []

        /// The column the table is about: 任务内容 in a task table (even where a unit's name is
        /// longer than the task), else the column with the most text.
        var main: Int? { taskColumn ?? natural.indices.max { natural[$0] < natural[$1] } }

        /// Whether the main column's text is clearly the longest, half as long again as any other's:
        /// then it is owed 40 % of the table.
        var mainDominates: Bool {
            guard let main else { return false }
            return natural.indices.allSatisfy { $0 == main || natural[$0] * 1.5 <= natural[main] }
        }
    }

    /// Room a wrapping LibreOffice or Word needs beyond the measured text: kerning and rounding.
    static let slack = 0.3

    /// From how many body rows a table is measured in slices on every core.
    static let rowsMeasuredInSlices = 2048

    /// What `table`'s cells ask of each column. With `earlier`, a table of the same rows and
    /// columns measured before, a column whose every body cell is the same in both is taken over
    /// from its measures rather than measured again (the dates written short change one or two).
    static func needs(
        _ table: Table, reusing earlier: (table: Table, needs: ColumnNeeds)? = nil,
        slicedFrom rowsSliced: Int = rowsMeasuredInSlices
    ) -> ColumnNeeds {
        let columns = table.columnCount
        let bodyGrid = table.grid(table.body)
        var kept = [Bool](repeating: false, count: columns)
        if let earlier, earlier.table.columnCount == columns, earlier.table.header == table.header,
            case let earlierGrid = earlier.table.grid(earlier.table.body), earlierGrid.count == bodyGrid.count
        {
            kept = (0..<columns).map { column in
                zip(earlierGrid, bodyGrid).allSatisfy { $0[column] == $1[column] }
            }
        }
        let prose = (0..<columns).map { kept[$0] ? earlier!.needs.prose[$0] : isProse(bodyGrid, column: $0) }
        var header = RowMeasures(columns: columns)
        header.measure(table.grid(table.header)[...], isHeader: true, prose: prose)
        let taskColumn = header.taskColumn
        var body = RowMeasures(columns: columns, taskColumn: taskColumn)
        if let earlier, kept.contains(true) { body.taking(kept, from: earlier.needs) }
        // A month's summary is one table of thousands of rows, on the way to every format: its
        // rows are measured on every core, in slices whose results join in order.
        if bodyGrid.count >= rowsSliced {
            let kept = body.kept
            let parts = RowSlices.map(bodyGrid.count) { rows in
                var part = RowMeasures(columns: columns, taskColumn: taskColumn)
                part.kept = kept
                part.measure(bodyGrid[rows], isHeader: false, prose: prose)
                return part
            }
            for part in parts { body.join(part) }
        } else {
            body.measure(bodyGrid[...], isHeader: false, prose: prose)
        }
        body.join(header)
        var needs = ColumnNeeds(least: body.least, natural: body.natural)
        needs.rows = body.rows
        needs.taskColumn = taskColumn
        needs.prose = prose
        needs.unbreakable = body.unbreakable
        if let task = needs.taskColumn { needs.prose[task] = true }
        for column in 0..<columns where needs.prose[column] {
            // Running text may break at any character, but a column of two or three characters a
            // line reads as a list of fragments: it is never narrower than five, or its text.
            needs.least[column] = max(
                needs.least[column], body.unbreakable[column], min(needs.natural[column], 5 + slack))
        }
        return needs
    }

    /// What some rows of a table ask of its columns (`ColumnNeeds` before the columns of running text
    /// get their floor), so that slices of a long table can be measured apart and joined.
    struct RowMeasures {
        var least: [Double]
        var natural: [Double]
        /// The longest run of Latin letters or digits in each column: where running text may not break.
        var unbreakable: [Double]
        /// Body rows' pieces, as `ColumnNeeds.rows`.
        var rows: [[[[Double]]?]] = []
        var taskColumn: Int?
        /// A column names the same units row after row: their words are found once.
        private var wordWidths: [Substring: [Double]] = [:]
        /// Columns taken over from an earlier measure (`taking`), and their rows' pieces.
        var kept: (columns: [Bool], rows: [[[[Double]]?]])?

        init(columns: Int, taskColumn: Int? = nil) {
            least = Array(repeating: 1, count: columns)
            natural = Array(repeating: 1, count: columns)
            unbreakable = Array(repeating: 1, count: columns)
            self.taskColumn = taskColumn
        }

        /// Takes the `columns` marked from `earlier` instead of measuring them.
        mutating func taking(_ columns: [Bool], from earlier: ColumnNeeds) {
            kept = (columns, earlier.rows)
            for column in least.indices where columns[column] {
                least[column] = earlier.least[column]
                natural[column] = earlier.natural[column]
                unbreakable[column] = earlier.unbreakable[column]
            }
        }

        /// Takes in the widths `other` found; its rows come after these.
        mutating func join(_ other: RowMeasures) {
            for column in least.indices {
                least[column] = max(least[column], other.least[column])
                natural[column] = max(natural[column], other.natural[column])
                unbreakable[column] = max(unbreakable[column], other.unbreakable[column])
            }
            rows += other.rows
        }

        /// Measures `grid`'s rows after those measured so far; a header row also says which
        /// column is 任务内容.
        mutating func measure(_ grid: ArraySlice<[GridSlot]>, isHeader: Bool, prose: [Bool]) {
            let columns = least.count
            for (rowIndex, row) in zip(grid.indices, grid) {
                var pieces: [[[Double]]?] = Array(repeating: nil, count: columns)
                for (column, slot) in row.enumerated() {
                    if !isHeader, let kept, kept.columns[column] {
                        pieces[column] = kept.rows[rowIndex][column]
                        continue
                    }
                    guard case .start(let cell) = slot, cell.columnSpan == 1 else { continue }
                    if isHeader, cell.content.plainText.hasPrefix("任务内容") { taskColumn = column }
                    let lines = cell.content.plainText.split(separator: "\n", omittingEmptySubsequences: false)
                    var cellPieces: [[Double]] = []
                    for line in lines {
                        let natural = TextWidth.guarded(line) + slack
                        let least: Double
                        if isHeader {
                            // A label of four characters or more may stand on two lines (牵头/单位), as
                            // `headerSplit` breaks it.
                            let width = TextWidth.of(line)
                            if width >= 4 {
                                let split = headerSplit(String(line))
                                least =
                                    max(TextWidth.of(line.prefix(split)), TextWidth.of(line.dropFirst(split))) + slack
                            } else {
                                least = width + slack
                            }
                        } else if prose[column] || taskColumn == column {
                            unbreakable[column] = max(unbreakable[column], longestUnbreakable(line) + slack)
                            cellPieces.append(RunningText.pieceWidths(line))
                            least = 1
                        } else if keepsWhole(line) {
                            least = TextWidth.guarded(line) + slack
                            cellPieces.append([TextWidth.guarded(line)])
                        } else {
                            // No line breaks inside a word: the widest word (or Latin run) is the least.
                            let words =
                                wordWidths[line]
                                ?? {
                                    let widths = CellLines.pieces(String(line)).map { TextWidth.guarded($0) }
                                    wordWidths[line] = widths
                                    return widths
                                }()
                            cellPieces.append(words)
                            least = max(longestUnbreakable(line), words.max() ?? 0) + slack
                        }
                        self.natural[column] = max(self.natural[column], natural)
                        self.least[column] = max(self.least[column], least)
                    }
                    pieces[column] = cellPieces
                }
                if !isHeader { rows.append(pieces) }
            }
        }
    }

    /// Whether a column holds running text: the task's content, or any body cell with a sentence's
    /// punctuation (。，：；！？), as notes on progress have. A list of units is joined by 、.
    static func isProse(_ body: [[GridSlot]], column: Int) -> Bool {
        body.contains { row in
            guard column < row.count, case .start(let cell) = row[column], cell.columnSpan == 1 else { return false }
            return cell.content.plainText.unicodeScalars.contains { scalar in
                switch scalar {
                case "。", "，", "：", "；", "！", "？": true
                default: false
                }
            }
        }
    }

    /// A value that must stay on one line: up to four characters (a name, 序号, a state), a
    /// number, or a date.
    static func keepsWhole(_ line: Substring) -> Bool {
        TextWidth.of(line) <= 4 || ShortDate.isDate(line)
    }

    /// The widest run of Latin letters, digits and their punctuation: where no line may break.
    static func longestUnbreakable(_ line: Substring) -> Double {
        var longest = 1.0
        var run = 0.0
        for scalar in line.unicodeScalars {
            if scalar.isASCII && scalar != " " {
                run += 0.5
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        return longest
    }

    /// How many lines a cell takes at `width` characters: its pieces (the words of a value, the
    /// characters of running text with their 禁则, `RunningText`) packed line by line.
    static func lineCount(_ cell: [[Double]]?, width: Double) -> Int {
        guard let cell else { return 1 }
        let room = max(width - slack, 0.5)
        var count = 0
        for pieces in cell {
            var lines = 1
            var used = 0.0
            for piece in pieces {
                if used > 0, used + piece > room {
                    lines += 1
                    used = 0
                }
                if piece > room {
                    // A piece wider than the column wraps inside it, as the renderer must.
                    lines += Int((piece / room).rounded(.up)) - 1
                    used = piece.truncatingRemainder(dividingBy: room)
                } else {
                    used += piece
                }
            }
            count += lines
        }
        return max(count, 1)
    }

    // MARK: Sharing out the width

    struct Allocation {
        var widths: [Int]
        var characters: [Double]
    }

    /// Shares the text width out: every column its least width, the column with the most text (任务内容)
    /// up to 40 % of the room as far as the others' least widths leave it, then the rest to the
    /// columns where it saves the most lines of the table (the sum of its rows' heights), none
    /// growing wider than the main column, until no widening saves a line; what is still left goes
    /// where the text is.
    static func allocate(_ needs: ColumnNeeds, width: Int, size: TableTextSize) -> Allocation {
        let columns = needs.least.count
        let margins = 2 * PageGeometry.cellMargin * columns
        let room = Double(max(width - margins, columns)) / Double(size.character)
        let least = needs.least.reduce(0, +)
        var characters: [Double]
        if least > room {
            // Not even the least widths fit: every column gives up its share.
            characters = needs.least.map { $0 * room / least }
        } else {
            characters = needs.least
            let main = needs.main
            // The main column's 40 % comes first, as far as the others' least widths leave it (six
            // columns of names, units, dates and states may not), when its text is clearly the
            // longest; beside another as long (a list of partner units), the two share by lines.
            if let main {
                let left = room - (least - needs.least[main])
                let dominant = needs.mainDominates
                // Never narrower than another column's least width either: the task keeps the largest share.
                let widestOther = characters.indices.filter { $0 != main }.map { characters[$0] }.max() ?? 0
                let start = max(needs.least[main], dominant ? mainTarget(width, size: size) : widestOther)
                characters[main] = min(needs.natural[main], start, max(left, needs.least[main]))
            }
            // Each row's height, and each cell's line count, kept up to date column by column.
            var lines = needs.rows.map { row in
                row.indices.map { lineCount(row[$0], width: characters[$0]) }
            }
            // The table's height first; then, between equal heights, its cells' lines: two columns
            // of running text side by side set a row's height together, and neither alone saves a
            // line of it, yet each line it saves in its own cells is a step towards that.
            func cost(_ lines: [[Int]]) -> Int {
                lines.reduce(0) { $0 + ($1.max() ?? 1) * 1000 + $1.reduce(0, +) }
            }
            // Each round, the widening that saves the most lines per character: a column may need a
            // character or two more before any of its cells loses a line.
            let step = 0.5
            var remaining = room - characters.reduce(0, +)
            var current = cost(lines)
            while remaining >= step {
                var best: (column: Int, width: Double, height: Int, lines: [Int], gain: Double)?
                for column in characters.indices where characters[column] < needs.natural[column] {
                    var trialWidth = characters[column]
                    // No other column grows wider than the main one: the task keeps the largest share.
                    let cap =
                        main.map { column == $0 ? needs.natural[column] : min(needs.natural[column], characters[$0]) }
                        ?? needs.natural[column]
                    while trialWidth + step <= characters[column] + remaining + 1e-9, trialWidth < cap {
                        trialWidth = min(trialWidth + step, cap)
                        let counts = needs.rows.map {
                            lineCount($0[column], width: trialWidth)
                        }
                        var trial = lines
                        for row in trial.indices { trial[row][column] = counts[row] }
                        let tried = cost(trial)
                        guard tried < current else { continue }
                        let gain = Double(current - tried) / (trialWidth - characters[column])
                        if best == nil || gain > best!.gain + 1e-9 {
                            best = (column, trialWidth, tried, counts, gain)
                        }
                        break
                    }
                }
                guard let chosen = best else { break }
                characters[chosen.column] = chosen.width
                for row in lines.indices { lines[row][chosen.column] = chosen.lines[row] }
                current = chosen.height
                remaining = room - characters.reduce(0, +)
            }
            if remaining > 0 {
                // No widening saves a line: the spare room goes to the task column (or, when every
                // column has its text on one line, where the text is).
                if let main, characters[main] < needs.natural[main] {
                    characters[main] += remaining
                } else {
                    let natural = characters.reduce(0, +)
                    characters = characters.map { $0 + remaining * $0 / natural }
                }
            }
        }
        var widths = characters.map {
            Int(($0 * Double(size.character)).rounded(.down)) + 2 * PageGeometry.cellMargin
        }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return Allocation(widths: widths, characters: characters)
    }

    /// The least share of the room the column with the most text gets when it wants it.
    static let mainShare = 0.4

    /// 40 % of a table `width` twips wide, its cell margins included, in characters of table text.
    static func mainTarget(_ width: Int, size: TableTextSize) -> Double {
        (mainShare * Double(width) - Double(2 * PageGeometry.cellMargin)) / Double(size.character)
    }

    /// The main column (任务内容) must wrap and got less than it is owed: 40 % of the table when its
    /// text clearly is the longest, and in any case as much as the widest other column.
    static func squeezed(_ allocation: Allocation, needs: ColumnNeeds, size: TableTextSize) -> Bool {
        guard let main = needs.main, allocation.characters[main] < needs.natural[main] else { return false }
        let widestOther =
            allocation.characters.indices.filter { $0 != main }.map { allocation.characters[$0] }.max() ?? 0
        let width = allocation.widths.reduce(0, +)
        return allocation.characters[main] < widestOther - 0.01
            || (needs.mainDominates && allocation.characters[main] < mainTarget(width, size: size) - 0.01)
    }

    /// The task column wraps in fewer than eight characters a line: at 四号, six or seven columns
    /// of units, names, dates and partner lists can leave it three.
    static func cramped(_ allocation: Allocation, needs: ColumnNeeds) -> Bool {
        guard let main = needs.taskColumn, allocation.characters[main] < needs.natural[main] else { return false }
        return allocation.characters[main] < leastTaskCharacters
    }

    /// The fewest characters a line the task column has at 四号 before the table is set in 小四.
    static let leastTaskCharacters = 8.0

    /// The body cells of every column but running text (the main column too when it holds units,
    /// as in 各单位任务落实情况), broken into lines between their words
    /// where they do not fit (`CellLines`): Word, LibreOffice and Chromium then all show these
    /// lines, where each would otherwise break a unit's name at a different character.
    static func bodyLines(
        _ table: Table, characters: [Double], prose: [Bool], slicedFrom rowsSliced: Int = rowsMeasuredInSlices
    ) -> [[TableCell]] {
        let grid = table.grid(table.body)
        @Sendable func broken(_ rows: Range<Int>) -> ArraySlice<[TableCell]> {
            var body = table.body[rows]
            for rowIndex in rows {
                var cellIndex = 0
                for (column, slot) in grid[rowIndex].enumerated() {
                    guard case .start(let cell) = slot else { continue }
                    defer { cellIndex += 1 }
                    guard !prose[column], cell.columnSpan == 1, cell.content.count == 1,
                        case .text(let text) = cell.content[0],
                        let lines = CellLines.lines(text, width: characters[column])
                    else { continue }
                    body[rowIndex][cellIndex].content = Array(
                        lines.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))
                }
            }
            return body
        }
        // A month's table of thousands of rows is broken on every core, in slices as it was measured.
        guard grid.count >= rowsSliced else { return Array(broken(0..<grid.count)) }
        return Array(RowSlices.map(grid.count, broken).joined())
    }

    /// A row that fits on a page under the table's header is kept on one page: split, it would leave
    /// a page with a fragment of it (记中心, 调查监测处), and LibreOffice keeps no orphan or widow
    /// lines in a table cell. A taller row must split; kept whole, LibreOffice would lose its text.
    static func rowsKeptTogether(_ needs: ColumnNeeds, characters: [Double], size: TableTextSize) -> [Bool] {
        // A page's text height in lines of table text (exactly 20 pt a line at 四号).
        let pageLines = Double(PageGeometry.linesPerPage * PageGeometry.linePitch) / Double(size.linePitch)
        return needs.rows.map { row in
            let tallest =
                row.indices.map {
                    lineCount(row[$0], width: characters[$0])
                }.max() ?? 1
            // Under the repeated header (one or two lines), with a line to spare.
            return Double(tallest) <= pageLines - 3
        }
    }

    /// Columns headed 序号 are centred.
    static func centredColumns(_ table: Table) -> [Bool] {
        var centred = Array(repeating: false, count: table.columnCount)
        for row in table.grid(table.header) {
            for (column, slot) in row.enumerated() {
                if case .start(let cell) = slot, cell.content.plainText == "序号" { centred[column] = true }
            }
        }
        return centred
    }

    /// Header labels too wide for their column, broken into two even lines by hand: a column a
    /// little narrower than its label would otherwise leave one character on the second line.
    static func headerLines(_ table: Table, characters: [Double]) -> [[TableCell]] {
        var header = table.header
        for (rowIndex, row) in table.grid(table.header).enumerated() {
            var cellIndex = 0
            for (column, slot) in row.enumerated() {
                guard case .start(let cell) = slot else { continue }
                defer { cellIndex += 1 }
                guard cell.columnSpan == 1, cell.content.count == 1, case .text(let label) = cell.content[0],
                    TextWidth.of(label) + slack > characters[column]
                else { continue }
                let split = headerSplit(label)
                header[rowIndex][cellIndex].content = [
                    .text(String(label.prefix(split))), .lineBreak, .text(String(label.dropFirst(split))),
                ]
            }
        }
        return header
    }

    /// Where a header label breaks in two: before an opening bracket when it has one
    /// (任务内容 / （部署会议）), never after one or before a closing one; else at its middle.
    /// Asked of every wide label of every table measured: with the marks in sets, not string
    /// literals searched character by character, it is no longer a fortieth of a render.
    static func headerSplit(_ label: String) -> Int {
        let characters = Array(label)
        if let open = characters.firstIndex(where: opening.contains), open > 0 { return open }
        let half = (characters.count + 1) / 2
        var best: Int?
        for index in 1..<max(characters.count, 2)
        where index < characters.count && !opening.contains(characters[index - 1])
            && !closingOrPause.contains(characters[index])
        {
            if best.map({ abs(index - half) < abs($0 - half) }) ?? true { best = index }
        }
        return best ?? half
    }

    private static let opening: Set<Character> = ["（", "(", "《", "【", "“"]
    private static let closingOrPause: Set<Character> = ["）", ")", "》", "】", "”", "、", "，", "。", "：", "；"]

    static func shared(_ width: Int, weights given: [Int], columns: Int) -> [Int] {
        var weights = given.prefix(columns).map { max(1, $0) }
        while weights.count < columns { weights.append(weights.isEmpty ? 1 : weights.reduce(0, +) / weights.count) }
        let total = weights.reduce(0, +)
        var widths = weights.map { width * $0 / total }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return widths
    }
}

/// A date written in full (2026年12月31日) and its short form for a narrow column (2026.12.31).
enum ShortDate {
    /// `YYYY年M月D日`, or `YYYY.MM.DD` already short.
    static func isDate(_ text: some StringProtocol) -> Bool {
        short(text) != nil || isShort(text)
    }

    /// `YYYY.MM.DD`: ten ASCII bytes, two of them dots. Asked of every value of every table: most
    /// are not ten bytes long, and go at once.
    static func isShort(_ text: some StringProtocol) -> Bool {
        guard text.utf8.count == 10 else { return false }
        return text.utf8.enumerated().allSatisfy { offset, byte in
            offset == 4 || offset == 7 ? byte == UInt8(ascii: ".") : (0x30...0x39).contains(byte)
        }
    }

    /// The last UTF-8 byte of 日 and of ）, one of which ends every text with a full date to
    /// write short: most values of a table are no date, and are told so by their last byte.
    static let lastByte: UInt8 = 0xA5
    static let closingBracketLastByte: UInt8 = 0x89

    /// The short form of a full date, or nil when `text` is not one. Read byte by byte: a month's
    /// summary asks it of tens of thousands of cells.
    static func short(_ text: some StringProtocol) -> String? {
        // Year, month and day: each its digits, then its mark (年, 月, 日 in UTF-8).
        let marks: [[UInt8]] = [[0xE5, 0xB9, 0xB4], [0xE6, 0x9C, 0x88], [0xE6, 0x97, 0xA5]]
        var numbers = [0, 0, 0]
        var digits = [0, 0, 0]
        var part = 0
        var markByte = 0
        for byte in text.utf8 {
            guard part < 3 else { return nil }
            if markByte > 0 || !(0x30...0x39).contains(byte) {
                guard byte == marks[part][markByte] else { return nil }
                markByte += 1
                if markByte == 3 { (part, markByte) = (part + 1, 0) }
            } else {
                guard digits[part] < 4 else { return nil }
                numbers[part] = numbers[part] * 10 + Int(byte - 0x30)
                digits[part] += 1
            }
        }
        guard part == 3, digits[0] == 4, (1...2).contains(digits[1]), (1...2).contains(digits[2]) else { return nil }
        // Each number as many digits as it was written with, at least two: 2026.01.05, 0026.01.05.
        func padded(_ number: Int, _ count: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(count, 2) - digits.count) + digits
        }
        return "\(padded(numbers[0], 4)).\(padded(numbers[1], 2)).\(padded(numbers[2], 2))"
    }
}

extension Table {
    /// What a blank cell holds: `.whitespaces`' scalars.
    private static let blank = CharacterSet.whitespaces

    /// The same table without the columns that are empty in every body row (会议类型 when no
    /// meeting gives a kind); a table with merged cells, or whose every column is empty, as it is.
    var withoutEmptyColumns: Table {
        let columns = columnCount
        guard columns > 1, !body.isEmpty, columnWidths.isEmpty,
            (header + body).allSatisfy({
                $0.count == columns && $0.allSatisfy { $0.columnSpan == 1 && $0.rowSpan == 1 }
            })
        else { return self }
        // Blank as `.whitespaces` has it (spaces, tabs, the zero-width space; not line breaks),
        // asked scalar by scalar: trimming every cell through NSString was a fiftieth of a render,
        // and most cells are told by their first scalar.
        let empty = (0..<columns).filter { column in
            body.allSatisfy { $0[column].content.plainText.unicodeScalars.allSatisfy(Self.blank.contains) }
        }
        guard !empty.isEmpty, empty.count < columns else { return self }
        var copy = self
        copy.header = header.map { row in row.enumerated().filter { !empty.contains($0.offset) }.map(\.element) }
        copy.body = body.map { row in row.enumerated().filter { !empty.contains($0.offset) }.map(\.element) }
        return copy
    }

    /// The same table with every body cell that is exactly a full date written short, and a date
    /// closing a cell in brackets (已完成（2026年11月18日）) likewise, so one table has one form.
    var withShortDates: Table { shortDated ?? self }

    /// `withShortDates`, or nil when the table has no full date to write short.
    var shortDated: Table? {
        var copy = self
        var changed = false
        copy.body = body.map { row in
            row.map { cell in
                guard case .text(let text)? = cell.content.first, cell.content.count == 1,
                    let last = text.utf8.last, last == ShortDate.lastByte || last == ShortDate.closingBracketLastByte
                else { return cell }
                var shortened = cell
                if let short = ShortDate.short(text) {
                    shortened.content = [.text(short)]
                } else if text.hasSuffix("）"), let open = text.lastIndex(of: "（"),
                    let short = ShortDate.short(text[text.index(after: open)..<text.index(before: text.endIndex)])
                {
                    shortened.content = [.text(text[...open] + short + "）")]
                } else {
                    return cell
                }
                changed = true
                return shortened
            }
        }
        return changed ? copy : nil
    }
}

/// The size of a table's text: 四号 (14 pt), GB/T 9704's and the house's, or 小四 (12 pt), which the
/// standard also allows, for a table whose columns leave the task fewer than eight characters a
/// line at 四号.
public enum TableTextSize: Sendable, Hashable {
    case siHao
    case xiaoSi

    /// One character's width in twips.
    var character: Int { self == .siHao ? PageGeometry.tableCharacter : 240 }
    /// One line's height in twips (exact line spacing: 20 pt at 四号, 17 pt at 小四).
    var linePitch: Int { self == .siHao ? PageGeometry.tableLinePitch : 340 }
}
