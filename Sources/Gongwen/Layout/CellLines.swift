/// Where a short table value (a unit's name, a list of partner units) may break: between the words
/// ICU's dictionary finds and after 、，；, never inside a word (国土空/间规划/处), and never so
/// that a one-character word (处, 科, 与) stands alone.
enum CellLines {
    /// The pieces of `text` between which a line may break, in order.
    static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        // After an enumeration comma a break is always right; inside each item, between its words.
        var item = ""
        func flushItem() {
            guard !item.isEmpty else { return }
            pieces += words(item)
            item = ""
        }
        for character in text {
            item.append(character)
            if "、，；,;".contains(character) { flushItem() }
        }
        flushItem()
        return pieces
    }

    /// The words of one item, a one-character word joined to its neighbour: 管理与 | 房地产,
    /// 规划处; a run of Latin letters or digits is one word.
    static func words(_ item: String) -> [String] {
        var words: [String] = []
        // An opening bracket or quote waits for the word it opens: no line ends after it.
        var opening = ""
        for word in WordBoundaries.words(item) {
            if word.allSatisfy({ openings.contains($0) }) {
                opening += word
                continue
            }
            let word = opening + word
            opening = ""
            // A one-character word joins its neighbour as long as that makes no piece longer than
            // four characters: names the dictionary does not know (江临市) come apart into single
            // characters, which must not all run together.
            let short = (words.last?.count ?? 5) + word.count <= 4
            let joins =
                (word.count == 1 && short) || word.allSatisfy { $0.isPunctuation } || (words.last?.count == 1 && short)
                || (words.last?.last?.isASCII == true && word.first?.isASCII == true)
            if let last = words.last, joins, !openings.contains(word.first!) || last.count == 1 {
                words[words.count - 1] = last + word
            } else {
                words.append(word)
            }
        }
        if !opening.isEmpty { words.append(opening) }
        return words
    }

    /// Opening brackets and quotes.
    static let openings: Set<Character> = ["（", "(", "《", "【", "“", "‘", "〔", "["]

    /// The widest piece, in characters of table text: what the column must give the value.
    static func widestPiece(_ text: String) -> Double {
        pieces(text).map { TextWidth.guarded($0) }.max() ?? 0
    }

    /// `text` set in lines of at most `width` characters, breaking only between pieces; nil when it
    /// fits on one line, or when a piece alone is wider (then the renderer wraps it as it must).
    static func lines(_ text: String, width: Double) -> [String]? {
        guard TextWidth.guarded(text) + TableLayout.slack > width else { return nil }
        var lines: [String] = []
        var line = ""
        for piece in pieces(text) {
            if line.isEmpty || TextWidth.guarded(line + piece) + TableLayout.slack <= width {
                line += piece
            } else {
                lines.append(line)
                line = piece
            }
        }
        lines.append(line)
        guard lines.allSatisfy({ TextWidth.guarded($0) + TableLayout.slack <= width }) else { return nil }
        return lines
    }
}
