import Foundation

/// A meeting file's data as the contract spells it — keys in a fixed order, texts, lists — between
/// the browser's form and the YAML file: what the form edits, what is checked, what is written.
public indirect enum MeetingRecord: Equatable, Sendable {
    /// A text as written (dates and states too: the loader reads them).
    case text(String)
    /// A list.
    case list([MeetingRecord])
    /// A mapping, its keys in the contract's order.
    case map([Field])

    /// One key of a mapping.
    public struct Field: Equatable, Sendable {
        public var key: String
        public var value: MeetingRecord

        public init(_ key: String, _ value: MeetingRecord) {
            self.key = key
            self.value = value
        }
    }

    /// The value under `key` of a mapping.
    public subscript(key: String) -> MeetingRecord? {
        guard case .map(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// Whether the value holds nothing a file would write: an empty or blank text, an empty list or mapping.
    var isEmpty: Bool {
        switch self {
        case .text(let text): return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let items): return items.isEmpty
        case .map(let fields): return fields.isEmpty
        }
    }

    // MARK: From the form

    /// The record of the form's JSON (objects, arrays, strings; numbers and booleans as text):
    /// keys put in the contract's order, empty values left out, unknown keys kept at the end
    /// (the loader reports them like a hand-written file's).
    public init(json: Any) {
        self = Self.read(json, under: "") ?? .map([])
    }

    private static func read(_ value: Any, under parent: String) -> MeetingRecord? {
        let record: MeetingRecord
        switch value {
        case let text as String:
            record = .text(text.replacingOccurrences(of: "\r\n", with: "\n"))
        case let number as NSNumber:
            record = .text(number.stringValue)
        case let items as [Any]:
            record = .list(items.compactMap { read($0, under: parent) })
        case let object as [String: Any]:
            let order = keyOrder(under: parent)
            let keys = object.keys.sorted {
                (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1)
            }
            record = .map(keys.compactMap { key in read(object[key]!, under: key).map { Field(key, $0) } })
        default:
            return nil
        }
        return record.isEmpty ? nil : record
    }

    /// The keys of the mapping found under `parent` (a key, or the key of the list it is an item of).
    static func keyOrder(under parent: String) -> [String] {
        switch parent {
        case "": return MeetingFields.topKeys
        case "meeting": return MeetingFields.meetingKeys
        case "host", "speaker", "recorder", "owner", "reporter", "by", "attendees", "observers":
            return MeetingFields.personKeys
        case "absentees": return MeetingFields.absenteeKeys
        case "reports": return MeetingFields.reportKeys
        case "comments": return MeetingFields.commentKeys
        case "requirements": return MeetingFields.requirementKeys
        case "speech": return MeetingFields.speechKeys
        case "sections": return MeetingFields.sectionKeys
        case "points": return MeetingFields.pointKeys
        case "tasks": return MeetingFields.taskKeys
        case "task_updates": return MeetingFields.updateKeys
        case "headings": return SectionHeadings.keys
        default:
            return SpeechPartKey(rawValue: parent) != nil ? MeetingFields.partKeys : []
        }
    }

    /// The record as the JSON the form reads (objects lose their order; the form has its own).
    public var json: Any {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.map(\.json)
        case .map(let fields):
            var object: [String: Any] = [:]
            for field in fields { object[field.key] = field.value.json }
            return object
        }
    }
}

// MARK: From a loaded meeting

extension MeetingRecord {
    /// The record of a loaded meeting: what its file says, in the contract's order and spelling
    /// (states and parts by their English values, dates as `YYYY-MM-DD`).
    public init(_ meeting: Meeting) {
        var top: [Field] = []
        func add(_ fields: inout [Field], _ key: String, _ value: MeetingRecord?) {
            if let value, !value.isEmpty { fields.append(Field(key, value)) }
        }
        let info = meeting.info
        var block: [Field] = []
        add(&block, "title", .text(info.title))
        add(&block, "organization", info.organization.map(MeetingRecord.text))
        add(&block, "organization_short", info.organizationShort.map(MeetingRecord.text))
        add(&block, "kind", info.kind.map(MeetingRecord.text))
        add(&block, "number", info.number.map(MeetingRecord.text))
        add(&block, "date", .text(info.date.description))
        add(&block, "time", info.time.map(MeetingRecord.text))
        add(&block, "location", info.location.map(MeetingRecord.text))
        add(&block, "host", info.host.map(Self.person))
        add(&block, "speaker", info.speaker.map(Self.person))
        add(&block, "recorder", info.recorder.map(Self.person))
        add(&block, "attendees", .list(info.attendees.map(Self.person)))
        add(&block, "observers", .list(info.observers.map(Self.person)))
        add(
            &block, "absentees",
            .list(
                info.absentees.map { absentee in
                    absentee.reason.map { .map([Field("name", .text(absentee.name)), Field("reason", .text($0))]) }
                        ?? .text(absentee.name)
                }))
        add(&block, "attachments", Self.texts(info.attachments))
        add(&block, "copy_to", Self.texts(info.copyTo))
        add(&block, "distribution", Self.texts(info.distribution))
        add(&block, "printed_by", info.printedBy.map(MeetingRecord.text))
        add(&block, "printed_on", info.printedOn.map { .text($0.description) })
        top.append(Field("meeting", .map(block)))
        var headings: [Field] = []
        for key in SectionHeadings.keys { add(&headings, key, meeting.headings.given[key].map(MeetingRecord.text)) }
        add(&top, "headings", .map(headings))
        add(
            &top, "reports",
            .list(
                meeting.reports.map { report in
                    var fields: [Field] = []
                    add(&fields, "kind", report.kind.map(MeetingRecord.text))
                    add(&fields, "reporter", Self.person(report.reporter))
                    add(&fields, "unit", .text(report.unit))
                    add(&fields, "topic", report.topic.map(MeetingRecord.text))
                    add(&fields, "achievements", Self.texts(report.achievements))
                    add(&fields, "shortcomings", Self.texts(report.shortcomings))
                    add(&fields, "plans", Self.texts(report.plans))
                    return .map(fields)
                }))
        add(
            &top, "comments",
            .list(
                meeting.comments.map { comment in
                    var fields: [Field] = []
                    add(&fields, "by", Self.person(comment.by))
                    add(&fields, "about", comment.about.map(MeetingRecord.text))
                    add(&fields, "text", .text(comment.text))
                    return .map(fields)
                }))
        add(
            &top, "requirements",
            .list(
                meeting.requirements.map { requirement in
                    var fields: [Field] = []
                    add(&fields, "by", requirement.by.map(Self.person))
                    add(&fields, "text", .text(requirement.text))
                    return .map(fields)
                }))
        if let speech = meeting.speech {
            var fields: [Field] = []
            add(&fields, "speaker", speech.speaker.map(Self.person))
            add(&fields, "opening", Self.texts(speech.opening))
            for key in SpeechPartKey.allCases {
                guard let part = speech.parts[key] else { continue }
                var partFields: [Field] = []
                add(&partFields, "heading", part.heading.map(MeetingRecord.text))
                add(&partFields, "paragraphs", Self.texts(part.paragraphs))
                add(&partFields, "minutes", Self.texts(part.minutes))
                add(
                    &partFields, "sections",
                    .list(
                        part.sections.map { section in
                            var sectionFields: [Field] = []
                            add(&sectionFields, "heading", .text(section.heading))
                            add(&sectionFields, "paragraphs", Self.texts(section.paragraphs))
                            add(&sectionFields, "minutes", Self.texts(section.minutes))
                            add(&sectionFields, "points", Self.points(section.points))
                            return .map(sectionFields)
                        }))
                add(&partFields, "points", Self.points(part.points))
                add(&fields, key.rawValue, .map(partFields))
            }
            add(&fields, "closing", Self.texts(speech.closing))
            add(&top, "speech", .map(fields))
        }
        add(&top, "decisions", Self.texts(meeting.decisions))
        add(
            &top, "tasks",
            .list(
                meeting.tasks.map { task in
                    var fields: [Field] = []
                    add(&fields, "id", .text(task.id))
                    add(&fields, "content", .text(task.content))
                    add(&fields, "part", task.part.map { .text($0.rawValue) })
                    add(&fields, "lead_unit", task.leadUnit.map(MeetingRecord.text))
                    add(&fields, "owner", task.owner.map(Self.person))
                    add(&fields, "partners", Self.texts(task.partners))
                    add(&fields, "due", task.due.map { .text($0.description) })
                    add(&fields, "status", .text(task.status.rawValue))
                    add(&fields, "completed_on", task.completedOn.map { .text($0.description) })
                    return .map(fields)
                }))
        add(
            &top, "task_updates",
            .list(
                meeting.taskUpdates.map { update in
                    var fields: [Field] = []
                    add(&fields, "id", .text(update.id))
                    add(&fields, "status", update.status.map { .text($0.rawValue) })
                    add(&fields, "completed_on", update.completedOn.map { .text($0.description) })
                    add(&fields, "note", update.note.map(MeetingRecord.text))
                    return .map(fields)
                }))
        self = .map(top)
    }

    /// A new meeting started from `meeting` (从上次会议复制): the same organisation, kind, place,
    /// people, distribution and headings; never its day, number, absences, attachments, reports,
    /// comments, speech, decisions or tasks, which belong to that meeting alone.
    public static func startingFrom(_ meeting: Meeting) -> MeetingRecord {
        let kept: Set = [
            "title", "organization", "organization_short", "kind", "time", "location", "host", "speaker", "recorder",
            "attendees", "observers", "copy_to", "distribution", "printed_by",
        ]
        let whole = MeetingRecord(meeting)
        var fields: [Field] = []
        if case .map(let block)? = whole["meeting"] {
            fields.append(Field("meeting", .map(block.filter { kept.contains($0.key) })))
        }
        if let headings = whole["headings"] { fields.append(Field("headings", headings)) }
        return .map(fields)
    }

    /// A person by name alone when that is all the file says, else `{name, title, unit}`.
    static func person(_ person: Person) -> MeetingRecord {
        guard person.title != nil || person.unit != nil else { return .text(person.name) }
        var fields = [Field("name", .text(person.name))]
        if let title = person.title { fields.append(Field("title", .text(title))) }
        if let unit = person.unit { fields.append(Field("unit", .text(unit))) }
        return .map(fields)
    }

    static func texts(_ texts: [String]) -> MeetingRecord {
        .list(texts.map(MeetingRecord.text))
    }

    static func points(_ points: [SpeechPoint]) -> MeetingRecord {
        .list(
            points.map { point in
                var fields = [Field("lead", .text(point.lead))]
                if let text = point.text { fields.append(Field("text", .text(text))) }
                return .map(fields)
            })
    }
}
