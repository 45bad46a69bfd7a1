/// Names and units a meeting spells one character off the office's directory: 王建围 for 王建国,
/// 住房保障料 for 住房保障科. A name the directory does not hold at all is no finding: guests and
/// new staff are normal.
enum DirectoryRule {
    static func findings(in meeting: Meeting, directory: OfficeDirectory) -> [MeetingRules.Finding] {
        var found: [MeetingRules.Finding] = []
        func person(_ person: Person?, at path: String) {
            guard let person else { return }
            if let known = directory.name(near: person.name) {
                found.append(
                    .init(rule: .directory, path: path, message: .nearDirectoryEntry(person.name, known: known)))
            }
            unit(person.unit, at: path + ".unit")
        }
        func unit(_ unit: String?, at path: String) {
            guard let unit, let known = directory.unit(near: unit) else { return }
            found.append(.init(rule: .directory, path: path, message: .nearDirectoryEntry(unit, known: known)))
        }
        let info = meeting.info
        person(info.host, at: "meeting.host")
        person(info.speaker, at: "meeting.speaker")
        person(info.recorder, at: "meeting.recorder")
        for (index, attendee) in info.attendees.enumerated() { person(attendee, at: "meeting.attendees[\(index)]") }
        for (index, observer) in info.observers.enumerated() { person(observer, at: "meeting.observers[\(index)]") }
        for (index, absentee) in info.absentees.enumerated() {
            person(Person(name: absentee.name), at: "meeting.absentees[\(index)]")
        }
        for (index, report) in meeting.reports.enumerated() {
            person(report.reporter, at: "reports[\(index)].reporter")
            unit(report.unit, at: "reports[\(index)].unit")
        }
        for (index, comment) in meeting.comments.enumerated() { person(comment.by, at: "comments[\(index)].by") }
        for (index, task) in meeting.tasks.enumerated() {
            unit(task.leadUnit, at: "tasks[\(index)].lead_unit")
            person(task.owner, at: "tasks[\(index)].owner")
            for (offset, partner) in task.partners.enumerated() {
                unit(partner, at: "tasks[\(index)].partners[\(offset)]")
            }
        }
        return found
    }
}
