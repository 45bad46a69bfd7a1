/// One attachment of 附件说明.
public struct AttachmentView: Sendable {
    /// `1`, `2`…; empty when the document has one attachment (GB/T 9704 numbers only several).
    /// Not `number`: a missing value would be looked up in the meeting, whose `number` is 〔2026〕12号.
    public let ordinal: String
    /// Whether the attachments are numbered.
    public let numbered: Bool
    public let name: TextView
    /// The first attachment, which the label 附件 stands before.
    public let first: Bool

    static func list(_ names: [String]) -> [AttachmentView] {
        names.enumerated().map { index, name in
            AttachmentView(
                ordinal: names.count > 1 ? String(index + 1) : "", numbered: names.count > 1, name: TextView(name),
                first: index == 0)
        }
    }
}
