/// What the 督查 dashboard shows on a day: the month's figures so far, the overdue tasks oldest
/// first, those due within 7 and 30 days, and per unit the same; from the summaries' own ledger.
public struct Dashboard: Sendable {
    /// The day the states are taken on.
    public let day: CalendarDate
    /// The month of `day`, as it stands on `day`.
    public let summary: MonthlySummary
    /// The unit drilled into, or nil for all.
    public let unit: String?
    /// Open tasks past their due date on `day` (due that day included), oldest due date first.
    public let overdue: [TaskRecord]
    /// Open tasks due within the next 7 days, soonest first.
    public let dueWithinWeek: [TaskRecord]
    /// Open tasks due in 8 to 30 days, soonest first.
    public let dueWithinMonth: [TaskRecord]
    /// Every lead unit with a task, in order of first appearance, for the drill-down links.
    public let units: [String]
    /// The day's 催办通知: the units that get one (the drilled-into unit's only).
    public let reminders: ReminderList

    /// The dashboard of `day` over `meetings`, of one lead unit's tasks when `unit` is given.
    public init(meetings: [Meeting], day: CalendarDate, unit: String? = nil) {
        self.day = day
        let wanted = unit.map(TextView.inline)
        self.unit = wanted
        summary = MonthlySummary(period: .month(YearMonth(day)), meetings: meetings, asOf: day)
        let records = TaskLedger.records(meetings, on: day)
        var units: [String] = []
        for name in records.compactMap({ $0.task.leadUnit.map(TextView.inline) }) where !units.contains(name) {
            units.append(name)
        }
        self.units = units
        let open = records.filter { record in
            !record.isDone && record.task.due != nil
                && (wanted == nil || record.task.leadUnit.map(TextView.inline) == wanted)
        }.enumerated().sorted { ($0.element.task.due!, $0.offset) < ($1.element.task.due!, $1.offset) }.map(\.element)
        let week = day.adding(days: 7) ?? day
        let month = day.adding(days: 30) ?? day
        overdue = open.filter(\.overdue)
        dueWithinWeek = open.filter { !$0.overdue && $0.task.due! <= week }
        dueWithinMonth = open.filter { $0.task.due! > week && $0.task.due! <= month }
        reminders = ReminderList(meetings: meetings, asOf: day, within: ReminderList.defaultWithin, unit: wanted)
    }

    /// The unit table's rows: every unit, or the one drilled into.
    public var unitFigures: [UnitFigures] {
        guard let unit else { return summary.units }
        return summary.units.filter { $0.unit.map(TextView.inline) == unit }
    }

    /// The per-unit chart, the same as the summary's (部署, 完成, 逾期未完成, with the 完成率).
    public var unitChart: Chart {
        let rows = unitFigures
        return Chart(
            kind: .bar, caption: "各单位任务部署、完成和逾期未完成情况", categoryName: "牵头单位",
            categories: rows.map { $0.unit.map(TextView.inline) ?? "未明确牵头单位" },
            series: [
                ChartSeries(name: "部署", values: rows.map(\.assigned)),
                ChartSeries(name: "完成", values: rows.map(\.completed)),
                ChartSeries(name: "逾期未完成", values: rows.map(\.overdue)),
            ], labels: rows.map { $0.completionRate.map { "\($0)%" } ?? "—" }, labelName: "完成率")
    }

    /// The trend chart, the same as the summary's.
    public var trendChart: Chart {
        let months = summary.trend
        return Chart(
            kind: .line, caption: "各月任务部署、完成和逾期未完成走势", categoryName: "月份",
            categories: months.enumerated().map { $0.element.month.label(withYear: $0.offset == 0) },
            series: [
                ChartSeries(name: "新部署", values: months.map(\.assigned)),
                ChartSeries(name: "完成", values: months.map(\.completed)),
                ChartSeries(name: "月底逾期未完成", values: months.map(\.overdue)),
            ])
    }
}
