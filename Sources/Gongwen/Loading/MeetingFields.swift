/// The data contract, key by key: which keys each mapping may hold and how each value is read.
enum MeetingFields {
    typealias Node = YAMLTree.Node

    /// The keys a meeting file may hold at its top level.
    static let topKeys = [
        "meeting", "headings", "reports", "comments", "requirements", "speech", "decisions", "tasks", "task_updates",
    ]

    // The keys of each mapping, in the order a meeting file written by Gongwen gives them.
    static let meetingKeys = [
        "title", "organization", "organization_short", "kind", "number", "date", "time", "location", "host", "speaker",
        "recorder",
        "attendees", "observers", "absentees", "attachments", "copy_to", "distribution", "printed_by", "printed_on",
    ]
    static let absenteeKeys = ["name", "reason"]
    static let personKeys = ["name", "title", "unit"]
    static let reportKeys = ["kind", "reporter", "unit", "topic", "achievements", "shortcomings", "plans"]
    static let commentKeys = ["by", "about", "text"]
    static let requirementKeys = ["by", "text"]
    static let speechKeys = ["speaker", "opening"] + SpeechPartKey.allCases.map(\.rawValue) + ["closing"]
    static let partKeys = ["heading", "paragraphs", "minutes", "sections", "points"]
    static let sectionKeys = ["heading", "paragraphs", "minutes", "points"]
    static let pointKeys = ["lead", "text"]
    static let taskKeys = ["id", "content", "part", "lead_unit", "owner", "partners", "due", "status", "completed_on"]
    static let updateKeys = ["id", "status", "completed_on", "note"]

    static func meeting(_ root: Node, source: String, reader: inout NodeReader) -> Meeting? {
        guard let top = reader.fields(root, path: .file, known: topKeys, what: .meetingFile) else { return nil }
        // A missing block is one error among the file's others, not the only one reported.
        var info: MeetingInfo?
        if let infoNode = top["meeting"] {
            info = meetingInfo(infoNode, reader: &reader)
        } else {
            reader.fail(.noMeetingBlock, at: root, path: "meeting")
        }
        let reports = reader.list(top["reports"], path: "reports", what: .reports) { reader, node, path in
            report(node, path: path, reader: &reader)
        }
        let comments = reader.list(top["comments"], path: "comments", what: .comments) { reader, node, path in
            comment(node, path: path, reader: &reader)
        }
        let requirements = reader.list(top["requirements"], path: "requirements", what: .requirements) {
            reader, node, path in requirement(node, path: path, reader: &reader)
        }
        var speech: Speech?
        if let node = top["speech"], !reader.isAbsent(node) { speech = Self.speech(node, reader: &reader) }
        let decisions = reader.texts(top["decisions"], path: "decisions")
        let tasks = reader.list(top["tasks"], path: "tasks", what: .tasks) { reader, node, path in
            task(node, path: path, reader: &reader)
        }
        let updates = reader.list(top["task_updates"], path: "task_updates", what: .taskUpdates) {
            reader, node, path in taskUpdate(node, path: path, reader: &reader)
        }
        var seen: [String: SourceLocation] = [:]
        for task in tasks {
            guard let location = task.location else { continue }
            if let first = seen[task.id] {
                reader.fail(
                    .taskIdRepeated(id: task.id, line: first.line),
                    at: location, path: ValuePath(spelled: task.idPath ?? "tasks"))
            } else {
                seen[task.id] = location
            }
        }
        let headings = Self.headings(top["headings"], reader: &reader)
        guard let info else { return nil }
        var meeting = Meeting(
            source: source, info: info, reports: reports, comments: comments, requirements: requirements,
            speech: speech, decisions: decisions, tasks: tasks, taskUpdates: updates)
        meeting.headings = headings
        return meeting
    }

    static func headings(_ node: Node?, reader: inout NodeReader) -> SectionHeadings {
        guard let node, !reader.isAbsent(node),
            let f = reader.fields(node, path: "headings", known: SectionHeadings.keys, what: .headings)
        else { return SectionHeadings() }
        var given: [String: String] = [:]
        for key in SectionHeadings.keys {
            guard let text = reader.text(f[key], path: f.path(key)) else { continue }
            // A heading the minutes number (一、): its own number is not printed twice.
            if !SectionHeadings.runInLabels.contains(key) {
                reader.warnIfNumbered(text, as: .partHeading, at: f[key], path: f.path(key))
            }
            given[key] = text
        }
        return SectionHeadings(given)
    }

    static func meetingInfo(_ node: Node, reader: inout NodeReader) -> MeetingInfo? {
        guard let f = reader.fields(node, path: "meeting", known: meetingKeys, what: .meetingBlock) else { return nil }
        let title = reader.text(f["title"], path: f.path("title"), required: true, parent: f)
        let date = reader.date(f["date"], path: f.path("date"), required: true, parent: f)
        let absentees = reader.list(f["absentees"], path: f.path("absentees"), what: .absentees) {
            reader, node, path in absentee(node, path: path, reader: &reader)
        }
        var info = MeetingInfo(
            title: title ?? "", organization: reader.text(f["organization"], path: f.path("organization")),
            kind: reader.text(f["kind"], path: f.path("kind")),
            number: reader.text(f["number"], path: f.path("number")),
            date: date ?? CalendarDate(year: 2000, month: 1, day: 1)!,
            time: reader.text(f["time"], path: f.path("time")),
            location: reader.text(f["location"], path: f.path("location")),
            host: reader.person(f["host"], path: f.path("host")),
            speaker: reader.person(f["speaker"], path: f.path("speaker")),
            recorder: reader.person(f["recorder"], path: f.path("recorder")),
            attendees: reader.people(f["attendees"], path: f.path("attendees")),
            observers: reader.people(f["observers"], path: f.path("observers")), absentees: absentees)
        info.organizationShort = reader.text(f["organization_short"], path: f.path("organization_short"))
        info.attachments = reader.texts(f["attachments"], path: f.path("attachments"))
        info.copyTo = reader.texts(f["copy_to"], path: f.path("copy_to"))
        info.distribution = reader.texts(f["distribution"], path: f.path("distribution"))
        info.printedBy = reader.text(f["printed_by"], path: f.path("printed_by"))
        info.printedOn = reader.date(f["printed_on"], path: f.path("printed_on"))
        return title != nil && date != nil ? info : nil
    }

    static func absentee(_ node: Node, path: ValuePath, reader: inout NodeReader) -> Absentee? {
        if reader.tree.kind(of: node) == .scalar {
            return reader.text(node, path: path, required: true).map { Absentee(name: $0) }
        }
        guard let f = reader.fields(node, path: path, known: absenteeKeys, what: .absentee) else {
            return nil
        }
        let name = reader.text(f["name"], path: f.path("name"), required: true, parent: f)
        let reason = reader.text(f["reason"], path: f.path("reason"))
        return name.map { Absentee(name: $0, reason: reason) }
    }

    static func report(_ node: Node, path: ValuePath, reader: inout NodeReader) -> Report? {
        guard let f = reader.fields(node, path: path, known: reportKeys, what: .report) else { return nil }
        let reporter = reader.person(f["reporter"], path: f.path("reporter"), required: true, parent: f)
        let unit = reader.text(f["unit"], path: f.path("unit"), required: true, parent: f)
        var report = Report(
            reporter: reporter ?? Person(name: ""), unit: unit ?? "",
            topic: reader.text(f["topic"], path: f.path("topic")),
            achievements: reader.texts(f["achievements"], path: f.path("achievements")),
            shortcomings: reader.texts(f["shortcomings"], path: f.path("shortcomings")),
            plans: reader.texts(f["plans"], path: f.path("plans")))
        report.kind = reader.text(f["kind"], path: f.path("kind"))
        return reporter != nil && unit != nil ? report : nil
    }

    static func comment(_ node: Node, path: ValuePath, reader: inout NodeReader) -> Comment? {
        guard let f = reader.fields(node, path: path, known: commentKeys, what: .comment) else {
            return nil
        }
        let by = reader.person(f["by"], path: f.path("by"), required: true, parent: f)
        let about = reader.text(f["about"], path: f.path("about"))
        let text = reader.text(f["text"], path: f.path("text"), required: true, parent: f)
        guard let by, let text else { return nil }
        return Comment(by: by, about: about, text: text)
    }

    static func requirement(_ node: Node, path: ValuePath, reader: inout NodeReader) -> Requirement? {
        guard let f = reader.fields(node, path: path, known: requirementKeys, what: .requirement) else { return nil }
        let by = reader.person(f["by"], path: f.path("by"))
        return reader.text(f["text"], path: f.path("text"), required: true, parent: f).map {
            Requirement(by: by, text: $0)
        }
    }

    static func speech(_ node: Node, reader: inout NodeReader) -> Speech? {
        guard let f = reader.fields(node, path: "speech", known: speechKeys, what: .speech) else { return nil }
        var parts: [SpeechPartKey: SpeechPart] = [:]
        for key in SpeechPartKey.allCases {
            if let partNode = f[key.rawValue], !reader.isAbsent(partNode),
                let part = speechPart(partNode, path: f.path(key.rawValue), reader: &reader)
            {
                parts[key] = part
            }
        }
        return Speech(
            speaker: reader.person(f["speaker"], path: f.path("speaker")),
            opening: reader.texts(f["opening"], path: f.path("opening")), parts: parts,
            closing: reader.texts(f["closing"], path: f.path("closing")))
    }

    static func speechPart(_ node: Node, path: ValuePath, reader: inout NodeReader) -> SpeechPart? {
        guard let f = reader.fields(node, path: path, known: partKeys, what: .speechPart) else { return nil }
        let sections = reader.list(f["sections"], path: f.path("sections"), what: .sections) { reader, node, path in
            section(node, path: path, reader: &reader)
        }
        let heading = reader.text(f["heading"], path: f.path("heading"))
        reader.warnIfNumbered(heading, as: .partHeading, at: f["heading"], path: f.path("heading"))
        return SpeechPart(
            heading: heading,
            paragraphs: reader.texts(f["paragraphs"], path: f.path("paragraphs")), sections: sections,
            points: points(f["points"], path: f.path("points"), reader: &reader),
            minutes: reader.texts(f["minutes"], path: f.path("minutes")))
    }

    static func section(_ node: Node, path: ValuePath, reader: inout NodeReader) -> SpeechSection? {
        guard let f = reader.fields(node, path: path, known: sectionKeys, what: .section) else { return nil }
        let heading = reader.text(f["heading"], path: f.path("heading"), required: true, parent: f)
        reader.warnIfNumbered(heading, as: .sectionHeading, at: f["heading"], path: f.path("heading"))
        let paragraphs = reader.texts(f["paragraphs"], path: f.path("paragraphs"))
        let points = points(f["points"], path: f.path("points"), reader: &reader)
        let minutes = reader.texts(f["minutes"], path: f.path("minutes"))
        return heading.map { SpeechSection(heading: $0, paragraphs: paragraphs, points: points, minutes: minutes) }
    }

    static func points(_ node: Node?, path: ValuePath, reader: inout NodeReader) -> [SpeechPoint] {
        reader.list(node, path: path, what: .points) { reader, node, path in
            guard let f = reader.fields(node, path: path, known: pointKeys, what: .point) else { return nil }
            let lead = reader.text(f["lead"], path: f.path("lead"), required: true, parent: f)
            reader.warnIfNumbered(lead, as: .point, at: f["lead"], path: f.path("lead"))
            let text = reader.text(f["text"], path: f.path("text"))
            return lead.map { SpeechPoint(lead: $0, text: text) }
        }
    }

    static func task(_ node: Node, path: ValuePath, reader: inout NodeReader) -> MeetingTask? {
        guard let f = reader.fields(node, path: path, known: taskKeys, what: .task) else { return nil }
        let id = reader.text(f["id"], path: f.path("id"), required: true, parent: f)
        let content = reader.text(f["content"], path: f.path("content"), required: true, parent: f)
        var task = MeetingTask(
            id: id ?? "", content: content ?? "",
            part: reader.enumeration(f["part"], path: f.path("part"), as: SpeechPartKey.self),
            leadUnit: reader.text(f["lead_unit"], path: f.path("lead_unit")),
            owner: reader.person(f["owner"], path: f.path("owner")),
            partners: reader.texts(f["partners"], path: f.path("partners")),
            due: reader.date(f["due"], path: f.path("due")),
            status: reader.enumeration(f["status"], path: f.path("status"), as: TaskStatus.self) ?? .planned,
            completedOn: reader.date(f["completed_on"], path: f.path("completed_on")))
        task.location = reader.location(of: f["id"] ?? node)
        task.idPath = f.path("id").spelled
        return id != nil && content != nil ? task : nil
    }

    static func taskUpdate(_ node: Node, path: ValuePath, reader: inout NodeReader) -> TaskUpdate? {
        guard let f = reader.fields(node, path: path, known: updateKeys, what: .taskUpdate) else { return nil }
        let id = reader.text(f["id"], path: f.path("id"), required: true, parent: f)
        var update = TaskUpdate(
            id: id ?? "", status: reader.enumeration(f["status"], path: f.path("status"), as: TaskStatus.self),
            completedOn: reader.date(f["completed_on"], path: f.path("completed_on")),
            note: reader.text(f["note"], path: f.path("note")))
        update.location = reader.location(of: f["id"] ?? node)
        update.idPath = f.path("id").spelled
        return id != nil ? update : nil
    }
}
