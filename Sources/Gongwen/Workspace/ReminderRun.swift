import Foundation

/// `summary --template reminder`: one 催办通知 per lead unit with tasks overdue or due soon on a day,
/// named `催办通知-2026-12-10.<unit>.<ext>`.
public struct ReminderRun: Sendable {
    /// The compiled `reminder` template (or an organisation's own).
    public let template: DocumentTemplate
    /// The document formats.
    public let formats: [OutputFormat]
    /// What the Word writer takes.
    public let options: WriterOptions
    /// The day counted from.
    public let asOf: CalendarDate
    /// Days ahead that count as due soon.
    public let within: Int
    /// `--from`: the issuing office; nil to sign with the organisation the meetings name.
    public let from: String?
    /// `--reply-by`; nil for five days after `asOf`.
    public let replyBy: CalendarDate?

    /// The file names' stem.
    public static let stem = "催办通知"
    /// Days after `asOf` by which progress is to be reported, unless `--reply-by` says.
    public static let replyDays = 5

    /// Creates a run.
    public init(
        template: DocumentTemplate, formats: [OutputFormat], options: WriterOptions, asOf: CalendarDate, within: Int,
        from: String? = nil, replyBy: CalendarDate? = nil
    ) {
        self.template = template
        self.formats = formats
        self.options = options
        self.asOf = asOf
        self.within = within
        self.from = from
        self.replyBy = replyBy
    }

    /// The warning for a task to remind of that names no lead unit, at the file that assigned it.
    public static func unaddressedWarning(_ record: TaskRecord) -> Diagnostic {
        Diagnostic(
            .warning, at: SourceLocation(file: record.source, line: 1, column: 1), .reminderWithoutUnit(record.task.id))
    }

    /// One unit's notice in each of the formats (a PDF as its Word file, to be converted).
    public func written(_ notice: UnitReminder, organization: String?) async throws -> [Data] {
        let reply = replyBy ?? asOf.adding(days: Self.replyDays) ?? asOf
        let view = ReminderView(
            notice, asOf: asOf, within: within, replyBy: reply, from: from ?? organization, fromGiven: from != nil)
        return try await template.render(view).writeConcurrently(formats.map(\.written), options: options)
    }

    /// Who signs the notices when `--from` does not say: the one organisation the meetings name, or
    /// nobody in a folder of several (no notice claims an organisation sent what it did not).
    public static func signer(_ meetings: [Meeting], chosen: String? = nil) -> String? {
        if let chosen { return chosen }
        let names = SummaryRun.organizations(meetings)
        return names.count == 1 ? names[0] : nil
    }

    /// `催办通知-2026-12-10.市住建局.docx`.
    public static func fileName(asOf: CalendarDate, unit: String, extension ext: String) -> String {
        let cleaned = MeetingFileName.cleaned(unit)
        return "\(stem)-\(asOf).\(cleaned.isEmpty ? "未注明单位" : cleaned).\(ext)"
    }

    /// Every notice's files, unit by unit, and the list they came from.
    public func outputs(meetings: [Meeting], only filter: OrganizationFilter = .all, organization: String?)
        async throws -> (outputs: [(name: String, data: Data)], list: ReminderList)
    {
        let list = ReminderList(meetings: meetings, asOf: asOf, within: within, only: filter)
        var outputs: [(name: String, data: Data)] = []
        for notice in list.notices {
            let data = try await written(notice, organization: organization)
            for (format, bytes) in zip(formats, data) {
                outputs.append(
                    (Self.fileName(asOf: asOf, unit: notice.unit, extension: format.fileExtension), bytes))
            }
        }
        return (try await PDFConversion.convertingPDFs(outputs), list)
    }
}
