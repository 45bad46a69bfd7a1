import Foundation

extension MonthlySummary {
    /// The figures as the JSON that dashboards and scripts read (keys as `shared/spec/cli.md` gives them).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(SummaryJSON(self))
        data.append(0x0A)
        return data
    }
}

private struct SummaryJSON: Encodable {
    let summary: MonthlySummary

    init(_ summary: MonthlySummary) {
        self.summary = summary
    }

    enum Key: String, CodingKey {
        case month, organization, meetings, reports, comments, requirements
        case tasksAssigned = "tasks_assigned", tasksCompleted = "tasks_completed", tasksOverdue = "tasks_overdue"
        case tasks, units
        case meetingsHeld = "meetings_held"
        case tasksCompletedFromEarlierMonths = "tasks_completed_from_earlier_months"
        case tasksCompletedLate = "tasks_completed_late", tasksOpen = "tasks_open"
        case period, trend
        case periodKind = "period_kind", firstDay = "first_day", lastDay = "last_day"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(summary.month.description, forKey: .month)
        try container.encode(summary.organization, forKey: .organization)
        try container.encode(summary.meetings.count, forKey: .meetings)
        try container.encode(summary.reportCount, forKey: .reports)
        try container.encode(summary.commentCount, forKey: .comments)
        try container.encode(summary.requirementCount, forKey: .requirements)
        try container.encode(summary.assigned.count, forKey: .tasksAssigned)
        try container.encode(summary.completed.count, forKey: .tasksCompleted)
        try container.encode(summary.overdue.count, forKey: .tasksOverdue)
        try container.encode(summary.completedFromEarlierMonths.count, forKey: .tasksCompletedFromEarlierMonths)
        try container.encode(summary.completedLate.count, forKey: .tasksCompletedLate)
        try container.encode(summary.open.count, forKey: .tasksOpen)
        try container.encode(summary.tasks.map(TaskJSON.init), forKey: .tasks)
        try container.encode(summary.units.map(UnitJSON.init), forKey: .units)
        try container.encode(summary.meetings.map(MeetingJSON.init), forKey: .meetingsHeld)
        try container.encode(summary.period.description, forKey: .period)
        try container.encode(summary.period.kind, forKey: .periodKind)
        try container.encode(summary.period.firstDay.description, forKey: .firstDay)
        try container.encode(summary.period.lastDay.description, forKey: .lastDay)
        try container.encode(summary.trend.map(MonthJSON.init), forKey: .trend)
    }
}

private struct MonthJSON: Encodable {
    let figures: MonthFigures

    enum Key: String, CodingKey {
        case month, assigned, completed, overdue
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(figures.month.description, forKey: .month)
        try container.encode(figures.assigned, forKey: .assigned)
        try container.encode(figures.completed, forKey: .completed)
        try container.encode(figures.overdue, forKey: .overdue)
    }
}

private struct TaskJSON: Encodable {
    let record: TaskRecord

    enum Key: String, CodingKey {
        case id, content, part, status, overdue, due, owner, partners, note
        case leadUnit = "lead_unit", assignedOn = "assigned_on", completedOn = "completed_on"
        case assignedAt = "assigned_at", daysLate = "days_late", daysOverdue = "days_overdue"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        let task = record.task
        try container.encode(task.id, forKey: .id)
        try container.encode(task.content, forKey: .content)
        try container.encode(task.part?.rawValue, forKey: .part)
        try container.encode(task.leadUnit, forKey: .leadUnit)
        try container.encode(task.owner?.name, forKey: .owner)
        try container.encode(task.partners, forKey: .partners)
        try container.encode(task.due?.description, forKey: .due)
        try container.encode(record.status.rawValue, forKey: .status)
        try container.encode(record.overdue, forKey: .overdue)
        try container.encode(record.assignedOn.description, forKey: .assignedOn)
        try container.encode(record.completedOn?.description, forKey: .completedOn)
        try container.encode(record.note, forKey: .note)
        try container.encode(record.assignedAt, forKey: .assignedAt)
        try container.encode(record.daysLate, forKey: .daysLate)
        try container.encode(record.daysOverdue, forKey: .daysOverdue)
    }
}

private struct UnitJSON: Encodable {
    let figures: UnitFigures

    enum Key: String, CodingKey {
        case unit, assigned, completed, overdue, open
        case completionRate = "completion_rate"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(figures.unit, forKey: .unit)
        try container.encode(figures.assigned, forKey: .assigned)
        try container.encode(figures.completed, forKey: .completed)
        try container.encode(figures.overdue, forKey: .overdue)
        try container.encode(figures.open, forKey: .open)
        try container.encode(figures.completionRate, forKey: .completionRate)
    }
}

private struct MeetingJSON: Encodable {
    let meeting: Meeting

    enum Key: String, CodingKey {
        case date, title, host, file
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(meeting.info.date.description, forKey: .date)
        try container.encode(meeting.info.title, forKey: .title)
        try container.encode(meeting.info.host?.name, forKey: .host)
        try container.encode(meeting.source, forKey: .file)
    }
}
