/// One meeting file, loaded and checked: the single source every document renders from.
public struct Meeting: Sendable {
    /// Where the meeting was loaded from (for messages and output names).
    public var source: String
    /// The `meeting` block: title, date, people.
    public var info: MeetingInfo
    /// The secretaries' reports (汇报), in the order given.
    public var reports: [Report]
    /// The leaders' comments (点评).
    public var comments: [Comment]
    /// The requirements set (工作要求).
    public var requirements: [Requirement]
    /// The principal leader's speech (讲话), when the file has one.
    public var speech: Speech?
    /// What the meeting decided (议定事项).
    public var decisions: [String]
    /// Tasks assigned at this meeting.
    public var tasks: [MeetingTask]
    /// Progress reported on tasks from earlier meetings.
    public var taskUpdates: [TaskUpdate]
    /// The organisation's own section headings and run-in labels (`headings:`), by key.
    public var headings: SectionHeadings = SectionHeadings()
    /// What loading read but the clerk probably did not mean (`[张三，李四]` as one name), to show beside the output.
    public var warnings: [Diagnostic] = []

    /// Creates a meeting.
    public init(
        source: String, info: MeetingInfo, reports: [Report] = [], comments: [Comment] = [],
        requirements: [Requirement] = [], speech: Speech? = nil, decisions: [String] = [],
        tasks: [MeetingTask] = [], taskUpdates: [TaskUpdate] = []
    ) {
        self.source = source
        self.info = info
        self.reports = reports
        self.comments = comments
        self.requirements = requirements
        self.speech = speech
        self.decisions = decisions
        self.tasks = tasks
        self.taskUpdates = taskUpdates
    }
}

/// The `meeting` block of a meeting file.
public struct MeetingInfo: Sendable {
    /// The meeting's name (会议名称).
    public var title: String
    /// The organisation holding it (主办单位 / 发文机关).
    public var organization: String?
    /// The organisation's short name (简称: 局党委, 委党委), which a title may begin with.
    public var organizationShort: String?
    /// Free text such as 工作会议.
    public var kind: String?
    /// The minutes' number (纪要编号), such as 〔2026〕12号.
    public var number: String?
    /// The day it was held.
    public var date: CalendarDate
    /// Free text such as 09:00—11:30.
    public var time: String?
    /// Where it was held.
    public var location: String?
    /// Who chaired it (主持).
    public var host: Person?
    /// Who gave the speech (讲话).
    public var speaker: Person?
    /// Who took the record (记录).
    public var recorder: Person?
    /// Who attended (出席).
    public var attendees: [Person]
    /// Who sat in (列席).
    public var observers: [Person]
    /// Who sent apologies (请假).
    public var absentees: [Absentee]
    /// The attachments' names (附件说明, GB/T 9704 §7.3.4).
    public var attachments: [String] = []
    /// The organisations a copy goes to (抄送, §7.4.2).
    public var copyTo: [String] = []
    /// Who receives the minutes (分送, §10.3).
    public var distribution: [String] = []
    /// Who prints and issues the document (印发机关, §7.4.3).
    public var printedBy: String?
    /// When it is issued (印发日期).
    public var printedOn: CalendarDate?

    /// Creates the meeting block.
    public init(
        title: String, organization: String? = nil, kind: String? = nil, number: String? = nil,
        date: CalendarDate, time: String? = nil, location: String? = nil, host: Person? = nil,
        speaker: Person? = nil, recorder: Person? = nil, attendees: [Person] = [],
        observers: [Person] = [], absentees: [Absentee] = []
    ) {
        self.title = title
        self.organization = organization
        self.kind = kind
        self.number = number
        self.date = date
        self.time = time
        self.location = location
        self.host = host
        self.speaker = speaker
        self.recorder = recorder
        self.attendees = attendees
        self.observers = observers
        self.absentees = absentees
    }
}

/// A unit's report (汇报) on how it carried out its duties.
public struct Report: Sendable {
    /// Who reported.
    public var reporter: Person
    /// The reporting unit.
    public var unit: String
    /// What the report was about.
    public var topic: String?
    /// 做法成效.
    public var achievements: [String]
    /// 差距不足.
    public var shortcomings: [String]
    /// 努力方向.
    public var plans: [String]
    /// What kind of speaking it was: 汇报 when not given, or 交流发言, 述职….
    public var kind: String?

    /// Creates a report.
    public init(
        reporter: Person, unit: String, topic: String? = nil, achievements: [String] = [],
        shortcomings: [String] = [], plans: [String] = []
    ) {
        self.reporter = reporter
        self.unit = unit
        self.topic = topic
        self.achievements = achievements
        self.shortcomings = shortcomings
        self.plans = plans
    }
}

/// A leader's comment (点评) on the reports.
public struct Comment: Sendable {
    /// Who commented.
    public var by: Person
    /// The unit whose report it answers.
    public var about: String?
    /// What was said.
    public var text: String

    /// Creates a comment.
    public init(by: Person, about: String? = nil, text: String) {
        self.by = by
        self.about = about
        self.text = text
    }
}

/// A requirement set at the meeting (工作要求).
public struct Requirement: Sendable {
    /// Who set it.
    public var by: Person?
    /// What was required.
    public var text: String

    /// Creates a requirement.
    public init(by: Person? = nil, text: String) {
        self.by = by
        self.text = text
    }
}
