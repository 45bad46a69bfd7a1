/// One unit's notice: its tasks overdue or due soon, oldest deadline first.
public struct UnitReminder: Sendable {
    /// The lead unit, the notice's 主送.
    public let unit: String
    /// The tasks.
    public internal(set) var tasks: [TaskRecord]

    /// Of `tasks`, those overdue on the day.
    public var overdue: [TaskRecord] { tasks.filter(\.overdue) }
    /// Of `tasks`, those not yet due.
    public var dueSoon: [TaskRecord] { tasks.filter { !$0.overdue } }
}
