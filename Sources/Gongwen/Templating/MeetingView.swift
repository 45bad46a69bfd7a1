/// Everything a per-meeting template shows, computed once in Swift: numerals, dates, joined names, states.
///
/// Optional values are nil and lists are empty when the data has nothing, so a
/// template's `{{#x}}…{{/x}}` leaves a section out instead of printing it empty.
/// `Templates/README.md` lists every field.
public struct MeetingView: Sendable {
    public let title: TextView
    public let organization: TextView?
    public let kind: TextView?
    public let number: TextView?
    /// `2026年11月20日`.
    public let date: String
    /// `2026-11-20`.
    public let isoDate: String
    public let time: TextView?
    public let location: TextView?
    public let host: PersonView?
    public let speaker: PersonView?
    public let recorder: PersonView?
    /// Names joined with 、.
    public let attendees: String?
    public let observers: String?
    /// `王强（公出）、…`.
    public let absentees: String?
    public let reports: [ReportView]
    public let hasReports: Bool
    public let comments: [CommentView]
    public let hasComments: Bool
    public let requirements: [RequirementView]
    public let hasRequirements: Bool
    public let speech: SpeechView?
    public let decisions: [TextView]
    public let hasDecisions: Bool
    public let tasks: [TaskView]
    public let hasTasks: Bool
    public let taskUpdates: [TaskUpdateView]
    public let hasTaskUpdates: Bool
    /// The meeting's tasks as 责任清单 and 任务清单, for the `accountability` template;
    /// worked out only when a template asks.
    public var accountability: AccountabilityView { AccountabilityView(meeting: _meeting) }
    private let _meeting: Meeting

    /// Builds the view of one meeting.
    public init(_ meeting: Meeting) {
        let info = meeting.info
        title = TextView(info.title)
        organization = info.organization.map(TextView.init)
        kind = info.kind.map(TextView.init)
        number = info.number.map(TextView.init)
        date = ChineseNumerals.date(info.date)
        isoDate = info.date.description
        time = info.time.map(TextView.init)
        location = info.location.map(TextView.init)
        host = info.host.map(PersonView.init)
        let speakerPerson = meeting.speech?.speaker ?? info.speaker
        speaker = speakerPerson.map(PersonView.init)
        recorder = info.recorder.map(PersonView.init)
        attendees = Self.joined(info.attendees.map(\.name))
        observers = Self.joined(info.observers.map(\.name))
        absentees = Self.joined(
            info.absentees.map { absentee in absentee.reason.map { "\(absentee.name)（\($0)）" } ?? absentee.name })
        reports = meeting.reports.enumerated().map { ReportView($0.element, index: $0.offset) }
        hasReports = !reports.isEmpty
        comments = meeting.comments.map(CommentView.init)
        hasComments = !comments.isEmpty
        requirements = meeting.requirements.map(RequirementView.init)
        hasRequirements = !requirements.isEmpty
        speech = meeting.speech.map { SpeechView($0) }.flatMap { $0.isEmpty ? nil : $0 }
        decisions = meeting.decisions.map(TextView.init)
        hasDecisions = !decisions.isEmpty
        tasks = meeting.tasks.enumerated().map { TaskView($0.element, index: $0.offset) }
        hasTasks = !tasks.isEmpty
        taskUpdates = meeting.taskUpdates.map(TaskUpdateView.init)
        hasTaskUpdates = !taskUpdates.isEmpty
        _meeting = meeting
    }

    /// Joins names with the enumeration comma 、, or nil for none.
    static func joined(_ names: [String]) -> String? {
        names.isEmpty ? nil : names.joined(separator: "、")
    }
}

/// A person for templates.
public struct PersonView: Sendable {
    public let name: String
    public let title: String?
    public let unit: String?
    /// `陈刚（分管副主任）`, or the name alone.
    public let display: String

    init(_ person: Person) {
        name = person.name
        title = person.title
        unit = person.unit
        display = person.title.map { "\(person.name)（\($0)）" } ?? person.name
    }
}

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

    init(_ report: Report, index: Int) {
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
    }
}

/// A comment for templates.
public struct CommentView: Sendable {
    public let by: PersonView
    public let about: TextView?
    public let text: TextView

    init(_ comment: Comment) {
        by = PersonView(comment.by)
        about = comment.about.map(TextView.init)
        text = TextView(comment.text)
    }
}

/// A requirement for templates.
public struct RequirementView: Sendable {
    public let by: PersonView?
    public let text: TextView

    init(_ requirement: Requirement) {
        by = requirement.by.map(PersonView.init)
        text = TextView(requirement.text)
    }
}

/// A task for templates.
public struct TaskView: Sendable {
    /// 1-based row number.
    public let number: Int
    public let id: String
    public let content: TextView
    /// 统一思想 / 聚焦重点 / 压实责任.
    public let part: String?
    public let leadUnit: TextView?
    public let owner: String?
    /// Joined with 、.
    public let partners: String?
    /// `2026年12月31日`.
    public let due: String?
    /// 未开始 / 推进中 / 已完成 / 受阻.
    public let status: String
    public let completedOn: String?
    /// Due and not done, in a ledger; always false for a task as its meeting assigned it.
    public let overdue: Bool
    /// `2026年11月20日`, in a ledger.
    public let assignedOn: String?
    /// The latest progress note, in a ledger.
    public let note: TextView?

    init(_ task: MeetingTask, index: Int) {
        self.init(task, index: index, status: task.status, completedOn: task.completedOn)
    }

    init(_ record: TaskRecord, index: Int) {
        self.init(
            record.task, index: index, status: record.status, completedOn: record.completedOn,
            overdue: record.overdue, assignedOn: record.assignedOn, note: record.note)
    }

    private init(
        _ task: MeetingTask, index: Int, status: TaskStatus, completedOn: CalendarDate?, overdue: Bool = false,
        assignedOn: CalendarDate? = nil, note: String? = nil
    ) {
        number = index + 1
        id = task.id
        content = TextView(task.content)
        part = task.part?.shortName
        leadUnit = task.leadUnit.map(TextView.init)
        owner = task.owner?.name
        partners = MeetingView.joined(task.partners)
        due = task.due.map(ChineseNumerals.date)
        self.status = overdue ? status.displayName + "（逾期）" : status.displayName
        self.completedOn = completedOn.map(ChineseNumerals.date)
        self.overdue = overdue
        self.assignedOn = assignedOn.map(ChineseNumerals.date)
        self.note = note.map(TextView.init)
    }
}

/// Progress on an earlier task, for templates.
public struct TaskUpdateView: Sendable {
    public let id: String
    public let status: String?
    public let completedOn: String?
    public let note: TextView?

    init(_ update: TaskUpdate) {
        id = update.id
        status = update.status?.displayName
        completedOn = update.completedOn.map(ChineseNumerals.date)
        note = update.note.map(TextView.init)
    }
}
