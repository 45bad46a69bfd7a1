import Foundation

/// A list of people as clerks paste it from a notice or a sign-in sheet —
/// `王建国（党委书记、局长），李敏（副局长）、孙丽` — read into people with their posts.
public enum PeopleList {
    /// Separators between people: 、，,；; and line breaks, only outside brackets, so that
    /// `（党委书记、局长）` stays one post.
    /// A full-width space is not one: it pads a two-character name (李　敏) in official lists.
    static let separators: Set<Character> = ["、", "，", ",", "；", ";", "\n", "\r\n"]
    static let brackets: [Character: Character] = ["（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"]

    /// The people in `text`, in order: a name, and what stands in brackets after it as the post.
    /// A group named in two pieces (各科室、局属单位主要负责同志) stays one entry.
    public static func people(in text: String) -> [Person] {
        var pieces: [String] = []
        var current = ""
        var closing: [Character] = []
        for character in text {
            if let close = brackets[character] {
                closing.append(close)
            } else if closing.last == character {
                closing.removeLast()
            } else if closing.isEmpty, separators.contains(character) {
                pieces.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        pieces.append(current)
        var people: [Person] = []
        var pendingGroupStart: String?
        for piece in pieces {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let start = pendingGroupStart {
                pendingGroupStart = nil
                if Person.isGroup(trimmed) {
                    people.append(Person(name: start + "、" + trimmed))
                    continue
                }
                people.append(Person(name: start))
            }
            // 各科室 alone is the start of a group whose end follows.
            if trimmed.hasPrefix("各"), !trimmed.contains(where: { brackets[$0] != nil }), !Person.isGroup(trimmed) {
                pendingGroupStart = trimmed
                continue
            }
            people.append(person(trimmed))
        }
        if let start = pendingGroupStart { people.append(Person(name: start)) }
        return people
    }

    /// `王建国（党委书记、局长）` → 王建国 with the post 党委书记、局长; a name alone as it is.
    static func person(_ text: String) -> Person {
        guard let open = text.firstIndex(where: { brackets[$0] != nil }), open != text.startIndex,
            let close = text.lastIndex(of: brackets[text[open]]!), close > open
        else { return Person(name: text) }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let post = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty, !name.isEmpty else { return Person(name: text) }
        return Person(name: name, title: post.isEmpty ? nil : post)
    }
}
