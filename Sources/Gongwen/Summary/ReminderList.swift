/// The 催办通知 of a day: for each lead unit, its tasks overdue on that day and those due within
/// the next days, from the same ledger as the summaries.
public struct ReminderList: Sendable {
    /// The day the notices are dated and counted from.
    public let asOf: CalendarDate
    /// Tasks due within this many days after `asOf` are reminded of too.
    public let within: Int
    /// `--within` when not given, and the dashboard's.
    public static let defaultWithin = 7
    /// One per lead unit with anything to remind of, in order of first appearance; units with
    /// nothing get no notice.
    public let notices: [UnitReminder]
    /// Open tasks overdue or due soon that name no lead unit: no notice can be addressed for them.
    public let unaddressed: [TaskRecord]

    /// Draws up the reminders of `asOf` from `meetings` (meetings after `asOf` do not count), of one
    /// lead unit's tasks when `unit` is given.
    public init(
        meetings all: [Meeting], asOf: CalendarDate, within: Int, only filter: OrganizationFilter = .all,
        unit: String? = nil
    ) {
        self.asOf = asOf
        self.within = within
        var ids: Set<String>?
        if filter != .all { ids = Set(all.filter(filter.admits).flatMap { $0.tasks.map(\.id) }) }
        let last = asOf.adding(days: within) ?? asOf
        let due = TaskLedger.records(all, on: asOf).filter { record in
            guard !record.isDone, ids?.contains(record.task.id) ?? true, let date = record.task.due else {
                return false
            }
            return record.overdue || date <= last
        }
        // Oldest deadline first; the ledger's order (assignment) breaks ties.
        let ordered = due.enumerated().sorted {
            ($0.element.task.due!, $0.offset) < ($1.element.task.due!, $1.offset)
        }.map(\.element)
        var notices: [UnitReminder] = []
        for record in ordered {
            guard let lead = record.task.leadUnit.map(TextView.inline), unit == nil || lead == unit else { continue }
            if let index = notices.firstIndex(where: { $0.unit == lead }) {
                notices[index].tasks.append(record)
            } else {
                notices.append(UnitReminder(unit: lead, tasks: [record]))
            }
        }
        self.notices = notices
        unaddressed = unit == nil ? ordered.filter { $0.task.leadUnit == nil } : []
    }
}
