/// Everything the `reminder` template (催办通知) shows for one unit.
public struct ReminderView: Sendable {
    /// The unit reminded, the notice's 主送.
    public let unit: TextView
    /// The issuing office (`--from`, else the organisation the meetings name), or nil.
    public let from: String?
    /// Whether `--from` named the office: then the 版记's 印发 line is written.
    public let hasColophon: Bool
    /// `2026年12月10日`: the day the notice is dated and counted from.
    public let date: String
    /// `2026年12月15日`: the day progress is to be reported by.
    public let replyBy: String
    /// Days ahead that count as due soon.
    public let within: Int
    public let overdueCount: Int
    public let dueSoonCount: Int
    public let hasOverdue: Bool
    public let hasDueSoon: Bool
    /// Both kinds: the sentence joins them.
    public let hasBoth: Bool
    /// The tasks, oldest deadline first.
    public let tasks: [ReminderTaskView]

    /// The view of one unit's notice.
    public init(
        _ reminder: UnitReminder, asOf: CalendarDate, within: Int, replyBy: CalendarDate, from: String?,
        fromGiven: Bool
    ) {
        unit = TextView(reminder.unit)
        self.from = from
        hasColophon = fromGiven && from != nil
        date = ChineseNumerals.date(asOf)
        self.replyBy = ChineseNumerals.date(replyBy)
        self.within = within
        overdueCount = reminder.overdue.count
        dueSoonCount = reminder.dueSoon.count
        hasOverdue = overdueCount > 0
        hasDueSoon = dueSoonCount > 0
        hasBoth = hasOverdue && hasDueSoon
        tasks = reminder.tasks.enumerated().map { ReminderTaskView($0.element, index: $0.offset, asOf: asOf) }
    }
}

/// A task in a 催办通知.
public struct ReminderTaskView: Sendable {
    public let number: Int
    public let content: TextView
    /// `2026年11月20日`, the deploying meeting's date.
    public let assignedOn: String
    /// The deploying meeting's title.
    public let assignedAt: TextView
    public let owner: String?
    /// `2026年12月31日`.
    public let due: String
    /// `逾期12天`, `今日到期` or `还剩3天`.
    public let state: String
    /// The latest note with its day (`11月26日：正在汇总`), or `—`.
    public let note: String

    init(_ record: TaskRecord, index: Int, asOf: CalendarDate) {
        number = index + 1
        content = TextView(record.task.content)
        assignedOn = ChineseNumerals.date(record.assignedOn)
        assignedAt = TextView(record.assignedAt)
        owner = record.task.owner?.name
        let due = record.task.due ?? asOf
        self.due = ChineseNumerals.date(due)
        state = DeadlineText.text(due: due, on: asOf)
        note = TaskView(record, index: index).datedNote ?? "—"
    }
}
