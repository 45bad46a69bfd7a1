/// Reads back what `MeetingBytesWriter` wrote, field by field in its order. Bytes that end early
/// or hold what no writer writes throw, and the cache then parses the file as if it had no entry.
struct MeetingBytesReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    /// The meeting's file as this run names it: its `source`, and the file of its tasks' places.
    private let source: String

    struct Malformed: Error {}

    /// The meeting held in `bytes`, loaded from `source`.
    static func decode(_ bytes: UnsafeRawBufferPointer, source: String) throws(Malformed) -> Meeting {
        var reader = MeetingBytesReader(bytes, source: source)
        let meeting = try reader.meeting()
        guard reader.isAtEnd else { throw Malformed() }
        return meeting
    }

    /// A reader of `bytes` from their start; `source` names the file of any meeting read.
    init(_ bytes: UnsafeRawBufferPointer, source: String = "") {
        self.bytes = bytes
        self.source = source
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// The place of the bytes `MeetingBytesWriter.span` wrote, skipped over.
    mutating func span() throws(Malformed) -> Range<Int> {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return position..<position + count
    }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func text() throws(Malformed) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[try span()]), as: UTF8.self)
    }

    mutating func flag() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func optional<Value>(_ read: (inout Self) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        try flag() ? try read(&self) : nil
    }

    mutating func list<Value>(_ read: (inout Self) throws(Malformed) -> Value) throws(Malformed) -> [Value] {
        let count = try int()
        // Each item takes a byte at least: a count beyond the bytes left is no list the writer wrote.
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func texts() throws(Malformed) -> [String] { try list { reader throws(Malformed) in try reader.text() } }

    mutating func optionalText() throws(Malformed) -> String? {
        try optional { reader throws(Malformed) in try reader.text() }
    }

    mutating func date() throws(Malformed) -> CalendarDate {
        guard let date = CalendarDate(year: try int(), month: try int(), day: try int()) else { throw Malformed() }
        return date
    }

    mutating func optionalDate() throws(Malformed) -> CalendarDate? {
        try optional { reader throws(Malformed) in try reader.date() }
    }

    mutating func value<Value: RawRepresentable<String>>(_: Value.Type) throws(Malformed) -> Value {
        guard let value = Value(rawValue: try text()) else { throw Malformed() }
        return value
    }

    mutating func person() throws(Malformed) -> Person {
        Person(name: try text(), title: try optionalText(), unit: try optionalText())
    }

    mutating func optionalPerson() throws(Malformed) -> Person? {
        try optional { reader throws(Malformed) in try reader.person() }
    }

    mutating func place() throws(Malformed) -> (SourceLocation?, String?) {
        let location = try optional { reader throws(Malformed) in
            SourceLocation(file: reader.source, line: try reader.int(), column: try reader.int())
        }
        return (location, try optionalText())
    }

    mutating func meeting() throws(Malformed) -> Meeting {
        var meeting = Meeting(source: source, info: try info())
        meeting.reports = try list { reader throws(Malformed) in
            var report = Report(reporter: try reader.person(), unit: try reader.text())
            report.topic = try reader.optionalText()
            report.achievements = try reader.texts()
            report.shortcomings = try reader.texts()
            report.plans = try reader.texts()
            report.kind = try reader.optionalText()
            return report
        }
        meeting.comments = try list { reader throws(Malformed) in
            Comment(by: try reader.person(), about: try reader.optionalText(), text: try reader.text())
        }
        meeting.requirements = try list { reader throws(Malformed) in
            Requirement(by: try reader.optionalPerson(), text: try reader.text())
        }
        meeting.speech = try optional { reader throws(Malformed) in try reader.speech() }
        meeting.decisions = try texts()
        meeting.tasks = try list { reader throws(Malformed) in try reader.task() }
        meeting.taskUpdates = try list { reader throws(Malformed) in
            var update = TaskUpdate(id: try reader.text())
            update.status = try reader.optional { reader throws(Malformed) in try reader.value(TaskStatus.self) }
            update.completedOn = try reader.optionalDate()
            update.note = try reader.optionalText()
            (update.location, update.idPath) = try reader.place()
            return update
        }
        let headings = try list { reader throws(Malformed) in (try reader.text(), try reader.text()) }
        meeting.headings = SectionHeadings(Dictionary(headings) { first, _ in first })
        return meeting
    }

    mutating func info() throws(Malformed) -> MeetingInfo {
        let title = try text()
        let organization = try optionalText()
        let organizationShort = try optionalText()
        let kind = try optionalText()
        let number = try optionalText()
        var info = MeetingInfo(
            title: title, organization: organization, kind: kind, number: number, date: try date(),
            time: try optionalText(), location: try optionalText(), host: try optionalPerson(),
            speaker: try optionalPerson(), recorder: try optionalPerson(),
            attendees: try list { reader throws(Malformed) in try reader.person() },
            observers: try list { reader throws(Malformed) in try reader.person() },
            absentees: try list { reader throws(Malformed) in
                Absentee(name: try reader.text(), reason: try reader.optionalText())
            })
        info.organizationShort = organizationShort
        info.attachments = try texts()
        info.copyTo = try texts()
        info.distribution = try texts()
        info.printedBy = try optionalText()
        info.printedOn = try optionalDate()
        return info
    }

    mutating func speech() throws(Malformed) -> Speech {
        var speech = Speech(speaker: try optionalPerson(), opening: try texts())
        let parts = try list { reader throws(Malformed) in
            let key = try reader.value(SpeechPartKey.self)
            var part = SpeechPart(heading: try reader.optionalText(), paragraphs: try reader.texts())
            part.sections = try reader.list { reader throws(Malformed) in
                SpeechSection(
                    heading: try reader.text(), paragraphs: try reader.texts(), points: try reader.points(),
                    minutes: try reader.texts())
            }
            part.points = try reader.points()
            part.minutes = try reader.texts()
            return (key, part)
        }
        speech.parts = Dictionary(parts) { first, _ in first }
        speech.closing = try texts()
        return speech
    }

    mutating func points() throws(Malformed) -> [SpeechPoint] {
        try list { reader throws(Malformed) in SpeechPoint(lead: try reader.text(), text: try reader.optionalText()) }
    }

    mutating func task() throws(Malformed) -> MeetingTask {
        var task = MeetingTask(
            id: try text(), content: try text(),
            part: try optional { reader throws(Malformed) in try reader.value(SpeechPartKey.self) },
            leadUnit: try optionalText(), owner: try optionalPerson(), partners: try texts(), due: try optionalDate(),
            status: try value(TaskStatus.self), completedOn: try optionalDate())
        (task.location, task.idPath) = try place()
        return task
    }
}
