/// The 版记 (GB/T 9704 §7.4) for templates.
public struct ColophonView: Sendable {
    /// `市委办公室，市政府办公室。`: organisations separated by ，, a 。 after the last.
    public let copyTo: String?
    public let distribution: String?
    public let printedBy: String?
    /// `2026年11月20日`.
    public let printedOn: String?
    /// Whether the 印发 line has anything.
    public let hasPrinted: Bool

    init?(_ info: MeetingInfo) {
        func joined(_ names: [String]) -> String? {
            names.isEmpty ? nil : names.map(TextView.inline).joined(separator: "，") + "。"
        }
        copyTo = joined(info.copyTo)
        distribution = joined(info.distribution)
        printedBy = info.printedBy.map(TextView.inline)
        printedOn = info.printedOn.map(ChineseNumerals.date)
        hasPrinted = printedBy != nil || printedOn != nil
        if copyTo == nil && distribution == nil && !hasPrinted { return nil }
    }
}
