/// A finished official document, independent of format: what every writer receives.
public struct Document: Hashable, Sendable {
    /// The document's title as plain text (for metadata and file properties).
    public var title: String
    /// The blocks in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// A block of an official document.
public enum Block: Hashable, Sendable {
    /// The red minutes mark or issuing organ's mark (纪要标志 / 发文机关标志).
    case mark([Inline])
    /// The document number line (发文字号 / 纪要编号), centred.
    case number([Inline])
    /// The red rule under the header (版头分隔线).
    case redRule
    /// The title (标题).
    case title([Inline])
    /// A heading of level 1 to 4 (一、 （一） 1. （1）), its number already worked out.
    case heading(Heading)
    /// A paragraph in one of the official roles.
    case paragraph(Paragraph)
    /// A labelled header line such as 出席：张明、陈刚.
    case field(label: String, content: [Inline])
    /// A labelled line after the body, as GB/T 9704 §10.3 places 出席, 请假 and 列席 in minutes: two
    /// characters in, wrapped lines aligned after the colon.
    case roster(label: String, content: [Inline])
    /// One line of 附件说明 (GB/T 9704 §7.3.4): `附件：1. 名称`, wrapped lines aligned with the name.
    case attachment(Attachment)
    /// The 版记 (§7.4) at the foot of the last page: its lines between full-width rules.
    case colophon([ColophonLine])
    /// A numbered list; every writer writes the numbers as text (`1. `), as official documents do.
    case list([[Inline]])
    /// A table with optional header rows and merged cells.
    case table(Table)
    /// A chart of the table before it.
    case chart(Chart)
    /// Starts a new page.
    case pageBreak
}

/// A heading with its level and number.
public struct Heading: Hashable, Sendable {
    /// 1 (一、) to 4 (（1）).
    public var level: Int
    /// The number as text (`一、`, `（二）`, `3.`), or nil for an unnumbered heading.
    public var number: String?
    /// The heading's text.
    public var content: [Inline]

    /// Creates a heading.
    public init(level: Int, number: String?, content: [Inline]) {
        self.level = level
        self.number = number
        self.content = content
    }
}

/// A paragraph and its role on the page.
public struct Paragraph: Hashable, Sendable {
    /// How a paragraph sits on the page.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// Body text: first line indented two characters.
        case body
        /// No indent, flush left.
        case plain
        /// Centred (the speaker line under a speech title).
        case center
        /// The issuing organ's signature (发文机关署名), right-aligned.
        case signature
        /// The date under the signature (成文日期).
        case date
    }

    /// The role.
    public var role: Role
    /// The text.
    public var content: [Inline]

    /// Creates a paragraph.
    public init(_ role: Role = .body, _ content: [Inline]) {
        self.role = role
        self.content = content
    }
}

/// Text inside a block.
public enum Inline: Hashable, Sendable {
    /// Literal text, never markup in any format.
    case text(String)
    /// Bold (the lead sentence of a point).
    case strong([Inline])
    /// Emphasis, set in 楷体 in Word.
    case emphasis([Inline])
    /// A line break inside the paragraph.
    case lineBreak
}

extension Array where Element == Inline {
    /// The text without markup; line breaks become newlines.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += text
            case .strong(let children), .emphasis(let children): result += children.plainText
            case .lineBreak: result += "\n"
            }
        }
        return result
    }
}

/// One line of 附件说明.
public struct Attachment: Hashable, Sendable {
    /// `附件` before the first attachment, else nil.
    public var label: String?
    /// `1`, `2`…, or nil for a single attachment.
    public var number: String?
    /// The attachment's name.
    public var content: [Inline]

    /// Creates the line.
    public init(label: String?, number: String?, content: [Inline]) {
        self.label = label
        self.number = number
        self.content = content
    }
}

/// One line of the 版记: `抄送：…。`, or the issuing office with the date at the right end.
public struct ColophonLine: Hashable, Sendable {
    /// `抄送`, `分送`, or nil.
    public var label: String?
    /// The text after the label, at the left.
    public var content: [Inline]
    /// The text at the right end (`2026年11月20日印发`).
    public var end: [Inline]

    /// Creates the line.
    public init(label: String?, content: [Inline], end: [Inline] = []) {
        self.label = label
        self.content = content
        self.end = end
    }
}
