/// A task as it stands on a given day: where it came from and its latest state.
public struct TaskRecord: Sendable {
    /// The task as defined.
    public let task: MeetingTask
    /// The date of the meeting that assigned it.
    public let assignedOn: CalendarDate
    /// The title of that meeting.
    public let assignedAt: String
    /// That meeting's file (`Meeting.source`).
    public let source: String
    /// The state on the day the ledger was drawn up.
    public let status: TaskStatus
    /// When it was completed, if it was by that day.
    public let completedOn: CalendarDate?
    /// Due on or before that day and not done by then.
    public let overdue: Bool
    /// The latest note from an update.
    public let note: String?
    /// The date of the meeting whose update gave `note`.
    public let noteOn: CalendarDate?
    /// Days past the due date on the ledger's day, for an overdue task.
    public let daysOverdue: Int?
    /// Days past the due date it was completed, for a task done late.
    public let daysLate: Int?
    /// The date of the latest meeting, by the ledger's day, that assigned or updated the task.
    public let changedOn: CalendarDate

    /// Whether the task is done by the ledger's day.
    public var isDone: Bool { status == .done }
}

/// The 工作台账: every task's state on a day, from the meetings that defined and updated it.
///
/// Meetings count in date order (file name breaks ties) and only when dated on or before the
/// day. The last update wins; `done` without `completed_on` is dated by the meeting that said it;
/// a completion dated after the day does not count yet. `blocked` is open.
public enum TaskLedger {
    /// A task's state as the meetings so far left it. It holds where its task is, not a copy:
    /// copying and then dropping tens of thousands of tasks touched every string they hold and
    /// showed in the profile.
    struct State {
        var meeting: Int
        var task: Int
        var status: TaskStatus
        var completedOn: CalendarDate?
        var note: String?
        var noteOn: CalendarDate?
        var changedOn: CalendarDate

        /// Done on `day`: reported done, and not dated after it.
        func isDone(on day: CalendarDate) -> Bool {
            status == .done && (completedOn.map { $0 <= day } ?? true)
        }
    }

    /// Replays `meetings` in date order, stopping at each of `days` (ascending) to hand `visit` the
    /// states of the tasks assigned by then and their order: one pass for any number of days.
    static func replay(
        _ meetings: [Meeting], stoppingAt days: [CalendarDate],
        _ visit: (CalendarDate, [String: State], [String]) -> Void
    ) {
        var states: [String: State] = [:]
        var order: [String] = []
        var pending = days[...]
        for index in dateOrder(of: meetings) {
            let date = meetings[index].info.date
            while let day = pending.first, day < date {
                visit(day, states, order)
                pending = pending.dropFirst()
            }
            guard !pending.isEmpty else { return }
            for (taskIndex, task) in meetings[index].tasks.enumerated() where states[task.id] == nil {
                states[task.id] = State(
                    meeting: index, task: taskIndex, status: task.status,
                    completedOn: task.completedOn ?? (task.status == .done ? date : nil), changedOn: date)
                order.append(task.id)
            }
            for update in meetings[index].taskUpdates {
                guard var state = states[update.id] else { continue }
                state.changedOn = date
                if let status = update.status {
                    if status != .done { state.completedOn = nil }
                    state.status = status
                }
                if let completedOn = update.completedOn {
                    state.completedOn = completedOn
                } else if state.status == .done, state.completedOn == nil {
                    state.completedOn = date
                }
                if let note = update.note {
                    state.note = note
                    state.noteOn = date
                }
                states[update.id] = state
            }
        }
        for day in pending { visit(day, states, order) }
    }

    /// Per month, the tasks assigned in it, completed in it and overdue at its end (or at `asOf`,
    /// for a month still running), as `records` on each month's end would count them; of the tasks
    /// whose ids `ids` holds, when given. One replay for all the months.
    public static func monthEnds(
        _ meetings: [Meeting], months: [YearMonth], asOf: CalendarDate, ids: Set<String>? = nil
    ) -> [MonthFigures] {
        var figures: [MonthFigures] = []
        let days = months.map { min($0.lastDay, asOf) }
        replay(meetings, stoppingAt: days) { day, states, order in
            let month = months[figures.count]
            var assigned = 0
            var completed = 0
            var overdue = 0
            for id in order where ids?.contains(id) ?? true {
                let state = states[id]!
                let task = meetings[state.meeting].tasks[state.task]
                if month.contains(meetings[state.meeting].info.date) { assigned += 1 }
                if state.isDone(on: day) {
                    if let completedOn = state.completedOn, month.contains(completedOn) { completed += 1 }
                } else if let due = task.due, due <= day {
                    overdue += 1
                }
            }
            figures.append(MonthFigures(month: month, assigned: assigned, completed: completed, overdue: overdue))
        }
        return figures
    }

    /// The tasks defined by `meetings` on or before `day`, in the order they were assigned.
    public static func records(_ meetings: [Meeting], on day: CalendarDate) -> [TaskRecord] {
        var states: [String: State] = [:]
        var order: [String] = []
        replay(meetings, stoppingAt: [day]) { _, final, finalOrder in
            states = final
            order = finalOrder
        }
        return order.compactMap { id in
            guard var state = states[id] else { return nil }
            let info = meetings[state.meeting].info
            let task = meetings[state.meeting].tasks[state.task]
            if state.status == .done, let completed = state.completedOn, completed > day {
                // Reported done ahead of its completion date: not done yet on this day.
                state.status = .inProgress
                state.completedOn = nil
            }
            let overdue = state.status != .done && (task.due.map { $0 <= day } ?? false)
            let completedOn = state.status == .done ? state.completedOn : nil
            var daysLate: Int?
            if let due = task.due, let completedOn, completedOn > due { daysLate = due.days(to: completedOn) }
            return TaskRecord(
                task: task, assignedOn: info.date, assignedAt: info.title, source: meetings[state.meeting].source,
                status: state.status,
                completedOn: completedOn, overdue: overdue, note: state.note, noteOn: state.noteOn,
                daysOverdue: overdue ? task.due.map { $0.days(to: day) } : nil, daysLate: daysLate,
                changedOn: state.changedOn)
        }
    }

    /// Where each task was assigned — the first meeting, in date order, that defines its id — for the
    /// minutes' 上次会议部署任务落实情况.
    public static func origins(_ meetings: [Meeting]) -> [String: TaskOrigin] {
        var origins: [String: TaskOrigin] = [:]
        for index in dateOrder(of: meetings) {
            let info = meetings[index].info
            for task in meetings[index].tasks where origins[task.id] == nil {
                origins[task.id] = TaskOrigin(task: task, assignedOn: info.date, assignedAt: info.title)
            }
        }
        return origins
    }

    /// The meetings' indices in date order; the source path orders meetings of one day.
    ///
    /// Indices rather than a sorted copy: copying ten thousand meetings retains every string and
    /// list they hold, scattered over memory, and that took longer than the ledger itself.
    public static func dateOrder(of meetings: [Meeting]) -> [Int] {
        meetings.indices.sorted {
            (meetings[$0].info.date, meetings[$0].source) < (meetings[$1].info.date, meetings[$1].source)
        }
    }
}

/// A task as the meeting that assigned it wrote it.
public struct TaskOrigin: Sendable {
    /// The task as defined.
    public let task: MeetingTask
    /// The date of the meeting that assigned it.
    public let assignedOn: CalendarDate
    /// The title of that meeting.
    public let assignedAt: String
}
