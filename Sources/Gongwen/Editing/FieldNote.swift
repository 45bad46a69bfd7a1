/// A proofreading finding as a clerk reads it on the index: where in the meeting it is, by the
/// form's words (任务分工 第3项 · 任务内容), what is wrong, and the sentence it is about — no
/// key, no rule name, no line of YAML.
public struct FieldNote: Sendable, Equatable {
    /// The place, in the form's words.
    public let place: String
    /// What is wrong and how to fix it.
    public let message: String
    /// The text the note is about, when the place holds one.
    public let sentence: String?

    /// The notes of `warnings`, found in `meeting`, in `language`.
    public static func notes(_ warnings: [Diagnostic], of meeting: Meeting, in language: Language) -> [FieldNote] {
        let record = MeetingRecord(meeting)
        return warnings.map { warning in
            let path = warning.path ?? ""
            var sentence: String?
            if case .text(let text)? = record.value(at: path) { sentence = TextView.inline(text) }
            return FieldNote(
                place: FormWords.place(of: path, in: language), message: FormWords.text(of: warning, in: language),
                sentence: sentence)
        }
    }
}

extension MeetingRecord {
    /// The value at a loader's path (`reports[1].achievements[0]`), if the record has one there.
    func value(at path: String) -> MeetingRecord? {
        var value: MeetingRecord? = self
        for part in ValuePath(spelled: path).parts {
            value = value?[part.key]
            for index in part.indices {
                guard case .list(let items)? = value, items.indices.contains(index) else { return nil }
                value = items[index]
            }
        }
        return value
    }
}
