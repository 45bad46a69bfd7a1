/// A table's column widths across the text width, worked out from its content the way a browser's
/// automatic table layout does it, so that Word and HTML draw the same table.
///
/// Each column has a least width — its longest piece that must not wrap — and a natural width — its
/// longest line. A piece that must not wrap is a header label, a short value (a name of up to four
/// characters, a number, a state), a date, or a run of Latin letters and digits. The columns get
/// their least widths; what is left of the text width goes to the columns in proportion to how much
/// more their text wants. When that leaves the column with the most text under a third of the width, dates
/// written in full (2026年12月31日) are written short (2026.12.31) and the widths worked out again.
public struct TableLayout: Sendable {
    /// The table as it is drawn: full dates may be short.
    public let table: Table
    /// Each grid column's width in twips; they add up to the text width.
    public let widths: [Int]

    /// Lays out `table` on the text width of GB/T 9704's page.
    public init(_ table: Table) {
        self.init(table, width: PageGeometry.textWidth)
    }

    init(_ table: Table, width: Int) {
        let columns = table.columnCount
        guard columns > 0 else {
            (self.table, widths) = (table, [])
            return
        }
        if !table.columnWidths.isEmpty {
            // A template that gives its own widths keeps them.
            (self.table, widths) = (table, Self.shared(width, weights: table.columnWidths, columns: columns))
            return
        }
        var laidOut = table
        let needs = Self.needs(table)
        var allocation = Self.allocate(needs, width: width)
        if Self.squeezed(allocation, needs: needs) {
            let compacted = table.withShortDates
            if compacted != table {
                laidOut = compacted
                allocation = Self.allocate(Self.needs(compacted), width: width)
            }
        }
        laidOut.header = Self.headerLines(laidOut, characters: allocation.characters)
        (self.table, widths) = (laidOut, allocation.widths)
    }

    /// Each column's width as a share of the whole, for HTML's `<col>`.
    public var percentages: [Double] {
        let total = Double(widths.reduce(0, +))
        return widths.map { total > 0 ? Double($0) * 100 / total : 0 }
    }

    // MARK: Measuring

    /// What the table's cells ask of each column, in characters of table text.
    struct ColumnNeeds {
        var least: [Double]
        var natural: [Double]
    }

    /// Room a wrapping LibreOffice or Word needs beyond the measured text: kerning and rounding.
    static let slack = 0.3

    static func needs(_ table: Table) -> ColumnNeeds {
        let columns = table.columnCount
        var needs = ColumnNeeds(
            least: Array(repeating: 1, count: columns), natural: Array(repeating: 1, count: columns))
        for (rows, isHeader) in [(table.header, true), (table.body, false)] {
            for row in table.grid(rows) {
                for (column, slot) in row.enumerated() {
                    guard case .start(let cell) = slot, cell.columnSpan == 1 else { continue }
                    let lines = cell.content.plainText.split(separator: "\n", omittingEmptySubsequences: false)
                    for line in lines {
                        let natural = TextWidth.guarded(line) + slack
                        let least: Double
                        if isHeader {
                            // A label of four characters or more may stand on two lines (牵头/单位).
                            let width = TextWidth.of(line)
                            least = (width >= 4 ? (width / 2).rounded(.up) : width) + slack
                        } else {
                            least = (keepsWhole(line) ? TextWidth.guarded(line) : longestUnbreakable(line)) + slack
                        }
                        needs.natural[column] = max(needs.natural[column], natural)
                        needs.least[column] = max(needs.least[column], least)
                    }
                }
            }
        }
        return needs
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

    // MARK: Sharing out the width

    struct Allocation {
        var widths: [Int]
        var characters: [Double]
    }

    static func allocate(_ needs: ColumnNeeds, width: Int) -> Allocation {
        let columns = needs.least.count
        let margins = 2 * PageGeometry.cellMargin * columns
        let room = Double(max(width - margins, columns)) / Double(PageGeometry.tableCharacter)
        let least = needs.least.reduce(0, +)
        let natural = needs.natural.reduce(0, +)
        var characters: [Double]
        if natural <= room {
            // Everything fits on one line: the spare room goes where the text is.
            characters = needs.natural.map { $0 + (room - natural) * $0 / natural }
        } else if least <= room {
            let wants = zip(needs.natural, needs.least).map { $0 - $1 }
            let totalWant = wants.reduce(0, +)
            characters = zip(needs.least, wants).map { $0 + (room - least) * $1 / max(totalWant, 1) }
        } else {
            // Not even the least widths fit: every column gives up its share.
            characters = needs.least.map { $0 * room / least }
        }
        // The column with the most text (任务内容) gets up to a third of the room when it wants it,
        // from at most half of what each other column got beyond its least width: otherwise a table
        // of many columns leaves the task three characters wide.
        if let main = needs.natural.indices.max(by: { needs.natural[$0] < needs.natural[$1] }) {
            let target = min(needs.natural[main], room / 3)
            let lack = target - characters[main]
            let spare = characters.indices.filter { $0 != main }.map { max(0, characters[$0] - needs.least[$0]) / 2 }
            let totalSpare = spare.reduce(0, +)
            if lack > 0, totalSpare > 0 {
                let taken = min(lack, totalSpare)
                var index = 0
                for column in characters.indices where column != main {
                    characters[column] -= taken * spare[index] / totalSpare
                    index += 1
                }
                characters[main] += taken
            }
        }
        var widths = characters.map {
            Int(($0 * Double(PageGeometry.tableCharacter)).rounded(.down)) + 2 * PageGeometry.cellMargin
        }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return Allocation(widths: widths, characters: characters)
    }

    /// The column with the most text (任务内容) got less than a third of the room and must wrap.
    static func squeezed(_ allocation: Allocation, needs: ColumnNeeds) -> Bool {
        guard let main = needs.natural.indices.max(by: { needs.natural[$0] < needs.natural[$1] }) else { return false }
        return allocation.characters[main] < needs.natural[main]
            && allocation.characters[main] * 3 < allocation.characters.reduce(0, +)
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
                let half = (label.count + 1) / 2
                header[rowIndex][cellIndex].content = [
                    .text(String(label.prefix(half))), .lineBreak, .text(String(label.dropFirst(half))),
                ]
            }
        }
        return header
    }

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

    static func isShort(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2]
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigitCharacter) }
    }

    /// The short form of a full date, or nil when `text` is not one.
    static func short(_ text: some StringProtocol) -> String? {
        let text = String(text)
        guard text.hasSuffix("日") else { return nil }
        let parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) })
        else { return nil }
        func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        return "\(parts[0]).\(padded(parts[1])).\(padded(parts[2]))"
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension Table {
    /// The same table with every body cell that is exactly a full date written short, and a date
    /// closing a cell in brackets (已完成（2026年11月18日）) likewise, so one table has one form.
    var withShortDates: Table {
        var copy = self
        copy.body = body.map { row in
            row.map { cell in
                guard case .text(let text)? = cell.content.first, cell.content.count == 1 else { return cell }
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
                return shortened
            }
        }
        return copy
    }
}
