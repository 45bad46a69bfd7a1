/// The `accountability` template's view: the 责任清单 grouped by lead unit, the 任务清单 by part.
public struct AccountabilityView: Sendable {
    public let organization: String?
    /// What the lists cover: `2026年11月20日全面从严治党工作会议` or `2026年11月`.
    public let basis: String
    /// Whose lists they are, before `责任清单与任务清单` in the title: the meeting's full name
    /// (`市交通委员会全面从严治党工作会议`) or the organisation and month (`市交通委员会2026年11月`).
    public let subject: String
    /// Whether the lists are a month's (the ledger at its end) rather than one meeting's.
    public let isMonth: Bool
    /// The date that closes the lists.
    public let date: String
    /// The day the states are given as of, when later than the meeting (its file records a task
    /// completed since): `2026年11月25日`; nil otherwise.
    public let statesAsOf: String?
    /// Rows of the 责任清单; the first row of each unit carries `unitCell` with the rows it spans.
    public let responsibilityRows: [ResponsibilityRowView]
    /// The 任务清单: one group per part (统一思想, 聚焦重点, 压实责任, then 其他).
    public let parts: [TaskGroupView]
    public let hasTasks: Bool
    public let taskCount: Int

    /// The lists of one meeting's tasks, each in the state its file records last: a task the file
    /// marks done on a later day shows 已完成 with that day, and the lists say as of when.
    public init(meeting: Meeting) {
        let latest = meeting.tasks.compactMap { $0.status == .done ? $0.completedOn : nil }.max()
        let asOf = max(latest ?? meeting.info.date, meeting.info.date)
        // States as of the latest record; overdue as of the meeting, which is what the lists are of.
        let records = TaskLedger.records([meeting], on: asOf).map { record in
            let overdue = !record.isDone && (record.task.due.map { $0 <= meeting.info.date } ?? false)
            return TaskRecord(
                task: record.task, assignedOn: record.assignedOn, assignedAt: record.assignedAt, source: record.source,
                status: record.status,
                completedOn: record.completedOn, overdue: overdue, note: record.note, noteOn: record.noteOn,
                daysOverdue: overdue ? record.task.due.map { $0.days(to: meeting.info.date) } : nil,
                daysLate: record.daysLate, changedOn: record.changedOn)
        }
        self.init(
            organization: meeting.info.organization,
            basis: ChineseNumerals.date(meeting.info.date) + TextView.inline(meeting.info.title),
            subject: MeetingView.fullTitle(meeting.info), isMonth: false, date: meeting.info.date, records: records,
            statesAsOf: asOf > meeting.info.date ? asOf : nil)
    }

    /// The lists of a month: every task assigned, completed or open, as it stood at the month's end.
    public init(summary: MonthlySummary) {
        self.init(
            organization: summary.organization, basis: summary.period.chinese,
            subject: (summary.organization.map(TextView.inline) ?? "") + summary.period.chinese, isMonth: true,
            date: summary.asOf, records: summary.tasks)
    }

    init(
        organization: String?, basis: String, subject: String, isMonth: Bool, date: CalendarDate, records: [TaskRecord],
        statesAsOf: CalendarDate? = nil
    ) {
        self.statesAsOf = statesAsOf.map(ChineseNumerals.date)
        self.organization = organization
        self.basis = basis
        self.subject = subject
        self.isMonth = isMonth
        self.date = ChineseNumerals.date(date)
        taskCount = records.count
        hasTasks = !records.isEmpty
        var units: [String?] = []
        for record in records where !units.contains(record.task.leadUnit) { units.append(record.task.leadUnit) }
        var rows: [ResponsibilityRowView] = []
        for unit in units {
            let group = records.filter { $0.task.leadUnit == unit }
            for (index, record) in group.enumerated() {
                rows.append(
                    ResponsibilityRowView(
                        unitCell: index == 0 ? UnitCellView(name: TextView(unit ?? "未明确牵头单位"), rows: group.count) : nil,
                        task: TaskView(record, index: rows.count)))
            }
        }
        responsibilityRows = rows
        var groups: [TaskGroupView] = []
        for key in SpeechPartKey.allCases as [SpeechPartKey?] + [nil] {
            let group = records.filter { $0.task.part == key }
            guard !group.isEmpty else { continue }
            groups.append(
                TaskGroupView(
                    name: key?.shortName ?? "其他", heading: key?.defaultHeading ?? "其他任务",
                    tasks: group.enumerated().map { TaskView($0.element, index: $0.offset) }))
        }
        parts = groups
    }
}

/// A row of the 责任清单.
public struct ResponsibilityRowView: Sendable {
    /// Present on the first row of a unit's group.
    public let unitCell: UnitCellView?
    public let task: TaskView
}

/// The merged unit cell: its name and how many rows it spans.
public struct UnitCellView: Sendable {
    public let name: TextView
    public let rows: Int
}

/// The tasks that serve one part.
public struct TaskGroupView: Sendable {
    /// 统一思想 / 聚焦重点 / 压实责任 / 其他.
    public let name: String
    public let heading: String
    public let tasks: [TaskView]
}
