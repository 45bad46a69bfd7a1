import ArgumentParser
import Foundation
import Gongwen

struct Summary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: CommandHelp.summaryAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.summaryFolder.here)
    var folder: String

    @Option(help: CommandHelp.summaryMonth.here)
    var month: String?

    @Option(help: CommandHelp.summaryQuarter.here)
    var quarter: String?

    @Option(help: CommandHelp.summaryYear.here)
    var year: String?

    @Option(name: .customLong("as-of"), help: CommandHelp.summaryAsOf.here)
    var asOf: String?

    @Option(help: CommandHelp.summaryWithin.here)
    var within: String?

    @Option(help: CommandHelp.summaryFrom.here)
    var from: String?

    @Option(name: .customLong("reply-by"), help: CommandHelp.summaryReplyBy.here)
    var replyBy: String?

    @Option(
        name: .customLong("template"),
        help: CommandHelp.summaryTemplate.here)
    var templates: [String] = []

    @Option(help: CommandHelp.summaryFormat.here)
    var format: [String] = []

    @Option(help: CommandHelp.summaryOutput.here)
    var output: String = "./out"

    @Flag(name: .customLong("skip-invalid"), help: CommandHelp.skipInvalid.here)
    var skipInvalid = false

    @Option(name: .customLong("organization"), help: CommandHelp.summaryOrganization.here)
    var organization: String?

    @OptionGroup var houseStyle: HouseStyleOptions

    @OptionGroup var proofreading: ProofreadingOptions

    func validate() throws {
        if wantsReminder {
            _ = try reminderDays()
        } else if asOf != nil || within != nil || from != nil || replyBy != nil {
            throw ValidationError(Message.reminderOptionsAlone.text(in: ErrorReport.language))
        }
        if needsPeriod { _ = try resolvedPeriod() }
        _ = try SummaryFormats.parse(format)
        _ = try houseStyle.naming()
        if let wrong = templates.map(TemplateCatalog.canonicalName).first(where: {
            TemplateCatalog.builtIns.map(\.name).contains($0) && !SummaryRun.summaryTemplates.contains($0)
        }) {
            throw ValidationError(Message.summaryTemplateOnly(wrong).text(in: ErrorReport.language))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Message.notAFolderOfMeetings(folder).text(in: ErrorReport.language))
        }
        guard output != "-" else { throw ValidationError(Message.summaryWritesFiles.text(in: ErrorReport.language)) }
    }

    private var references: [String] {
        (templates.isEmpty ? ["monthly-summary"] : templates).map(TemplateCatalog.canonicalName).withoutRepeats
    }

    private var wantsReminder: Bool { references.contains("reminder") }

    /// A period is needed by every template but the reminder, and by the JSON figures.
    private var needsPeriod: Bool {
        references.contains { $0 != "reminder" } || month != nil || quarter != nil || year != nil
    }

    private func resolvedPeriod() throws -> SummaryPeriod {
        let given = [month, quarter, year].compactMap { $0 }
        guard given.count <= 1 else { throw ValidationError(Message.periodTwice.text(in: ErrorReport.language)) }
        if let month {
            guard let parsed = YearMonth(argument: month) else {
                throw ValidationError(Message.monthArgument(month).text(in: ErrorReport.language))
            }
            return .month(parsed)
        }
        if let quarter {
            guard let parsed = SummaryPeriod(quarter: quarter) else {
                throw ValidationError(Message.quarterArgument(quarter).text(in: ErrorReport.language))
            }
            return parsed
        }
        if let year {
            guard let parsed = SummaryPeriod(year: year) else {
                throw ValidationError(Message.yearArgument(year).text(in: ErrorReport.language))
            }
            return parsed
        }
        throw ValidationError(Message.periodMissing.text(in: ErrorReport.language))
    }

    /// `--as-of` (default today), `--within` (default 7) and `--reply-by`.
    private func reminderDays() throws -> (asOf: CalendarDate, within: Int, replyBy: CalendarDate?) {
        var day = CalendarDate.today()
        if let asOf {
            guard let parsed = CalendarDate(iso: asOf) else {
                throw ValidationError(Message.asOfArgument(asOf).text(in: ErrorReport.language))
            }
            day = parsed
        }
        var days = ReminderList.defaultWithin
        if let within {
            guard let parsed = Int(within), (0...366).contains(parsed) else {
                throw ValidationError(Message.withinArgument(within).text(in: ErrorReport.language))
            }
            days = parsed
        }
        var reply: CalendarDate?
        if let replyBy {
            guard let parsed = CalendarDate(iso: replyBy), parsed >= day else {
                throw ValidationError(Message.replyByArgument(replyBy).text(in: ErrorReport.language))
            }
            reply = parsed
        }
        return (day, days, reply)
    }

    func run() async throws {
        let period = needsPeriod ? try resolvedPeriod() : nil
        let (documentFormats, wantsJSON) = try SummaryFormats.parse(format)
        let catalog = houseStyle.catalog
        var compiled: [DocumentTemplate] = []
        var reminder: DocumentTemplate?
        if !documentFormats.isEmpty {
            for reference in references {
                let template = try ErrorReport.orExit { () throws(GongwenError) in try catalog.template(reference) }
                if reference == "reminder" { reminder = template } else { compiled.append(template) }
            }
        }
        let target = URL(fileURLWithPath: output, isDirectory: true)
        let run = SummaryRun(
            templates: compiled, formats: documentFormats, json: wantsJSON, options: try houseStyle.writerOptions(),
            naming: try houseStyle.naming(), asOf: .today())
        let meetings = try await FolderLoad.meetings(
            in: folder, search: MeetingFileSearch(excluding: [target]), proofreader: try proofreading.proofreader(),
            skipInvalid: skipInvalid, keepsCache: true)
        KeptUntilExit.keep(meetings)
        guard let groups = SummaryRun.organizationGroups(meetings, selecting: organization) else {
            ErrorReport.print(
                GongwenError.io(
                    path: folder,
                    reason: .noSuchOrganization(organization ?? "", known: SummaryRun.organizations(meetings))))
            throw ExitCode(1)
        }
        if groups.count > 1, period != nil, !compiled.isEmpty || wantsJSON {
            ErrorReport.warn(SummaryRun.mixedOrganizationsWarning(meetings))
        }
        var outputs: [(name: String, data: Data)] = []
        do {
            for group in groups {
                if let period, !compiled.isEmpty || wantsJSON {
                    outputs += try await run.outputs(
                        period: period, meetings: meetings, only: group.filter, organization: group.organization)
                }
                // The notices go to units, not organisations: drawn once, from the whole selection.
                if let reminder, group.organization == nil {
                    let days = try reminderDays()
                    let reminders = ReminderRun(
                        template: reminder, formats: documentFormats, options: run.options,
                        asOf: days.asOf, within: days.within, from: from, replyBy: days.replyBy)
                    let made = try await reminders.outputs(
                        meetings: meetings, only: group.filter,
                        organization: ReminderRun.signer(meetings, chosen: organization))
                    for task in made.list.unaddressed {
                        ErrorReport.warn(ReminderRun.unaddressedWarning(task))
                    }
                    outputs += made.outputs
                }
            }
        } catch {
            ErrorReport.print(error)
            throw ExitCode(1)
        }
        try ErrorReport.orExit { () throws(GongwenError) in try SummaryRun.write(outputs, to: target) }
        ErrorReport.wrote(outputs.count, in: output)
    }
}

/// `--format` for `summary`: the document formats plus `json`.
enum SummaryFormats {
    static func parse(_ values: [String]) throws -> (documents: [OutputFormat], json: Bool) {
        let names = values.flatMap { $0.split(separator: ",").map(String.init) }
        if names.isEmpty { return (OutputFormat.standard, false) }
        let json = names.contains { SummaryFormat(name: $0) == .json }
        let rest = names.filter { SummaryFormat(name: $0) != .json }
        // The documents' names, unknown ones among them, go through the same parse and messages as render's.
        return (rest.isEmpty ? [] : try OutputFormats.parse(rest, alsoAllowed: ["json"]), json)
    }
}

/// Loads the meeting files under a folder and prints what it finds.
enum FolderLoad {
    /// The valid meetings. On any problem, reports them all and exits 1, unless `skipInvalid`:
    /// then they are warnings and the invalid files are left out (across files, the first
    /// definition of an id counts and updates to unknown ids are ignored). With `keepsCache`, a
    /// large folder keeps its meetings in a `MeetingCache` (the summary's settings: `calendar`,
    /// which does not proofread, leaves it alone rather than replace it with its own).
    static func meetings(
        in folder: String, search: MeetingFileSearch, proofreader: Proofreader?, skipInvalid: Bool,
        keepsCache: Bool = false
    ) async throws -> [Meeting] {
        let batch = try await load(
            [folder], search: search, proofreader: proofreader, keptIn: keepsCache ? folder : nil)
        switch batch.forSummary(skipInvalid: skipInvalid) {
        case .success(let input):
            for warning in input.warnings { ErrorReport.warn(warning) }
            return input.meetings
        case .failure(let problems):
            ErrorReport.print(problems)
            throw ExitCode(1)
        }
    }

    /// Loads the meeting files of `paths` with progress on a terminal; notes each file skipped.
    static func load(
        _ paths: [String], search: MeetingFileSearch, proofreader: Proofreader?, keptIn folder: String? = nil,
        printsWarnings: Bool = true
    ) async throws -> MeetingBatch {
        let files = try ErrorReport.orExit { () throws(GongwenError) in try search.files(in: paths) }
        let progress = Progress(total: files.count)
        let named = MeetingBatch.namedFiles(paths)
        let batch = await MeetingBatch.load(files, named: named, proofreader: proofreader, keptIn: folder) {
            index, file in
            progress.show(index, file)
        }
        progress.finish()
        for note in batch.skipped { ErrorReport.print(note) }
        if printsWarnings {
            for warning in batch.meetings.flatMap(\.warnings) + batch.acrossFiles { ErrorReport.warn(warning) }
        }
        return batch
    }
}
