/// Everything a per-meeting template shows, computed once in Swift: numerals, dates, joined names, states.
///
/// Optional values are nil and lists are empty when the data has nothing, so a
/// template's `{{#x}}…{{/x}}` leaves a section out instead of printing it empty.
/// `Templates/README.md` lists every field.
public struct MeetingView: Sendable {
    public let title: TextView
    /// The meeting's name as running text names it: the organisation before the title, unless the
    /// title already holds it (`市交通委员会全面从严治党工作会议`), its line breaks run together.
    public let fullTitle: String
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
    /// The section headings and run-in labels: the file's `headings:`, else Gongwen's wording.
    public let headings: HeadingsView
    /// 附件说明: each attachment's `number` (1, 2…, none when there is one), `name`, `first`.
    public let attachments: [AttachmentView]
    public let hasAttachments: Bool
    /// 版记, when the file gives 抄送, 分送 or 印发: `copyTo` and `distribution` (joined with ，, ending
    /// in 。), `printedBy`, `printedOn` (`2026年11月20日`).
    public let colophon: ColophonView?
    /// The meeting's tasks as 责任清单 and 任务清单, for the `accountability` template;
    /// worked out only when a template asks.
    public var accountability: AccountabilityView { AccountabilityView(meeting: _meeting) }
    private let _meeting: Meeting

    /// Builds the view of one meeting; `origins` (the tasks of the other meeting files in its folder,
    /// `TaskLedger.origins`) let the progress on earlier tasks name what each task was.
    public init(_ meeting: Meeting, origins: [String: TaskOrigin] = [:]) {
        let info = meeting.info
        title = TextView(info.title)
        fullTitle = Self.fullTitle(info)
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
        let reportsByUnit = Dictionary(grouping: meeting.reports, by: \.unit).mapValues(\.count)
        reports = meeting.reports.enumerated().map { index, report in
            ReportView(
                report, index: index, headings: meeting.headings, unitShared: (reportsByUnit[report.unit] ?? 0) > 1)
        }
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
        taskUpdates = meeting.taskUpdates.enumerated().map {
            TaskUpdateView($0.element, index: $0.offset, origin: origins[$0.element.id])
        }
        hasTaskUpdates = !taskUpdates.isEmpty
        headings = HeadingsView(meeting.headings, reports: meeting.reports)
        attachments = AttachmentView.list(info.attachments)
        hasAttachments = !attachments.isEmpty
        colophon = ColophonView(info)
        _meeting = meeting
    }

    /// The title as written when it already names its body: it holds the organisation, begins
    /// with its short name (局党委2026年第十次会议 of 中共江临市自然资源和规划局委员会), or begins
    /// with a body word, alone or after one or two characters of the institution (党委会, 局党组…,
    /// 市委常委会); otherwise the organisation before the title.
    static func fullTitle(_ info: MeetingInfo) -> String {
        let title = TextView.inline(info.title)
        guard let organization = info.organization.map(TextView.inline), !title.contains(organization) else {
            return title
        }
        if let short = info.organizationShort.map(TextView.inline), !short.isEmpty, title.hasPrefix(short) {
            return title
        }
        return namesItsBody(title) ? title : organization + title
    }

    /// The words that name a deliberating body; a title that begins with one names its own body.
    static let bodyWords = ["党委", "党组", "党支部", "党总支", "中心组", "办公会", "常委会"]

    static func namesItsBody(_ title: String) -> Bool {
        (0...2).contains { skipped in
            let rest = title.dropFirst(skipped)
            // 党组织 (party organisations) is a topic, not the 党组; so are its members (党支部书记座谈会)
            // and the bodies of a whole system (各党支部…, 全市党委…).
            guard title.count > skipped, !rest.hasPrefix("党组织"), !title.hasPrefix("各"), !title.hasPrefix("全"),
                let word = bodyWords.first(where: { rest.hasPrefix($0) })
            else { return false }
            let after = rest.dropFirst(word.count)
            return !["书记", "委员", "成员", "班子"].contains { after.hasPrefix($0) }
        }
    }

    /// Joins names with the enumeration comma 、, or nil for none.
    static func joined(_ names: [String]) -> String? {
        names.isEmpty ? nil : names.joined(separator: "、")
    }
}
