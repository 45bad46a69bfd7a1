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
        // Whether each piece is a run of single characters joined together (a name the
        // dictionary does not know: 江临市 comes apart into 江/临/市), which stops at four.
        var runs: [Bool] = []
        // An opening bracket or quote waits for the word it opens: no line ends after it.
        var opening = ""
        for word in WordBoundaries.words(item) {
            if word.allSatisfy({ openings.contains($0) }) {
                opening += word
                continue
            }
            let word = opening + word
            opening = ""
            guard let last = words.last else {
                words.append(word)
                runs.append(word.count == 1)
                continue
            }
            let fits = last.count + word.count <= 4
            let single = word.count == 1 && !openings.contains(word.first!)
            let joins =
                word.allSatisfy { $0.isPunctuation && !openings.contains($0) }
                || (last.last?.isASCII == true && word.first?.isASCII == true)
                // A one-character word (处, 科, 与, 市) never stands alone: it joins a real word
                // beside it, and other single characters up to four.
                || (single && (!runs[runs.count - 1] && last.count >= 2 || fits))
                || (last.count == 1 && !openings.contains(word.first!))
            if joins {
                words[words.count - 1] = last + word
                runs[runs.count - 1] = runs[runs.count - 1] || single || last.count == 1
            } else {
                words.append(word)
                runs.append(single)
            }
        }
        if !opening.isEmpty { words.append(opening) }
        return words
    }

    /// Opening brackets and quotes.
    static let openings: Set<Character> = ["（", "(", "《", "【", "“", "‘", "〔", "["]

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
