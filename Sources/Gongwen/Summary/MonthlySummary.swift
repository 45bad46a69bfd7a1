/// The figures of one month, computed from every meeting loaded: what `gongwen summary` reports.
public struct MonthlySummary: Sendable {
    /// The month.
    public let month: YearMonth
    /// The month's meetings, in date order.
    public let meetings: [Meeting]
    /// Reports heard in the month's meetings.
    public let reportCount: Int
    /// Comments made.
    public let commentCount: Int
    /// Requirements set.
    public let requirementCount: Int
    /// Tasks assigned in the month, completed in the month, or still open at its end, each as it stood at the end.
    public let tasks: [TaskRecord]
    /// Tasks defined in the month's meetings.
    public let assigned: [TaskRecord]
    /// Tasks whose completion date falls in the month.
    public let completed: [TaskRecord]
    /// Every task overdue at the month's end, from any month.
    public let overdue: [TaskRecord]
    /// The three counts per lead unit, in order of first appearance in `tasks`.
    public let units: [UnitFigures]

    /// Computes the summary of `month` from `meetings` (any months; later ones are ignored).
    public init(month: YearMonth, meetings all: [Meeting]) {
        self.month = month
        meetings = TaskLedger.dateOrder(of: all).filter { month.contains(all[$0].info.date) }.map { all[$0] }
        reportCount = meetings.reduce(0) { $0 + $1.reports.count }
        commentCount = meetings.reduce(0) { $0 + $1.comments.count }
        requirementCount = meetings.reduce(0) { $0 + $1.requirements.count }
        let records = TaskLedger.records(all, on: month.lastDay)
        assigned = records.filter { month.contains($0.assignedOn) }
        completed = records.filter { $0.completedOn.map(month.contains) ?? false }
        overdue = records.filter(\.overdue)
        tasks = records.filter {
            month.contains($0.assignedOn) || ($0.completedOn.map(month.contains) ?? false) || !$0.isDone
        }
        var units: [UnitFigures] = []
        for record in tasks where !units.contains(where: { $0.unit == record.task.leadUnit }) {
            let unit = record.task.leadUnit
            units.append(
                UnitFigures(
                    unit: unit, assigned: assigned.filter { $0.task.leadUnit == unit }.count,
                    completed: completed.filter { $0.task.leadUnit == unit }.count,
                    overdue: overdue.filter { $0.task.leadUnit == unit }.count))
        }
        self.units = units
    }

    /// The organisation most of the month's meetings name (the first named, on a tie).
    public var organization: String? {
        let names = meetings.compactMap(\.info.organization)
        var best: (name: String, count: Int)?
        for name in names where name != best?.name {
            let count = names.filter { $0 == name }.count
            if count > best?.count ?? 0 { best = (name, count) }
        }
        return best?.name
    }
}

/// Assigned, completed and overdue counts for one lead unit (nil: tasks without a lead unit).
public struct UnitFigures: Hashable, Sendable {
    public let unit: String?
    public let assigned: Int
    public let completed: Int
    public let overdue: Int
}
