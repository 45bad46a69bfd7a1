/// `first-person`: 我, 我们, 咱们 in text the minutes print.
///
/// A 纪要 reports what the meeting said in the third person (会议强调／会议指出／会议要求); the
/// speech's own paragraphs, in the speaker's voice, are never printed there, but everything else
/// the minutes show — headings and points' leads, `minutes:` texts, reports, comments,
/// requirements, decisions, tasks and progress notes — is read for the speaker's 我.
enum FirstPersonRule {
    /// Whether the minutes print the value whose path has the keys `parts` (`speech`, `key_points`,
    /// `sections`, `minutes` for `speech.key_points.sections[0].minutes[1]`).
    static func printedInMinutes(_ parts: [String]) -> Bool {
        guard let first = parts.first else { return false }
        switch first {
        case "speech":
            // speech.<part>.heading | minutes, .sections.heading | minutes, .points.lead (at either depth).
            guard parts.count >= 3, SpeechPartKey(rawValue: parts[1]) != nil else { return false }
            let tail = Array(parts.dropFirst(2))
            return [
                ["heading"], ["minutes"], ["sections", "heading"], ["sections", "minutes"], ["points", "lead"],
                ["sections", "points", "lead"],
            ].contains(tail)
        case "reports": return ["achievements", "shortcomings", "plans", "topic"].contains(parts.last ?? "")
        case "comments", "requirements": return parts.last == "text"
        case "decisions": return parts.count == 1
        case "tasks": return parts.last == "content"
        case "task_updates": return parts.last == "note"
        default: return false
        }
    }

    /// Whether a first-person word can start at `scalar`.
    static func mayStartAWord(_ scalar: Unicode.Scalar) -> Bool { scalar == "我" || scalar == "咱" }

    /// What follows 我 when it is the institution's voice, or the nation's, not the speaker's:
    /// 我局, 我市, 我委, 我们党, 我国….
    private static let institutional: Set<Character> = [
        "局", "市", "委", "区", "县", "省", "镇", "乡", "村", "部", "厅", "处", "院", "办", "校", "司", "所", "站", "国", "党", "军",
        "单", "中", "系", "行", "厂", "队", "馆", "室", "科",
    ]

    /// Words after 我 that begin like an institution (我部, 我处, 我委) but are the speaker's own verbs.
    private static let speakersVerbs: Set<String> = [
        "部署", "处理", "处置", "委托", "中午", "单独", "行动", "局限", "区别",
    ]

    /// Each first-person word in a text given as its scalars, at its offset in them.
    static func findings(in scalars: [Unicode.Scalar]) -> [TextRules.Finding] {
        var found: [TextRules.Finding] = []
        func mark(_ offset: Int, _ length: Int) {
            let word = String(String.UnicodeScalarView(scalars[offset..<offset + length]))
            found.append(
                TextRules.Finding(rule: .firstPerson, offset: offset, found: word, message: .firstPerson(word)))
        }
        var index = 0
        while index < scalars.count {
            let next = index + 1 < scalars.count ? Character(scalars[index + 1]) : nil
            if scalars[index] == "咱", next == "们" {
                mark(index, 2)
                index += 2
            } else if scalars[index] == "我" {
                let previous = index > 0 ? Character(scalars[index - 1]) : nil
                let afterWe = index + 2 < scalars.count ? Character(scalars[index + 2]) : nil
                if previous == "自" || previous == "忘" {
                    index += 1  // 自我革命, 忘我工作
                } else if next == "们" {
                    if afterWe != "党" { mark(index, 2) }  // 我们党 is the party's voice
                    index += 2
                } else {
                    let pair =
                        index + 2 < scalars.count
                        ? String(String.UnicodeScalarView(scalars[index + 1...index + 2])) : ""
                    // 我部署, 我处理, 我委托: the speaker's verb, though its first character could name a
                    // body (我部, 我处, 我委).
                    let institution = next.map(institutional.contains) ?? false && !speakersVerbs.contains(pair)
                    if !institution { mark(index, 1) }
                    index += 1
                }
            } else {
                index += 1
            }
        }
        return found
    }
}
