/// A report for templates.
public struct ReportView: Sendable {
    /// 1-based.
    public let number: Int
    /// 一, 二, …
    public let numeral: String
    public let reporter: PersonView
    public let unit: TextView
    public let topic: TextView?
    public let achievements: [TextView]
    public let shortcomings: [TextView]
    public let plans: [TextView]
    public let hasAchievements: Bool
    public let hasShortcomings: Bool
    public let hasPlans: Bool
    /// 汇报 (the default), 交流发言, 述职…: as the file gives `kind`.
    public let kind: String
    /// Whether `kind` is 汇报: `汇报了<topic>` reads better than `围绕<topic>作了汇报`.
    public let isReport: Bool
    /// 做法成效, 差距不足, 努力方向 that have text: each `label`, `first` (the text its run-in label
    /// leads) and `rest`.
    public let sections: [ReportSectionView]
    /// What the minutes head it with: the unit, or, where the unit does not tell it from the others
    /// (several reports of one unit, or 交流发言 by members of one body), the speaker's post and name,
    /// else the topic.
    public let heading: String

    init(_ report: Report, index: Int, headings: SectionHeadings = SectionHeadings(), unitShared: Bool = false) {
        number = index + 1
        numeral = ChineseNumerals.cardinal(index + 1)
        reporter = PersonView(report.reporter)
        unit = TextView(report.unit)
        topic = report.topic.map(TextView.init)
        achievements = report.achievements.map(TextView.init)
        shortcomings = report.shortcomings.map(TextView.init)
        plans = report.plans.map(TextView.init)
        hasAchievements = !achievements.isEmpty
        hasShortcomings = !shortcomings.isEmpty
        hasPlans = !plans.isEmpty
        kind = report.kind.map(TextView.inline) ?? "汇报"
        isReport = kind == "汇报"
        // 做法成效, 差距不足, 努力方向 label a work report (汇报, 工作汇报, 述职…); a 交流发言 is not
        // one, so it gets them only where the file gives its own.
        let labelled = kind.contains("汇报") || kind.contains("述职")
        sections = [
            ("achievements", achievements), ("shortcomings", shortcomings), ("plans", plans),
        ].compactMap { key, texts in
            let label = labelled || headings.given[key] != nil ? headings[key]! : nil
            return texts.first.map { ReportSectionView(label: label, first: $0, rest: Array(texts.dropFirst())) }
        }
        let person = (report.reporter.title ?? "") + report.reporter.name
        heading =
            unitShared || !labelled
            ? (report.reporter.title != nil ? person : report.topic.map(TextView.inline) ?? person)
            : TextView.inline(report.unit)
    }
}
