/// The speech for templates: its parts in the fixed order, points numbered 一要、二要….
public struct SpeechView: Sendable {
    public let speaker: PersonView?
    public let opening: [TextView]
    public let parts: [PartView]
    public let closing: [TextView]

    init(_ speech: Speech) {
        speaker = speech.speaker.map(PersonView.init)
        opening = speech.opening.map(TextView.init)
        parts = SpeechPartKey.allCases.compactMap { key in speech.parts[key].map { PartView($0, key: key) } }
        closing = speech.closing.map(TextView.init)
    }

    var isEmpty: Bool { opening.isEmpty && parts.isEmpty && closing.isEmpty }
}

/// One of the three parts.
public struct PartView: Sendable {
    /// `unify_thinking`, `key_points` or `responsibility`.
    public let key: String
    /// 统一思想 / 聚焦重点 / 压实责任.
    public let name: String
    /// The file's heading, or the part's default.
    public let heading: TextView
    public let paragraphs: [TextView]
    /// The minutes' own paragraphs for the part (`minutes:`), in the third person.
    public let minutes: [TextView]
    public let sections: [SectionView]
    public let points: [PointView]

    init(_ part: SpeechPart, key: SpeechPartKey) {
        self.key = key.rawValue
        name = key.shortName
        // A number the clerk typed is dropped (the loader warned): the document numbers headings.
        heading = TextView(
            part.heading.map { ChineseNumerals.withoutOwnNumber($0, as: .partHeading) } ?? key.defaultHeading)
        paragraphs = part.paragraphs.map(TextView.init)
        minutes = part.minutes.map(TextView.init)
        sections = part.sections.map(SectionView.init)
        points = PointView.numbered(part.points)
    }
}

/// A （一） section.
public struct SectionView: Sendable {
    public let heading: TextView
    public let paragraphs: [TextView]
    /// The minutes' own paragraphs for the section (`minutes:`), in the third person.
    public let minutes: [TextView]
    public let points: [PointView]

    init(_ section: SpeechSection) {
        heading = TextView(ChineseNumerals.withoutOwnNumber(section.heading, as: .sectionHeading))
        paragraphs = section.paragraphs.map(TextView.init)
        minutes = section.minutes.map(TextView.init)
        points = PointView.numbered(section.points)
    }
}

/// A point: `lead` is the bold sentence with its ordinal and full stop (`一要学懂弄通做实。`).
public struct PointView: Sendable {
    public let lead: String
    public let text: TextView?

    static func numbered(_ points: [SpeechPoint]) -> [PointView] {
        points.enumerated().map { index, point in
            PointView(
                lead: ChineseNumerals.cardinal(index + 1) + "要"
                    + TextView.sentence(ChineseNumerals.withoutOwnNumber(point.lead, as: .point)),
                text: point.text.map(TextView.init))
        }
    }
}
