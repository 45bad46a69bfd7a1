/// One of a report's 做法成效 / 差距不足 / 努力方向: the label runs in before its first paragraph.
public struct ReportSectionView: Sendable {
    /// The run-in label, or nil for a 交流发言 whose file gives none.
    public let label: String?
    public let first: TextView
    public let rest: [TextView]
}
