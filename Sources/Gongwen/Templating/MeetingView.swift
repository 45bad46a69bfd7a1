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

/// A person for templates.
public struct PersonView: Sendable {
    public let name: String
    public let title: String?
    public let unit: String?
    /// `陈刚（分管副主任）`, or the name alone: for lists.
    public let display: String
    /// `分管副主任陈刚同志`, or `陈刚同志`: how official prose names a person in running text.
    public let formal: String

    init(_ person: Person) {
        name = person.name
        title = person.title
        unit = person.unit
        display = person.title.map { "\(person.name)（\($0)）" } ?? person.name
        formal = (person.title ?? "") + person.name + "同志"
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

/// One of a report's 做法成效 / 差距不足 / 努力方向: the label runs in before its first paragraph.
public struct ReportSectionView: Sendable {
    /// The run-in label, or nil for a 交流发言 whose file gives none.
    public let label: String?
    public let first: TextView
    public let rest: [TextView]
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
    /// The latest note with the day it was reported (`11月26日：正在汇总`), in a ledger.
    public let datedNote: String?
    /// The title of the meeting that assigned it, in a ledger.
    public let assignedAt: TextView?
    /// `逾期12天` (or `当日到期`) for an overdue task in a ledger.
    public let overdueText: String?
    /// `12天` (or `当日到期`) for the 逾期 column of an overdue task in a ledger.
    public let overdueDays: String?
    /// `逾期3天完成` for a task completed after its due date, in a ledger.
    public let lateText: String?
    /// Lead unit, owner and due date as far as the data gives them, joined with ，
    /// (`组织处，周婷，2026年12月10日前完成`); nil when it gives none.
    public let brief: String?

    init(_ task: MeetingTask, index: Int) {
        self.init(task, index: index, status: task.status, completedOn: task.completedOn)
    }

    init(_ record: TaskRecord, index: Int) {
        self.init(
            record.task, index: index, status: record.status, completedOn: record.completedOn,
            overdue: record.overdue, assignedOn: record.assignedOn, note: record.note, record: record)
    }

    private init(
        _ task: MeetingTask, index: Int, status: TaskStatus, completedOn: CalendarDate?, overdue: Bool = false,
        assignedOn: CalendarDate? = nil, note: String? = nil, record: TaskRecord? = nil
    ) {
        number = index + 1
        id = task.id
        content = TextView(task.content)
        part = task.part?.shortName
        leadUnit = task.leadUnit.map(TextView.init)
        owner = task.owner?.name
        partners = MeetingView.joined(task.partners)
        due = task.due.map(ChineseNumerals.date)
        // A completed task says when (已完成（2026年11月18日）): the day is what a reader checks.
        if overdue {
            self.status = status.displayName + "（逾期）"
        } else if status == .done, let completedOn {
            self.status = status.displayName + "（" + ChineseNumerals.date(completedOn) + "）"
        } else {
            self.status = status.displayName
        }
        self.completedOn = completedOn.map(ChineseNumerals.date)
        self.overdue = overdue
        self.assignedOn = assignedOn.map(ChineseNumerals.date)
        self.note = note.map(TextView.init)
        datedNote = note.map { note in
            let day = record?.noteOn.map { "\($0.month)月\($0.day)日：" } ?? ""
            return day + TextView.inline(note)
        }
        assignedAt = record.map { TextView($0.assignedAt) }
        overdueText = record?.daysOverdue.map { $0 > 0 ? "逾期\($0)天" : "当日到期" }
        overdueDays = record?.daysOverdue.map { $0 > 0 ? "\($0)天" : "当日到期" }
        lateText = record?.daysLate.map { "逾期\($0)天完成" }
        let pieces = [task.leadUnit.map(TextView.inline), task.owner?.name, due.map { $0 + "前完成" }].compactMap { $0 }
        brief = pieces.isEmpty ? nil : pieces.joined(separator: "，")
    }
}

/// Progress on an earlier task, for templates: what the update says and, when the task's meeting
/// file is in the folder, what the task was.
public struct TaskUpdateView: Sendable {
    /// 1-based row number.
    public let number: Int
    public let id: String
    public let status: String?
    public let completedOn: String?
    public let note: TextView?
    /// Whether the task was found in the folder's meeting files.
    public let resolved: Bool
    /// The task's content, or its id when it was not found.
    public let content: TextView
    public let leadUnit: TextView?
    public let owner: String?
    /// `2026年12月31日`.
    public let due: String?
    /// The date and title of the meeting that assigned it.
    public let assignedOn: String?
    public let assignedAt: TextView?
    /// What the update reports, in one cell, as sentences: `已于2026年11月18日完成。已形成台账。`,
    /// `受阻：等待省厅数据核查反馈。`, `推进中。`.
    public let progress: String

    init(_ update: TaskUpdate, index: Int, origin: TaskOrigin?) {
        number = index + 1
        id = update.id
        status = update.status?.displayName
        completedOn = update.completedOn.map(ChineseNumerals.date)
        note = update.note.map(TextView.init)
        resolved = origin != nil
        content = TextView(origin?.task.content ?? update.id)
        leadUnit = origin?.task.leadUnit.map(TextView.init)
        owner = origin?.task.owner?.name
        due = origin?.task.due.map(ChineseNumerals.date)
        assignedOn = origin.map { ChineseNumerals.date($0.assignedOn) }
        assignedAt = origin.map { TextView($0.assignedAt) }
        let note = update.note.map { TextView.sentence(TextView.inline($0)) }
        switch (update.status, completedOn) {
        case (.done?, let day?), (nil, let day?):
            // 已于…完成 says done once; a note follows as its own sentence.
            progress = "已于\(day)完成。" + (note ?? "")
        case (.done?, nil):
            progress = "已完成。" + (note ?? "")
        case (let state?, _):
            // An open state reports what stands in the way or how far it got (a completion date
            // beside an open state is the file's contradiction, which the state wins).
            progress = state.displayName + (note.map { "：" + $0 } ?? "。")
        case (nil, nil):
            progress = note ?? ""
        }
    }
}

/// The minutes' section headings and run-in labels for templates.
public struct HeadingsView: Sendable {
    /// 会议听取了工作汇报, or of the kinds the reports were (会议听取了交流发言; 会议听取了汇报和交流发言).
    public let reports: String
    public let achievements: String
    public let shortcomings: String
    public let plans: String
    public let comments: String
    public let requirements: String
    public let speech: String
    public let decisions: String
    public let taskUpdates: String
    public let tasks: String

    init(_ headings: SectionHeadings, reports list: [Report]) {
        var kinds: [String] = []
        for report in list {
            let kind = report.kind.map(TextView.inline) ?? "汇报"
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        let heard = kinds == ["汇报"] || kinds.isEmpty ? "工作汇报" : kinds.joined(separator: "和")
        // The minutes number their headings: a number the clerk typed (一、) is not printed twice.
        func heading(_ key: String) -> String {
            ChineseNumerals.withoutOwnNumber(headings[key]!, as: .partHeading)
        }
        reports =
            headings.given["reports"].map { ChineseNumerals.withoutOwnNumber($0, as: .partHeading) }
            ?? "会议听取了" + heard
        achievements = headings["achievements"]!
        shortcomings = headings["shortcomings"]!
        plans = headings["plans"]!
        comments = heading("comments")
        requirements = heading("requirements")
        speech = heading("speech")
        decisions = heading("decisions")
        taskUpdates = heading("task_updates")
        tasks = heading("tasks")
    }
}

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
