/// Progress on an earlier task, for templates: what the update says and, when the task's meeting
/// file is in the folder, what the task was.
public struct TaskUpdateView: Sendable {
    /// 1-based row number.
    public let number: Int
    public let id: String
    public let status: String?
    public let completedOn: String?
    public let note: TextView?
    /// Whether the task was found in the folder's meeting files.
    public let resolved: Bool
    /// The task's content, or its id when it was not found.
    public let content: TextView
    public let leadUnit: TextView?
    public let owner: String?
    /// `2026年12月31日`.
    public let due: String?
    /// The date and title of the meeting that assigned it.
    public let assignedOn: String?
    public let assignedAt: TextView?
    /// What the update reports, in one cell, as sentences: `已于2026年11月18日完成。已形成台账。`,
    /// `受阻：等待省厅数据核查反馈。`, `推进中。`.
    public let progress: String

    init(_ update: TaskUpdate, index: Int, origin: TaskOrigin?) {
        number = index + 1
        id = update.id
        status = update.status?.displayName
        completedOn = update.completedOn.map(ChineseNumerals.date)
        note = update.note.map(TextView.init)
        resolved = origin != nil
        content = TextView(origin?.task.content ?? update.id)
        leadUnit = origin?.task.leadUnit.map(TextView.init)
        owner = origin?.task.owner?.name
        due = origin?.task.due.map(ChineseNumerals.date)
        assignedOn = origin.map { ChineseNumerals.date($0.assignedOn) }
        assignedAt = origin.map { TextView($0.assignedAt) }
        let note = update.note.map { TextView.sentence(TextView.inline($0)) }
        switch (update.status, completedOn) {
        case (.done?, let day?), (nil, let day?):
            // 已于…完成 says done once; a note follows as its own sentence.
            progress = "已于\(day)完成。" + (note ?? "")
        case (.done?, nil):
            progress = "已完成。" + (note ?? "")
        case (let state?, _):
            // An open state reports what stands in the way or how far it got (a completion date
            // beside an open state is the file's contradiction, which the state wins).
            progress = state.displayName + (note.map { "：" + $0 } ?? "。")
        case (nil, nil):
            progress = note ?? ""
        }
    }
}
