/// A task for templates.
public struct TaskView: Sendable {
    /// 1-based row number.
    public let number: Int
    public let id: String
    public let content: TextView
    /// 统一思想 / 聚焦重点 / 压实责任.
    public let part: String?
    public let leadUnit: TextView?
    public let owner: String?
    /// Joined with 、.
    public let partners: String?
    /// `2026年12月31日`.
    public let due: String?
    /// 未开始 / 推进中 / 已完成 / 受阻.
    public let status: String
    public let completedOn: String?
    /// Due and not done, in a ledger; always false for a task as its meeting assigned it.
    public let overdue: Bool
    /// `2026年11月20日`, in a ledger.
    public let assignedOn: String?
    /// The latest progress note, in a ledger.
    public let note: TextView?
    /// The latest note with the day it was reported (`11月26日：正在汇总`), in a ledger.
    public let datedNote: String?
    /// The title of the meeting that assigned it, in a ledger.
    public let assignedAt: TextView?
    /// `逾期12天` (or `当日到期`) for an overdue task in a ledger.
    public let overdueText: String?
    /// `12天` (or `当日到期`) for the 逾期 column of an overdue task in a ledger.
    public let overdueDays: String?
    /// `逾期3天完成` for a task completed after its due date, in a ledger.
    public let lateText: String?
    /// Lead unit, owner and due date as far as the data gives them, joined with ，
    /// (`组织处，周婷，2026年12月10日前完成`); nil when it gives none.
    public let brief: String?

    init(_ task: MeetingTask, index: Int) {
        self.init(task, index: index, status: task.status, completedOn: task.completedOn)
    }

    init(_ record: TaskRecord, index: Int) {
        self.init(
            record.task, index: index, status: record.status, completedOn: record.completedOn,
            overdue: record.overdue, assignedOn: record.assignedOn, note: record.note, record: record)
    }

    private init(
        _ task: MeetingTask, index: Int, status: TaskStatus, completedOn: CalendarDate?, overdue: Bool = false,
        assignedOn: CalendarDate? = nil, note: String? = nil, record: TaskRecord? = nil
    ) {
        number = index + 1
        id = task.id
        content = TextView(task.content)
        part = task.part?.shortName
        leadUnit = task.leadUnit.map(TextView.init)
        owner = task.owner?.name
        partners = MeetingView.joined(task.partners)
        due = task.due.map(ChineseNumerals.date)
        // A completed task says when (已完成（2026年11月18日）): the day is what a reader checks.
        if overdue {
            self.status = status.displayName + "（逾期）"
        } else if status == .done, let completedOn {
            self.status = status.displayName + "（" + ChineseNumerals.date(completedOn) + "）"
        } else {
            self.status = status.displayName
        }
        self.completedOn = completedOn.map(ChineseNumerals.date)
        self.overdue = overdue
        self.assignedOn = assignedOn.map(ChineseNumerals.date)
        self.note = note.map(TextView.init)
        datedNote = note.map { note in
            let day = record?.noteOn.map { "\($0.month)月\($0.day)日：" } ?? ""
            return day + TextView.inline(note)
        }
        assignedAt = record.map { TextView($0.assignedAt) }
        overdueText = record?.daysOverdue.map { $0 > 0 ? "逾期\($0)天" : "当日到期" }
        overdueDays = record?.daysOverdue.map { $0 > 0 ? "\($0)天" : "当日到期" }
        lateText = record?.daysLate.map { "逾期\($0)天完成" }
        let pieces = [task.leadUnit.map(TextView.inline), task.owner?.name, due.map { $0 + "前完成" }].compactMap { $0 }
        brief = pieces.isEmpty ? nil : pieces.joined(separator: "，")
    }
}
