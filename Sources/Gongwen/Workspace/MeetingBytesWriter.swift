import Foundation

/// Writes a loaded meeting as the meeting cache keeps it: every field in a fixed order, numbers as
/// variable-length integers, texts as their UTF-8 bytes after their length. `MeetingBytesReader`
/// reads the fields back in the same order; a field added to the model is added to both.
struct MeetingBytesWriter {
    private(set) var bytes: [UInt8] = []

    /// The bytes of `meeting`.
    static func encode(_ meeting: Meeting) -> [UInt8] {
        var writer = MeetingBytesWriter()
        writer.meeting(meeting)
        return writer.bytes
    }

    /// Writes the bytes so far to `file` and starts afresh.
    mutating func flush(to file: FileHandle) throws {
        try file.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func int(_ value: Int) {
        // Zigzag, so that small negative numbers stay short too.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { span($0) }
    }

    /// Bytes after their count.
    mutating func span(_ values: some Collection<UInt8>) {
        int(values.count)
        bytes.append(contentsOf: values)
    }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
        flag(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<Value>(_ values: [Value], _ write: (inout Self, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func texts(_ values: [String]) { list(values) { $0.text($1) } }

    mutating func optionalText(_ value: String?) { optional(value) { $0.text($1) } }

    mutating func date(_ value: CalendarDate) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func optionalDate(_ value: CalendarDate?) { optional(value) { $0.date($1) } }

    mutating func person(_ value: Person) {
        text(value.name)
        optionalText(value.title)
        optionalText(value.unit)
    }

    mutating func optionalPerson(_ value: Person?) { optional(value) { $0.person($1) } }

    mutating func place(_ value: SourceLocation?, path: String?) {
        optional(value) {
            $0.int($1.line)
            $0.int($1.column)
        }
        optionalText(path)
    }

    mutating func meeting(_ meeting: Meeting) {
        info(meeting.info)
        list(meeting.reports) { writer, report in
            writer.person(report.reporter)
            writer.text(report.unit)
            writer.optionalText(report.topic)
            writer.texts(report.achievements)
            writer.texts(report.shortcomings)
            writer.texts(report.plans)
            writer.optionalText(report.kind)
        }
        list(meeting.comments) { writer, comment in
            writer.person(comment.by)
            writer.optionalText(comment.about)
            writer.text(comment.text)
        }
        list(meeting.requirements) { writer, requirement in
            writer.optionalPerson(requirement.by)
            writer.text(requirement.text)
        }
        optional(meeting.speech) { $0.speech($1) }
        texts(meeting.decisions)
        list(meeting.tasks) { $0.task($1) }
        list(meeting.taskUpdates) { writer, update in
            writer.text(update.id)
            writer.optional(update.status) { $0.text($1.rawValue) }
            writer.optionalDate(update.completedOn)
            writer.optionalText(update.note)
            writer.place(update.location, path: update.idPath)
        }
        list(meeting.headings.given.sorted { $0.key < $1.key }) { writer, heading in
            writer.text(heading.key)
            writer.text(heading.value)
        }
    }

    mutating func info(_ info: MeetingInfo) {
        text(info.title)
        optionalText(info.organization)
        optionalText(info.organizationShort)
        optionalText(info.kind)
        optionalText(info.number)
        date(info.date)
        optionalText(info.time)
        optionalText(info.location)
        optionalPerson(info.host)
        optionalPerson(info.speaker)
        optionalPerson(info.recorder)
        list(info.attendees) { $0.person($1) }
        list(info.observers) { $0.person($1) }
        list(info.absentees) { writer, absentee in
            writer.text(absentee.name)
            writer.optionalText(absentee.reason)
        }
        texts(info.attachments)
        texts(info.copyTo)
        texts(info.distribution)
        optionalText(info.printedBy)
        optionalDate(info.printedOn)
    }

    mutating func speech(_ speech: Speech) {
        optionalPerson(speech.speaker)
        texts(speech.opening)
        // In the contract's order, so that the same speech always makes the same bytes.
        list(SpeechPartKey.allCases.filter { speech.parts[$0] != nil }) { writer, key in
            let part = speech.parts[key]!
            writer.text(key.rawValue)
            writer.optionalText(part.heading)
            writer.texts(part.paragraphs)
            writer.list(part.sections) { writer, section in
                writer.text(section.heading)
                writer.texts(section.paragraphs)
                writer.points(section.points)
                writer.texts(section.minutes)
            }
            writer.points(part.points)
            writer.texts(part.minutes)
        }
        texts(speech.closing)
    }

    mutating func points(_ points: [SpeechPoint]) {
        list(points) { writer, point in
            writer.text(point.lead)
            writer.optionalText(point.text)
        }
    }

    mutating func task(_ task: MeetingTask) {
        text(task.id)
        text(task.content)
        optional(task.part) { $0.text($1.rawValue) }
        optionalText(task.leadUnit)
        optionalPerson(task.owner)
        texts(task.partners)
        optionalDate(task.due)
        text(task.status.rawValue)
        optionalDate(task.completedOn)
        place(task.location, path: task.idPath)
    }
}
