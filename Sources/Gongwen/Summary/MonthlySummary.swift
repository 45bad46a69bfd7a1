import Foundation
import Synchronization

/// The figures of one month, quarter or year, computed from every meeting loaded: what `gongwen summary`
/// reports. "The month" below is the period.
public struct MonthlySummary: Sendable {
    /// The period.
    public let period: SummaryPeriod
    /// The period's last month (the month itself for a monthly summary).
    public var month: YearMonth { period.lastMonth }
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
    /// Of `completed`, the tasks assigned in an earlier month.
    public let completedFromEarlierMonths: [TaskRecord]
    /// Of `completed`, the tasks done after their due date.
    public let completedLate: [TaskRecord]
    /// Every task not done at the month's end, overdue or not.
    public let open: [TaskRecord]
    /// The three counts per lead unit, in order of first appearance in `tasks`.
    public let units: [UnitFigures]

    /// Per month of `period.trendMonths` from the first that held a meeting of the organisation:
    /// tasks assigned, completed, and overdue at the month's end (empty when none did).
    public let trend: [MonthFigures]

    /// Computes the summary of `month` from `meetings` (any months; later ones are ignored).
    public init(month: YearMonth, meetings all: [Meeting], only filter: OrganizationFilter = .all) {
        self.init(period: .month(month), meetings: all, only: filter)
    }

    /// The day the tasks' states are taken on: the period's last day, or an earlier day for a
    /// period still running (the dashboard's today).
    public let asOf: CalendarDate

    /// Computes the summary of `period` from `meetings` (any dates; later ones are ignored), with the
    /// tasks as they stand on `asOf` when that is before the period's last day.
    public init(
        period: SummaryPeriod, meetings all: [Meeting], only filter: OrganizationFilter = .all,
        asOf: CalendarDate? = nil
    ) {
        let month = period
        self.period = period
        let day = min(asOf ?? period.lastDay, period.lastDay)
        self.asOf = day
        self.filter = filter
        // A period still running counts the meetings held by its day, as the ledger does.
        meetings = TaskLedger.dateOrder(of: all).filter {
            month.contains(all[$0].info.date) && all[$0].info.date <= day && filter.admits(all[$0])
        }.map { all[$0] }
        reportCount = meetings.reduce(0) { $0 + $1.reports.count }
        commentCount = meetings.reduce(0) { $0 + $1.comments.count }
        requirementCount = meetings.reduce(0) { $0 + $1.requirements.count }
        // The ledger reads every meeting — an update to a branch's task may be recorded at the
        // committee's meeting — and keeps the tasks that the organisation's own meetings assigned.
        let ids = filter == .all ? nil : Set(all.filter(filter.admits).flatMap { $0.tasks.map(\.id) })
        // The ledger on the day and the trend's month ends are two replays of every meeting, one a core.
        let replays = Mutex<(records: [TaskRecord], trend: [MonthFigures])>(([], []))
        DispatchQueue.concurrentPerform(iterations: 2) { replay in
            if replay == 0 {
                let records = TaskLedger.records(all, on: day)
                replays.withLock { $0.records = records }
            } else {
                let trend = Self.trend(period.trendMonths, meetings: all, only: filter, ids: ids, asOf: day)
                replays.withLock { $0.trend = trend }
            }
        }
        let records = replays.withLock { $0.records }.filter { ids?.contains($0.task.id) ?? true }
        assigned = records.filter { month.contains($0.assignedOn) }
        completed = records.filter { $0.completedOn.map(month.contains) ?? false }
        overdue = records.filter(\.overdue)
        completedFromEarlierMonths = completed.filter { !month.contains($0.assignedOn) }
        completedLate = completed.filter { $0.daysLate != nil }
        open = records.filter { !$0.isDone }
        tasks = records.filter {
            month.contains($0.assignedOn) || ($0.completedOn.map(month.contains) ?? false) || !$0.isDone
        }
        // Counted in one pass each: a year's summary has thousands of tasks and dozens of units.
        var seen: Set<String?> = []
        let order = tasks.map(\.task.leadUnit).filter { seen.insert($0).inserted }
        func counts(_ records: [TaskRecord]) -> [String?: Int] {
            records.reduce(into: [:]) { $0[$1.task.leadUnit, default: 0] += 1 }
        }
        let (assignedBy, completedBy, overdueBy, openBy) = (
            counts(assigned), counts(completed), counts(overdue), counts(open)
        )
        units = order.map { unit in
            UnitFigures(
                unit: unit, assigned: assignedBy[unit] ?? 0, completed: completedBy[unit] ?? 0,
                overdue: overdueBy[unit] ?? 0, open: openBy[unit] ?? 0)
        }
        trend = replays.withLock { $0.trend }
    }

    /// The trend's figures, each month as its own end saw it (a task overdue at one month's end may
    /// be done by the next): from the first of `months` in which the organisation met.
    private static func trend(
        _ months: [YearMonth], meetings all: [Meeting], only filter: OrganizationFilter, ids: Set<String>?,
        asOf: CalendarDate
    ) -> [MonthFigures] {
        guard let first = all.lazy.filter(filter.admits).map({ YearMonth($0.info.date) }).min() else { return [] }
        let shown = months.filter { $0 >= first && $0.firstDay <= asOf }
        return TaskLedger.monthEnds(all, months: shown, asOf: asOf, ids: ids)
    }

    /// Whose meetings the summary covers.
    public let filter: OrganizationFilter

    /// The organisation chosen, else the one most of the month's meetings name (the first named, on a tie).
    public var organization: String? {
        if case .named(let name) = filter { return name }
        let names = meetings.compactMap(\.info.organization)
        // Counted in one pass: counting again for each name was quadratic in a folder of many units.
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        var best: (name: String, count: Int)?
        for name in names where counts[name]! > best?.count ?? 0 { best = (name, counts[name]!) }
        return best?.name
    }
}

/// One month of the trend: tasks assigned and completed in it, and overdue at its end.
public struct MonthFigures: Hashable, Sendable {
    public let month: YearMonth
    public let assigned: Int
    public let completed: Int
    public let overdue: Int
}

/// Assigned, completed and overdue counts for one lead unit (nil: tasks without a lead unit).
public struct UnitFigures: Hashable, Sendable {
    public let unit: String?
    public let assigned: Int
    public let completed: Int
    public let overdue: Int
    /// Tasks not done at the month's end.
    public let open: Int

    /// Completed in the month out of what was on the unit's books — completed in the month plus open
    /// at its end — in whole percent; nil when there was nothing.
    public var completionRate: Int? {
        let base = completed + open
        return base == 0 ? nil : (completed * 100 + base / 2) / base
    }

    /// The figures of several units added up (the 合计 row).
    public static func total(_ units: [UnitFigures]) -> UnitFigures {
        UnitFigures(
            unit: nil, assigned: units.reduce(0) { $0 + $1.assigned }, completed: units.reduce(0) { $0 + $1.completed },
            overdue: units.reduce(0) { $0 + $1.overdue }, open: units.reduce(0) { $0 + $1.open })
    }
}

/// Which meetings a summary covers, by the organisation they name.
public enum OrganizationFilter: Hashable, Sendable {
    /// Every meeting of the folder.
    case all
    /// The meetings that name this organisation.
    case named(String)
    /// The meetings that name none.
    case unnamed

    /// Whether `meeting` belongs.
    public func admits(_ meeting: Meeting) -> Bool {
        let name = meeting.info.organization.map(TextView.inline)
        switch self {
        case .all: return true
        case .named(let wanted): return name == wanted
        case .unnamed: return name == nil
        }
    }
}
