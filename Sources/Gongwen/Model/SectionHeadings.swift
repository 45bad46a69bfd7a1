/// An organisation's own wording for the minutes' section headings and run-in labels, from the
/// optional `headings:` mapping of a meeting file; a key not given keeps Gongwen's wording.
public struct SectionHeadings: Hashable, Sendable {
    /// The keys `headings:` may hold, in the order the minutes use them.
    public static let keys = [
        "task_updates", "reports", "achievements", "shortcomings", "plans", "comments", "requirements", "speech",
        "decisions", "tasks",
    ]

    /// Gongwen's wording for each key; `reports` is worked out from the reports' kinds instead.
    public static let defaults: [String: String] = [
        "task_updates": "上次会议部署任务落实情况", "achievements": "做法成效", "shortcomings": "差距不足",
        "plans": "努力方向", "comments": "领导点评", "requirements": "工作要求", "speech": "会议强调",
        "decisions": "会议议定事项", "tasks": "任务分工",
    ]

    /// The keys that are run-in labels (做法成效。) rather than numbered headings.
    public static let runInLabels: Set<String> = ["achievements", "shortcomings", "plans"]

    /// The headings the file gives, by key.
    public var given: [String: String]

    /// Creates the headings; `given` holds only keys from `keys`.
    public init(_ given: [String: String] = [:]) {
        self.given = given
    }

    /// The file's heading for `key`, else Gongwen's.
    public subscript(key: String) -> String? {
        given[key] ?? Self.defaults[key]
    }
}
