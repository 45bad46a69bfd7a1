/// Everything the `monthly-summary` template shows, computed from a `MonthlySummary`.
public struct SummaryView: Sendable {
    /// `2026年11月`, `2026年第四季度`, `2026年全年`: the period (named `month` since summaries were monthly).
    public let month: String
    /// `2026年11月`, `2026年第四季度`, `2026年度`: the period in the title.
    public let titlePeriod: String
    /// `本月`, `本季度`, `本年度`.
    public let thisPeriod: String
    /// `月底`, `季度末`, `年底`.
    public let periodEnd: String
    /// `往月`, `上季度及以前`, `以前年度`.
    public let earlierPeriods: String
    /// `2026-11`, `2026-Q4`, `2026`.
    public let isoMonth: String
    public let organization: String?
    /// The period's last day, `2026年11月30日`, which dates the summary (the day it stands on, for a
    /// period still running).
    public let date: String
    public let meetingCount: Int
    public let reportCount: Int
    public let commentCount: Int
    public let requirementCount: Int
    public let assignedCount: Int
    public let completedCount: Int
    public let overdueCount: Int
    /// Of the month's completions, how many were assigned in earlier months, and how many were late.
    public let completedEarlierCount: Int
    public let completedLateCount: Int
    public let hasCompletedEarlier: Bool
    public let hasCompletedLate: Bool
    /// Tasks not done at the month's end.
    public let openCount: Int
    /// The tasks completed in the month: each with `lateText` when done after its due date.
    public let completed: [TaskView]
    public let hasCompleted: Bool
    /// The 合计 row of the per-unit table.
    public let unitTotal: UnitView?
    /// Whether the 下一步打算 section has anything: plans from the reports or tasks due next month.
    public let hasNextSteps: Bool
    public let hasMeetings: Bool
    public let meetings: [SummaryMeetingView]
    /// What the month's speeches stressed for each part, with the meeting each came from.
    public let unifyThinking: [StressView]
    public let keyPoints: [StressView]
    public let responsibility: [StressView]
    public let hasUnifyThinking: Bool
    public let hasKeyPoints: Bool
    public let hasResponsibility: Bool
    public let requirements: [SummaryRequirementView]
    public let hasRequirements: Bool
    public let assigned: [TaskView]
    public let hasAssigned: Bool
    /// The month's tasks under the part they serve: 统一思想 and 压实责任 hold the tasks whose
    /// `part` names them; 聚焦重点 those of its own and those that name no part.
    public let assignedUnifyThinking: AssignedTasksView?
    public let assignedKeyPoints: AssignedTasksView?
    public let assignedResponsibility: AssignedTasksView?
    public let units: [UnitView]
    public let hasUnits: Bool
    public let overdue: [TaskView]
    public let hasOverdue: Bool
    /// 差距不足 from the month's reports, with their units.
    public let shortcomings: [UnitTextView]
    public let hasShortcomings: Bool
    /// 努力方向 from the month's reports.
    public let plans: [UnitTextView]
    public let hasPlans: Bool
    /// Per month, tasks assigned, completed and overdue at its end: the trend table and chart.
    public let trend: [TrendMonthView]
    /// Whether the trend has two months or more to show.
    public let hasTrend: Bool
    /// `近12个月任务情况如下：` or `本季度各月任务情况如下：`.
    public let trendLead: String
    /// Open tasks due next month.
    public let dueNextMonth: [TaskView]
    public let hasDueNextMonth: Bool
    /// `2026年12月`.
    public let nextMonth: String?
    /// The month's tasks as 责任清单 and 任务清单, for the `accountability` template;
    /// worked out only when a template asks (a month can hold ten thousand tasks).
    public var accountability: AccountabilityView { AccountabilityView(summary: _summary) }
    private let _summary: MonthlySummary

    /// Builds the view of a month.
    public init(_ summary: MonthlySummary) {
        let period = summary.period
        month = period.chinese
        titlePeriod = period.titleName
        thisPeriod = period.thisName
        periodEnd = period.endName
        earlierPeriods = period.earlierName
        isoMonth = period.description
        organization = summary.organization
        date = ChineseNumerals.date(summary.asOf)
        meetingCount = summary.meetings.count
        reportCount = summary.reportCount
        commentCount = summary.commentCount
        requirementCount = summary.requirementCount
        assignedCount = summary.assigned.count
        completedCount = summary.completed.count
        overdueCount = summary.overdue.count
        completedEarlierCount = summary.completedFromEarlierMonths.count
        completedLateCount = summary.completedLate.count
        hasCompletedEarlier = completedEarlierCount > 0
        hasCompletedLate = completedLateCount > 0
        openCount = summary.open.count
        completed = summary.completed.enumerated().map { TaskView($0.element, index: $0.offset) }
        hasCompleted = !completed.isEmpty
        unitTotal = summary.units.isEmpty ? nil : UnitView(UnitFigures.total(summary.units), name: "合计")
        meetings = summary.meetings.enumerated().map { SummaryMeetingView($0.element, index: $0.offset) }
        hasMeetings = !meetings.isEmpty
        func stressed(_ key: SpeechPartKey) -> [StressView] {
            summary.meetings.compactMap { meeting in
                meeting.speech?.parts[key].map { StressView(meeting: meeting, part: $0, key: key) }
            }
        }
        unifyThinking = stressed(.unifyThinking)
        keyPoints = stressed(.keyPoints)
        responsibility = stressed(.responsibility)
        hasUnifyThinking = !unifyThinking.isEmpty
        hasKeyPoints = !keyPoints.isEmpty
        hasResponsibility = !responsibility.isEmpty
        requirements = summary.meetings.flatMap { meeting in
            meeting.requirements.map { SummaryRequirementView($0, meeting: meeting) }
        }
        hasRequirements = !requirements.isEmpty
        assigned = summary.assigned.enumerated().map { TaskView($0.element, index: $0.offset) }
        hasAssigned = !assigned.isEmpty
        let partsNamed = summary.assigned.contains { $0.task.part == .unifyThinking || $0.task.part == .responsibility }
        assignedUnifyThinking = AssignedTasksView(summary.assigned, part: .unifyThinking, period: period)
        assignedKeyPoints = AssignedTasksView(
            summary.assigned, part: .keyPoints, othersListed: partsNamed, period: period)
        assignedResponsibility = AssignedTasksView(summary.assigned, part: .responsibility, period: period)
        units = summary.units.map { UnitView($0) }
        hasUnits = !units.isEmpty
        overdue = summary.overdue.enumerated().map { TaskView($0.element, index: $0.offset) }
        hasOverdue = !overdue.isEmpty
        shortcomings = summary.meetings.flatMap { meeting in
            meeting.reports.flatMap { report in report.shortcomings.map { UnitTextView(unit: report.unit, text: $0) } }
        }
        hasShortcomings = !shortcomings.isEmpty
        plans = summary.meetings.flatMap { meeting in
            meeting.reports.flatMap { report in report.plans.map { UnitTextView(unit: report.unit, text: $0) } }
        }
        hasPlans = !plans.isEmpty
        trend = summary.trend.enumerated().map { index, figures in
            TrendMonthView(figures, withYear: index == 0)
        }
        hasTrend = trend.count > 1
        if case .month = period {
            trendLead = "近\(trend.count)个月任务情况如下："
        } else {
            trendLead = "\(period.thisName)各月任务情况如下："
        }
        let next = period.next
        dueNextMonth = summary.tasks.filter { record in
            guard let next, let due = record.task.due else { return false }
            return !record.isDone && next.contains(due)
        }
        // Soonest first, as a list of what falls due is read; assignment order breaks ties.
        .enumerated().sorted { ($0.element.task.due!, $0.offset) < ($1.element.task.due!, $1.offset) }.map(\.element)
        .enumerated().map { TaskView($0.element, index: $0.offset) }
        hasDueNextMonth = !dueNextMonth.isEmpty
        nextMonth = next?.chinese
        hasNextSteps = hasPlans || hasDueNextMonth
        _summary = summary
    }
}

/// One month of the trend table.
public struct TrendMonthView: Sendable {
    /// `2026年1月` at the first month and each January, else `2月`.
    public let month: String
    public let assigned: Int
    public let completed: Int
    public let overdue: Int

    init(_ figures: MonthFigures, withYear: Bool) {
        month = figures.month.label(withYear: withYear)
        assigned = figures.assigned
        completed = figures.completed
        overdue = figures.overdue
    }
}

/// A meeting in the month's table.
public struct SummaryMeetingView: Sendable {
    public let number: Int
    public let date: String
    public let title: TextView
    public let host: String?
    public let kind: TextView?

    init(_ meeting: Meeting, index: Int) {
        number = index + 1
        date = ChineseNumerals.date(meeting.info.date)
        title = TextView(meeting.info.title)
        host = meeting.info.host?.name
        kind = meeting.info.kind.map(TextView.init)
    }
}

/// What one meeting's speech stressed in one part: its heading and section headings.
public struct StressView: Sendable {
    /// `11月20日`.
    public let date: String
    public let meeting: TextView
    public let heading: TextView
    /// The section headings joined with ；, or nil.
    public let sections: String?

    init(meeting: Meeting, part: SpeechPart, key: SpeechPartKey) {
        date = "\(meeting.info.date.month)月\(meeting.info.date.day)日"
        self.meeting = TextView(meeting.info.title)
        heading = TextView(part.heading ?? key.defaultHeading)
        let headings = part.sections.map(\.heading) + part.points.map(\.lead)
        sections = headings.isEmpty ? nil : headings.joined(separator: "；")
    }
}

/// A unit's figures for the month.
public struct UnitView: Sendable {
    /// The lead unit, or 未明确牵头单位.
    public let unit: TextView
    public let assigned: Int
    public let completed: Int
    public let overdue: Int
    /// Not done at the month's end.
    public let open: Int
    /// `75%`: completed in the month out of completed plus open; `—` when the unit had none.
    public let rate: String

    init(_ figures: UnitFigures, name: String? = nil) {
        unit = TextView(name ?? figures.unit ?? "未明确牵头单位")
        assigned = figures.assigned
        completed = figures.completed
        overdue = figures.overdue
        open = figures.open
        rate = figures.completionRate.map { "\($0)%" } ?? "—"
    }
}

/// A text reported by a unit.
public struct UnitTextView: Sendable {
    public let unit: TextView
    public let text: TextView

    init(unit: String, text: String) {
        self.unit = TextView(unit)
        self.text = TextView(text)
    }
}

/// The month's tasks of one part, with the sentence that leads their table.
public struct AssignedTasksView: Sendable {
    /// `本月部署的压实责任方面任务2项：`; under 聚焦重点, where tasks that name no part stand too,
    /// `本月部署任务4项：` when no task of the month names a part, else `本月部署的其他任务3项：`
    /// or `本月部署的聚焦重点方面任务和其他任务共3项：`, so no count claims a part the data does not give.
    public let lead: String
    public let tasks: [TaskView]

    init?(_ records: [TaskRecord], part: SpeechPartKey, othersListed: Bool = false, period: SummaryPeriod) {
        let this = period.thisName
        let own = records.filter { $0.task.part == part || (part == .keyPoints && $0.task.part == nil) }
        guard !own.isEmpty else { return nil }
        let named = own.filter { $0.task.part == part }.count
        switch named {
        case own.count: lead = "\(this)部署的\(part.shortName)方面任务\(own.count)项："
        case 0: lead = othersListed ? "\(this)部署的其他任务\(own.count)项：" : "\(this)部署任务\(own.count)项："
        default: lead = "\(this)部署的\(part.shortName)方面任务和其他任务共\(own.count)项："
        }
        tasks = own.enumerated().map { TaskView($0.element, index: $0.offset) }
    }
}

/// A requirement in the monthly summary: who set it, at which meeting and when.
public struct SummaryRequirementView: Sendable {
    /// `11月12日`.
    public let date: String
    public let meeting: TextView
    public let by: PersonView?
    public let text: TextView

    init(_ requirement: Requirement, meeting: Meeting) {
        date = "\(meeting.info.date.month)月\(meeting.info.date.day)日"
        self.meeting = TextView(meeting.info.title)
        by = requirement.by.map(PersonView.init)
        text = TextView(requirement.text)
    }
}
