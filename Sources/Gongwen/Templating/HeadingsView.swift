/// The minutes' section headings and run-in labels for templates.
public struct HeadingsView: Sendable {
    /// 会议听取了工作汇报, or of the kinds the reports were (会议听取了交流发言; 会议听取了汇报和交流发言;
    /// 会议听取了述职、交流发言和汇报).
    public let reports: String
    public let achievements: String
    public let shortcomings: String
    public let plans: String
    public let comments: String
    public let requirements: String
    public let speech: String
    public let decisions: String
    public let taskUpdates: String
    public let tasks: String

    init(_ headings: SectionHeadings, reports list: [Report]) {
        var kinds: [String] = []
        for report in list {
            let kind = report.kind.map(TextView.inline) ?? "汇报"
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        // Three kinds or more read 述职、交流发言和汇报: one 和, before the last.
        let heard =
            kinds == ["汇报"] || kinds.isEmpty
            ? "工作汇报" : kinds.dropLast().joined(separator: "、") + (kinds.count > 1 ? "和" : "") + kinds.last!
        // The minutes number their headings: a number the clerk typed (一、) is not printed twice.
        func heading(_ key: String) -> String {
            ChineseNumerals.withoutOwnNumber(headings[key]!, as: .partHeading)
        }
        reports =
            headings.given["reports"].map { ChineseNumerals.withoutOwnNumber($0, as: .partHeading) }
            ?? "会议听取了" + heard
        achievements = headings["achievements"]!
        shortcomings = headings["shortcomings"]!
        plans = headings["plans"]!
        comments = heading("comments")
        requirements = heading("requirements")
        speech = heading("speech")
        decisions = heading("decisions")
        taskUpdates = heading("task_updates")
        tasks = heading("tasks")
    }
}
