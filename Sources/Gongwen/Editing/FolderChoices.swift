/// What the form offers from a folder's meetings: the names and units already used, and the tasks
/// still open on a day, whose progress the clerk records with a click.
public struct FolderChoices: Sendable {
    /// People's names, in order of first use.
    public let names: [String]
    /// The same people with the post and unit the latest meeting gave them, for the picker.
    public let people: [Person]
    /// Units: lead units, partners and reporting units.
    public let units: [String]
    /// Tasks not done on the day, from meetings held before it.
    public let openTasks: [TaskRecord]
    /// The folder's meetings, newest first, to start a new one from (从上次会议复制).
    public let meetings: [Earlier]

    /// A meeting of the folder as the form lists it.
    public struct Earlier: Sendable, Equatable {
        public let file: String
        public let title: String
        public let date: CalendarDate
    }

    /// The choices of `meetings` for a meeting held on `day`; the office's `directory` comes
    /// first, its posts over the meetings'.
    public init(_ meetings: [Meeting], day: CalendarDate, directory: OfficeDirectory? = nil) {
        var names: [String] = []
        var units: [String] = []
        var latest: [String: (day: CalendarDate, person: Person)] = [:]
        func note(_ value: String?, in list: inout [String]) {
            if let value, !value.isEmpty, !list.contains(value) { list.append(value) }
        }
        func note(_ person: Person, on day: CalendarDate) {
            note(person.name, in: &names)
            guard person.title != nil || person.unit != nil || latest[person.name] == nil else { return }
            if let known = latest[person.name], known.day > day, known.person.title != nil || known.person.unit != nil {
                return
            }
            latest[person.name] = (day, person)
        }
        for meeting in meetings {
            let info = meeting.info
            for person in [info.host, info.speaker, info.recorder].compactMap({ $0 }) + info.attendees + info.observers
            {
                note(person, on: info.date)
            }
            for absentee in info.absentees { note(absentee.name, in: &names) }
            for report in meeting.reports {
                note(report.reporter, on: info.date)
                note(report.unit, in: &units)
            }
            for by in meeting.comments.map(\.by) + meeting.requirements.compactMap(\.by) { note(by, on: info.date) }
            for task in meeting.tasks {
                if let owner = task.owner { note(owner, on: info.date) }
                note(task.leadUnit, in: &units)
                for partner in task.partners { note(partner, in: &units) }
            }
        }
        let listed = directory?.people ?? []
        let listedNames = Set(listed.map(\.name))
        self.names = listed.map(\.name) + names.filter { !listedNames.contains($0) }
        people = listed + names.filter { !listedNames.contains($0) }.map { latest[$0]?.person ?? Person(name: $0) }
        let listedUnits = directory?.units ?? []
        self.units = listedUnits + units.filter { !listedUnits.contains($0) }
        let earlier = meetings.filter { $0.info.date < day }
        openTasks = TaskLedger.records(earlier, on: day).filter { !$0.isDone }
        self.meetings = meetings.sorted { ($0.info.date, $1.source) > ($1.info.date, $0.source) }.map {
            Earlier(file: $0.source, title: $0.info.title, date: $0.info.date)
        }
    }
}
