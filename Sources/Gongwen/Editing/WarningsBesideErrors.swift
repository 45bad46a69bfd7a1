import Foundation

/// The proofreading warnings of a draft that does not load yet, so that the form shows them beside
/// its errors instead of after the last error is fixed (a due date before the meeting, a 我们 in
/// the minutes): the draft is loaded once more without what the errors are about, and the warnings
/// of what is left are kept at their own paths.
///
/// What the errors are about is set aside whole: a top-level list item (`tasks[3]`), a key of the
/// meeting block (`meeting.attendees`), or a top-level key. A missing or wrong 会议名称 or 时间
/// stands in as a placeholder instead, and the warnings that compare with the meeting's day are
/// then not given.
struct WarningsBesideErrors {
    let record: MeetingRecord
    let problems: [Diagnostic]

    /// The warnings, or none when an error has no path (the text is not YAML) or nothing loads.
    func warnings(file: String, proofreader: Proofreader?) -> [Diagnostic] {
        guard case .map(var fields) = record, !problems.isEmpty, problems.allSatisfy({ $0.path != nil }) else {
            return []
        }
        var droppedItems: [String: Set<Int>] = [:]
        var droppedKeys: Set<String> = []
        var meetingKeys: Set<String> = []
        var dateStandsIn = false
        for path in problems.compactMap(\.path) {
            let parts = Self.parts(path)
            guard let top = parts.first else { return [] }
            if top.key == "meeting" {
                guard let key = parts.dropFirst().first?.key else { return [] }
                meetingKeys.insert(key)
                if key == "date" { dateStandsIn = true }
            } else if let index = top.index {
                droppedItems[top.key, default: []].insert(index)
            } else {
                droppedKeys.insert(top.key)
            }
        }
        fields = fields.compactMap { field in
            if droppedKeys.contains(field.key) { return nil }
            if field.key == "meeting", case .map(let block) = field.value {
                var kept = block.filter { !meetingKeys.contains($0.key) }
                // The two values a meeting cannot load without.
                if meetingKeys.contains("title") { kept.append(.init("title", .text("会议"))) }
                if meetingKeys.contains("date") { kept.append(.init("date", .text("2000-01-01"))) }
                return .init("meeting", .map(kept))
            }
            if let dropped = droppedItems[field.key], case .list(let items) = field.value {
                let kept = items.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
                return kept.isEmpty ? nil : .init(field.key, .list(kept))
            }
            return field
        }
        guard let yaml = try? MeetingRecord.map(fields).yaml,
            let meeting = try? ProofreadingLoader(proofreader: proofreader).load(
                data: Data(yaml.utf8), file: (file as NSString).deletingPathExtension + ".yaml")
        else { return [] }
        return meeting.warnings.compactMap { warning in
            if dateStandsIn, Self.comparesWithTheDay(warning.content) { return nil }
            guard let path = warning.path else { return warning }
            let parts = Self.parts(path)
            if let top = parts.first, top.key == "meeting", let key = parts.dropFirst().first?.key,
                meetingKeys.contains(key)
            {
                return nil
            }
            // The item's place in the form: count back the items set aside before it.
            guard let top = parts.first, let index = top.index, let dropped = droppedItems[top.key] else {
                return warning
            }
            var original = index
            for removed in dropped.sorted() where removed <= original { original += 1 }
            var moved = warning
            moved.path = "\(top.key)[\(original)]" + path.dropFirst("\(top.key)[\(index)]".count)
            return moved
        }
    }

    static func comparesWithTheDay(_ message: Message) -> Bool {
        switch message {
        case .dueBeforeMeeting, .completedAfterMeeting, .completedBeforeAssigned: true
        default: false
        }
    }

    /// `tasks[3].owner.name` → (tasks, 3), (owner, nil), (name, nil).
    static func parts(_ path: String) -> [(key: String, index: Int?)] {
        ValuePath(spelled: path).parts.map { ($0.key, $0.indices.first) }
    }
}
