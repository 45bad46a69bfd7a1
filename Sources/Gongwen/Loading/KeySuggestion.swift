/// Finds the known key a misspelt one was probably meant to be (`atendees` → `attendees`).
enum KeySuggestion {
    /// Keys longer than this get no suggestion: nobody misspells a 200-character key, and the
    /// search is length × length per candidate (a 300,000-character id against 1,000 tasks took 33 s).
    static let longestKey = 100

    /// The closest known key within a small edit distance, or nil when none is close.
    static func closest(to key: String, among known: [String]) -> String? {
        let typed = Array(key.lowercased())
        guard typed.count <= longestKey else { return nil }
        let limit = max(2, typed.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in known {
            let letters = Array(candidate)
            // The distance is at least the difference in length: skip the table when that is already too far.
            guard abs(letters.count - typed.count) <= limit else { continue }
            let distance = editDistance(typed, letters)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
