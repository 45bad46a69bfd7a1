import Foundation

/// `summary`: a month's, quarter's or year's documents and figures from a folder's meetings, named
/// `summary-YYYY-MM.<ext>` (`summary-YYYY-Qn`, `summary-YYYY`).
public struct SummaryRun: Sendable {
    /// The templates, compiled (none when only JSON is asked for).
    public let templates: [DocumentTemplate]
    /// The document formats.
    public let formats: [OutputFormat]
    /// Whether the JSON figures are written too.
    public let json: Bool
    /// What the Word writer takes.
    public let options: WriterOptions

    /// The templates that summarise a month (the others render one meeting).
    public static let summaryTemplates = ["monthly-summary", "accountability", "reminder"]

    /// How file names name templates.
    public let naming: OutputNaming
    /// Today, for a period still running: its figures stand on this day, not on its last one
    /// (nil: the period's last day, as for a period past).
    public let asOf: CalendarDate?

    /// Creates a run.
    public init(
        templates: [DocumentTemplate], formats: [OutputFormat], json: Bool, options: WriterOptions,
        naming: OutputNaming = .en, asOf: CalendarDate? = nil
    ) {
        self.asOf = asOf
        self.templates = templates
        self.formats = formats
        self.json = json
        self.options = options
        self.naming = naming
    }

    /// `summary-2026-11.md`, or `summary-2026-11.accountability.md` for any template but the monthly
    /// summary; with an organisation (a folder of several), `summary-2026-11.市交通委员会.md`.
    /// The stem `summary-YYYY-MM` stays with `naming: .zh` (`summary-2026-11.责任清单.md`), so
    /// scripts and the folder search still know the files.
    /// A quarter's and a year's carry their period: `summary-2026-Q4.md`, `summary-2026.md`.
    public static func fileName(
        period: SummaryPeriod, template: String?, extension ext: String, organization: String? = nil,
        naming: OutputNaming = .en
    ) -> String {
        let part = organization.map(MeetingFileName.cleaned).map { $0.isEmpty ? unnamedOrganization : $0 }
        let stem = "summary-\(period)" + (part.map { "." + $0 } ?? "")
        guard let template, template != "monthly-summary" else { return "\(stem).\(ext)" }
        return "\(stem).\(naming.name(of: template)).\(ext)"
    }

    /// The summaries a folder's meetings make, each with the organisation its file names carry (nil
    /// for the contract's `summary-YYYY-MM.<ext>`) and the meetings it covers. The whole folder always
    /// makes the contract's file; a folder of several organisations also makes one per organisation
    /// (`summary-2026-11.市交通委员会.md`), meetings that name none as `未注明单位`. With `selecting`,
    /// the contract's file covers only that organisation; nil when no meeting names it.
    public static func organizationGroups(_ meetings: [Meeting], selecting: String? = nil)
        -> [(organization: String?, filter: OrganizationFilter)]?
    {
        if let selecting {
            let filter = OrganizationFilter.named(TextView.inline(selecting))
            return meetings.contains(where: filter.admits) ? [(nil, filter)] : nil
        }
        let names = organizations(meetings)
        var groups: [(organization: String?, filter: OrganizationFilter)] = [(nil, .all)]
        guard names.count > 1 else { return groups }
        groups += names.map { ($0, .named($0)) }
        if meetings.contains(where: OrganizationFilter.unnamed.admits) {
            groups.append((unnamedOrganization, .unnamed))
        }
        return groups
    }

    /// The warning that a folder mixes organisations, at the first file that names another one than
    /// the first file does (a message is placed in a file, not a folder).
    public static func mixedOrganizationsWarning(_ meetings: [Meeting]) -> Diagnostic {
        let names = organizations(meetings)
        let other = meetings.first { $0.info.organization.map(TextView.inline).map { $0 != names.first } ?? false }
        return Diagnostic(
            .warning, at: SourceLocation(file: (other ?? meetings[0]).source, line: 1, column: 1),
            .mixedOrganizations(names))
    }

    /// The group of meetings that name no organisation, in a folder of several.
    public static let unnamedOrganization = "未注明单位"

    /// The organisations meetings name, in order of first appearance.
    public static func organizations(_ meetings: [Meeting]) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        // By index, as `TaskLedger` reads them: `for meeting in meetings` copies each meeting.
        for index in meetings.indices {
            if let name = meetings[index].info.organization.map(TextView.inline), seen.insert(name).inserted {
                names.append(name)
            }
        }
        return names
    }

    /// Whether Gongwen writes files of this name (so that a folder search leaves them out):
    /// `summary-2026-11.…`, `summary-2026-Q4.…`, `summary-2026.…`, and the reminders `催办通知-2026-12-10.…`.
    public static func isSummaryFileName(_ name: String) -> Bool {
        if name.hasPrefix(ReminderRun.stem + "-") { return true }
        let bytes = Array(name.utf8)
        guard bytes.count > 13, name.hasPrefix("summary-") else { return false }
        let digit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard bytes[8..<12].allSatisfy(digit) else { return false }
        let rest = bytes[12...]
        let dot = UInt8(ascii: ".")
        if rest.first == dot { return true }
        guard rest.count > 4, rest.first == UInt8(ascii: "-") else { return false }
        let period = Array(rest.dropFirst().prefix(3))
        let month = period[0..<2].allSatisfy(digit)
        let quarter = period[0] == UInt8(ascii: "Q") && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(period[1])
        return (month || quarter) && period[2] == dot
    }

    /// Every file of the month's summary, by name, in a fixed order. A month's documents are large and
    /// one run makes few of them: each template's document, its formats and the JSON are built side by side.
    public func outputs(
        period: SummaryPeriod, meetings: [Meeting], only filter: OrganizationFilter = .all, organization: String? = nil
    ) async throws -> [(name: String, data: Data)] {
        let summary = MonthlySummary(period: period, meetings: meetings, only: filter, asOf: asOf)
        // The JSON figures are written while the view is built and the documents rendered: all
        // three read only the summary.
        let json = json
        async let figures = json ? summary.json() : nil
        let view = SummaryView(summary)
        let formats = formats
        let options = options
        let naming = naming
        var outputs = try await withThrowingTaskGroup(of: (Int, [(String, Data)]).self) { group in
            for (index, template) in templates.enumerated() {
                group.addTask {
                    let document = try template.render(view)
                    let data = try await document.writeConcurrently(formats.map(\.written), options: options)
                    return (
                        index,
                        zip(formats, data).map {
                            (
                                Self.fileName(
                                    period: period, template: template.name, extension: $0.fileExtension,
                                    organization: organization, naming: naming), $1
                            )
                        }
                    )
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.flatMap(\.1).map {
                (name: $0.0, data: $0.1)
            }
        }
        if let figures = try await figures {
            outputs.append(
                (
                    name: Self.fileName(period: period, template: nil, extension: "json", organization: organization),
                    data: figures
                ))
        }
        return try await PDFConversion.convertingPDFs(outputs)
    }

    /// Writes the outputs into `folder`, each file whole or not at all.
    public static func write(_ outputs: [(name: String, data: Data)], to folder: URL) throws(GongwenError) {
        for output in outputs {
            try OutputFile.write(output.data, to: folder.appendingPathComponent(output.name, isDirectory: false))
        }
    }
}
