/// What the form offers from a folder's meetings: the names and units already used, and the tasks
/// still open on a day, whose progress the clerk records with a click.
public struct FolderChoices: Sendable {
    /// People's names, in order of first use.
    public let names: [String]
    /// Units: lead units, partners and reporting units.
    public let units: [String]
    /// Tasks not done on the day, from meetings held before it.
    public let openTasks: [TaskRecord]

    /// The choices of `meetings` for a meeting held on `day`.
    public init(_ meetings: [Meeting], day: CalendarDate) {
        var names: [String] = []
        var units: [String] = []
        func note(_ value: String?, in list: inout [String]) {
            if let value, !value.isEmpty, !list.contains(value) { list.append(value) }
        }
        for meeting in meetings {
            let info = meeting.info
            for person in [info.host, info.speaker, info.recorder].compactMap({ $0 }) + info.attendees + info.observers
            {
                note(person.name, in: &names)
            }
            for absentee in info.absentees { note(absentee.name, in: &names) }
            for report in meeting.reports {
                note(report.reporter.name, in: &names)
                note(report.unit, in: &units)
            }
            for task in meeting.tasks {
                note(task.owner?.name, in: &names)
                note(task.leadUnit, in: &units)
                for partner in task.partners { note(partner, in: &units) }
            }
        }
        self.names = names
        self.units = units
        let earlier = meetings.filter { $0.info.date < day }
        openTasks = TaskLedger.records(earlier, on: day).filter { !$0.isDone }
    }
}
