/// The state of a task.
public enum TaskStatus: String, CaseIterable, Sendable {
    /// 未开始.
    case planned
    /// 推进中.
    case inProgress = "in_progress"
    /// 已完成.
    case done
    /// 受阻.
    case blocked

    /// The names a meeting file may also give `status` in: the display name first.
    public var chineseNames: [String] {
        self == .inProgress ? [displayName, "进行中"] : [displayName]
    }

    /// The Chinese name shown in documents.
    public var displayName: String {
        switch self {
        case .planned: return "未开始"
        case .inProgress: return "推进中"
        case .done: return "已完成"
        case .blocked: return "受阻"
        }
    }
}

/// A task assigned at a meeting (任务分工 / 责任清单).
public struct MeetingTask: Sendable {
    /// Unique across all meeting files.
    public var id: String
    /// What is to be done.
    public var content: String
    /// Which of the three parts it serves.
    public var part: SpeechPartKey?
    /// 牵头单位.
    public var leadUnit: String?
    /// 责任人.
    public var owner: Person?
    /// 配合单位.
    public var partners: [String]
    /// 完成时限.
    public var due: CalendarDate?
    /// The state as of the meeting that assigned it.
    public var status: TaskStatus
    /// When it was completed, for `done`.
    public var completedOn: CalendarDate?
    /// Where its id stands in its file, for messages about ids across files.
    public var location: SourceLocation?
    /// The path of its id in its file (`tasks[2].id`), for the same messages.
    public var idPath: String?

    /// Creates a task.
    public init(
        id: String, content: String, part: SpeechPartKey? = nil, leadUnit: String? = nil,
        owner: Person? = nil, partners: [String] = [], due: CalendarDate? = nil,
        status: TaskStatus = .planned, completedOn: CalendarDate? = nil
    ) {
        self.id = id
        self.content = content
        self.part = part
        self.leadUnit = leadUnit
        self.owner = owner
        self.partners = partners
        self.due = due
        self.status = status
        self.completedOn = completedOn
    }
}

/// Progress reported at a meeting on a task from an earlier one.
public struct TaskUpdate: Sendable {
    /// The id of the task.
    public var id: String
    /// Its new state.
    public var status: TaskStatus?
    /// When it was completed.
    public var completedOn: CalendarDate?
    /// What was said about it.
    public var note: String?
    /// Where its id stands in its file.
    public var location: SourceLocation?
    /// The path of its id in its file (`task_updates[0].id`).
    public var idPath: String?

    /// Creates an update.
    public init(id: String, status: TaskStatus? = nil, completedOn: CalendarDate? = nil, note: String? = nil) {
        self.id = id
        self.status = status
        self.completedOn = completedOn
        self.note = note
    }
}
