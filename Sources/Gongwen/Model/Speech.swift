/// The three fixed parts of every speech and summary, after the seed speech.
public enum SpeechPartKey: String, CaseIterable, Sendable {
    /// 一、统一思想.
    case unifyThinking = "unify_thinking"
    /// 二、聚焦重点.
    case keyPoints = "key_points"
    /// 三、压实责任.
    case responsibility = "responsibility"

    /// The heading used when a file gives none.
    public var defaultHeading: String {
        switch self {
        case .unifyThinking: return "统一思想，切实增强政治自觉"
        case .keyPoints: return "聚焦重点，落实各项任务"
        case .responsibility: return "压实责任，推动工作向纵深发展"
        }
    }

    /// The names a meeting file may also give `part` in: the short name.
    public var chineseNames: [String] { [shortName] }

    /// The short name of the part (统一思想, 聚焦重点, 压实责任).
    public var shortName: String {
        switch self {
        case .unifyThinking: return "统一思想"
        case .keyPoints: return "聚焦重点"
        case .responsibility: return "压实责任"
        }
    }
}

/// The principal leader's speech (讲话).
public struct Speech: Sendable {
    /// Who spoke; the meeting's speaker when absent.
    public var speaker: Person?
    /// Paragraphs before part one (同志们：…).
    public var opening: [String]
    /// The three parts, in order, as far as the file gives them.
    public var parts: [SpeechPartKey: SpeechPart]
    /// Closing paragraphs.
    public var closing: [String]

    /// Creates a speech.
    public init(
        speaker: Person? = nil, opening: [String] = [], parts: [SpeechPartKey: SpeechPart] = [:],
        closing: [String] = []
    ) {
        self.speaker = speaker
        self.opening = opening
        self.parts = parts
        self.closing = closing
    }
}

/// One of the three parts of a speech.
public struct SpeechPart: Sendable {
    /// The part's own heading; the key's default when nil.
    public var heading: String?
    /// Paragraphs directly under the part heading.
    public var paragraphs: [String]
    /// The （一）（二）… sections.
    public var sections: [SpeechSection]
    /// 一要…二要… points, for parts without sections.
    public var points: [SpeechPoint]
    /// The minutes' third-person version of the part's paragraphs (会议强调……); the minutes
    /// never print `paragraphs`, which are in the speaker's voice.
    public var minutes: [String]

    /// Creates a part.
    public init(
        heading: String? = nil, paragraphs: [String] = [], sections: [SpeechSection] = [],
        points: [SpeechPoint] = [], minutes: [String] = []
    ) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.sections = sections
        self.points = points
        self.minutes = minutes
    }
}

/// A （一） section of a speech part.
public struct SpeechSection: Sendable {
    /// The section heading.
    public var heading: String
    /// Paragraphs under the heading.
    public var paragraphs: [String]
    /// 一要…二要… points.
    public var points: [SpeechPoint]
    /// The minutes' third-person version of the section's paragraphs.
    public var minutes: [String]

    /// Creates a section.
    public init(heading: String, paragraphs: [String] = [], points: [SpeechPoint] = [], minutes: [String] = []) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.points = points
        self.minutes = minutes
    }
}

/// A point (一要…) whose lead sentence is set in bold.
public struct SpeechPoint: Sendable {
    /// The lead sentence.
    public var lead: String
    /// What follows the lead.
    public var text: String?

    /// Creates a point.
    public init(lead: String, text: String? = nil) {
        self.lead = lead
        self.text = text
    }
}
