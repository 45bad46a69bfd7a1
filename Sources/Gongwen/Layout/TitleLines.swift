import CWordBreak

/// Where a title breaks into lines (GB/T 9704 §7.3.3: "标题回行时，要做到词意完整，排列对称，长短适宜，
/// 间距恰当，标题排列应当使用梯形或菱形").
///
/// A line break the clerk wrote is kept as written. A title without one that is too long for one
/// line of 二号 type is broken between words — as ICU's dictionary finds them — never inside a run
/// of Latin letters or digits, never before closing or after opening punctuation, into as few lines
/// as fit, the lines as even as can be: none shorter than half the longest, no tail of one or two
/// characters, and the lines shaped as a trapezoid (each line at least as long as the one before,
/// or each at most as long) or a diamond (longest in the middle). Among breaks that qualify, the
/// most even wins; a break beside a one-character word (the 会 of 委员会) or between two words of
/// two characters (意识|形态) counts against it, and none cuts a number (第十|一次, 2026年10|月).
/// Widths are measured as LibreOffice sets them: digits and Latin letters half a character, and a
/// quarter character of space between them and Chinese (`TextWidth.guarded`), so that a title with
/// a year in it (…2026年第十次会议责任清单与任务清单) is not judged to fit a line it overruns; capitals
/// and digits a little wider still, as the bold serif sets them (`TextWidth.title`).
public enum TitleLines {
    /// The title's content with its line breaks.
    public static func broken(_ content: [Inline], capacity: Double = defaultCapacity) -> [Inline] {
        guard !content.contains(.lineBreak), content.allSatisfy({ if case .text = $0 { true } else { false } })
        else { return content }
        let text = content.plainText
        // Beyond three lines a title is not a title any more: it is left to wrap.
        let width = TextWidth.title(text)
        guard width > capacity, width <= 3 * capacity, let lines = lines(text, capacity: capacity) else {
            return content
        }
        var result: [Inline] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { result.append(.lineBreak) }
            result.append(.text(line))
        }
        return result
    }

    /// Characters of 二号 type on one line of the text width.
    public static let defaultCapacity = Double(PageGeometry.textWidth / PageGeometry.titleCharacter)

    /// The best lines for `text`, or nil when no break qualifies (the title is then left to wrap).
    static func lines(_ text: String, capacity: Double) -> [String]? {
        let characters = Array(text)
        let breaks = candidates(characters)
        let width = TextWidth.title(text)
        let fewest = Int((width / capacity).rounded(.up))
        for count in fewest...(fewest + 1) where count - 1 <= breaks.count {
            var best: (cost: Double, cuts: [Int])?
            forEachCombination(of: breaks.map(\.offset), choosing: count - 1) { cuts in
                let bounds = [0] + cuts + [characters.count]
                let widths = (1..<bounds.count).map {
                    TextWidth.title(String(characters[bounds[$0 - 1]..<bounds[$0]]))
                }
                guard let cost = cost(widths, capacity: capacity) else { return }
                let penalty = cuts.reduce(0.0) { sum, cut in sum + (breaks.first { $0.offset == cut }?.penalty ?? 0) }
                let total = cost + penalty
                if best == nil || total < best!.cost { best = (total, cuts) }
            }
            if let best {
                let bounds = [0] + best.cuts + [characters.count]
                return (1..<bounds.count).map { String(characters[bounds[$0 - 1]..<bounds[$0]]) }
            }
        }
        return nil
    }

    /// How uneven the lines are, or nil when they break a rule.
    static func cost(_ widths: [Double], capacity: Double) -> Double? {
        guard let longest = widths.max(), let shortest = widths.min(), longest <= capacity,
            shortest * 2 >= longest, shortest > 2
        else { return nil }
        let rising = zip(widths, widths.dropFirst()).allSatisfy { $0 <= $1 }
        let falling = zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 }
        let peak = widths.firstIndex(of: longest)!
        let diamond =
            zip(widths[...peak], widths[...peak].dropFirst()).allSatisfy { $0 <= $1 }
            && zip(widths[peak...], widths[peak...].dropFirst()).allSatisfy { $0 >= $1 }
        guard rising || falling || diamond else { return nil }
        let mean = widths.reduce(0, +) / Double(widths.count)
        return widths.reduce(0) { $0 + abs($1 - mean) }
    }

    /// A place where a line may end: after `offset` characters.
    struct Candidate {
        var offset: Int
        var penalty: Double
    }

    static let closing: Set<Character> = ["）", "》", "”", "’", "，", "、", "。", "：", "；", "！", "？", ")", "]", "」", "』"]
    /// One-character words a line may end or start with: particles and conjunctions.
    static let lineEnders: Set<Character> = ["的", "和", "与", "及"]
    static let lineStarters: Set<Character> = ["暨", "和", "与", "及", "对", "在"]
    static let opening: Set<Character> = ["（", "《", "“", "‘", "(", "[", "「", "『"]
    /// The last characters of a body's name (局, 党组, 委员会, 支部): a phrase may start after them.
    static let unitEnders: Set<Character> = Set("局委会组部厅办院府室站处科所队校司心")
    /// Numerals, and the words they count: a number stays with them (2026年10月, 第十一次).
    static let numerals: Set<Character> = Set("0123456789〇零一二三四五六七八九十百千两")
    static let counted: Set<Character> = Set("年月日次届号期季批轮项条个")

    /// Whether a line ending after `offset` characters would cut a number from its digits, its
    /// 第 or the word it counts (2026年10|月, 第十|一次, 2026|年), or a date in two (2026年|10月).
    static func insideANumber(_ characters: [Character], at offset: Int) -> Bool {
        let before = characters[offset - 1]
        let after = characters[offset]
        if numerals.contains(after) && (numerals.contains(before) || before == "第") { return true }
        if numerals.contains(before) && counted.contains(after) { return true }
        // Inside a date: 年 or 月 after a number, then another number.
        if (before == "年" || before == "月"), offset >= 2, numerals.contains(characters[offset - 2]),
            numerals.contains(after)
        {
            return true
        }
        return false
    }

    static func candidates(_ characters: [Character]) -> [Candidate] {
        let words = WordBoundaries.words(String(characters))
        var result: [Candidate] = []
        var offset = 0
        for (index, word) in words.enumerated().dropLast() {
            offset += word.count
            let before = characters[offset - 1]
            let after = characters[offset]
            if before.isASCII && after.isASCII && (before.isLetter || before.isNumber)
                && (after.isLetter || after.isNumber)
            {
                continue
            }
            if closing.contains(after) || opening.contains(before) { continue }
            if insideANumber(characters, at: offset) { continue }
            // A one-character word is often the tail of the word before (委员|会, 规划|局): a line
            // that starts with one reads worst, one that ends with one nearly as badly.
            var penalty = 0.0
            let next = words[index + 1]
            let countedWord = counted.contains(before) && offset >= 2 && numerals.contains(characters[offset - 2])
            if word.count == 1 && !lineEnders.contains(before) && !closing.contains(before) && !countedWord {
                penalty += 4
            }
            // A one-character word followed by others starts a run the dictionary does not know
            // (优/化/营/商): a line may start there, unless it ends a body's name (规划|局/党/支部).
            let startsARun =
                index + 2 < words.count && words[index + 2].count == 1 && !unitEnders.contains(after)
                && !lineEnders.contains(Character(words[index + 2]))
            if next.count == 1 && !lineStarters.contains(after) && !opening.contains(after) && !startsARun {
                penalty += 8
            }
            // Two words of two characters are most often one four-character phrase (意识形态,
            // 城市更新, 安全生产, 学习贯彻): "词意完整" keeps it whole, unless the first names a body
            // (党组|学习, 市委|常委会).
            if word.count == 2, next.count == 2, !unitEnders.contains(before) { penalty += 6 }
            if next == "关于" || after == "暨" { penalty -= 2 }
            result.append(Candidate(offset: offset, penalty: penalty))
        }
        return result
    }

    static func forEachCombination(of items: [Int], choosing count: Int, _ body: ([Int]) -> Void) {
        var chosen: [Int] = []
        func choose(from start: Int) {
            if chosen.count == count {
                body(chosen)
                return
            }
            guard start < items.count else { return }
            for index in start..<items.count where items.count - index >= count - chosen.count {
                chosen.append(items[index])
                choose(from: index + 1)
                chosen.removeLast()
            }
        }
        choose(from: 0)
    }
}

/// Word boundaries of Chinese text from ICU's dictionary-based break iterator.
enum WordBoundaries {
    /// The words of `text` in order; the whole text as one word when ICU cannot help.
    static func words(_ text: String) -> [String] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var boundaries = [Int32](repeating: 0, count: units.count + 2)
        let found = units.withUnsafeBufferPointer { textBuffer in
            boundaries.withUnsafeMutableBufferPointer { out in
                gongwen_word_boundaries(
                    textBuffer.baseAddress, Int32(units.count), out.baseAddress, Int32(out.count))
            }
        }
        guard found >= 2 else { return [text] }
        return (1..<Int(found)).compactMap { index in
            let start = Int(boundaries[index - 1])
            let end = Int(boundaries[index])
            return String(decoding: units[start..<end], as: UTF16.self)
        }
    }
}
