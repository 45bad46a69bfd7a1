import ArgumentParser
import Foundation
import Gongwen

struct Summary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandHelp.summaryAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.summaryFolder.here)
    var folder: String

    @Option(help: CommandHelp.summaryMonth.here)
    var month: String

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
        _ = try resolvedMonth()
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

    private func resolvedMonth() throws -> YearMonth {
        guard let parsed = YearMonth(argument: month) else {
            throw ValidationError(Message.monthArgument(month).text(in: ErrorReport.language))
        }
        return parsed
    }

    func run() async throws {
        let month = try resolvedMonth()
        let (documentFormats, wantsJSON) = try SummaryFormats.parse(format)
        let catalog = houseStyle.catalog
        var compiled: [DocumentTemplate] = []
        if !documentFormats.isEmpty {
            let references = (templates.isEmpty ? ["monthly-summary"] : templates).map(TemplateCatalog.canonicalName)
            for reference in references.withoutRepeats {
                compiled.append(try ErrorReport.orExit { () throws(GongwenError) in try catalog.template(reference) })
            }
        }
        let target = URL(fileURLWithPath: output, isDirectory: true)
        let run = SummaryRun(
            templates: compiled, formats: documentFormats, json: wantsJSON, options: try houseStyle.writerOptions(),
            naming: try houseStyle.naming())
        let meetings = try await FolderLoad.meetings(
            in: folder, search: MeetingFileSearch(excluding: [target]), proofreader: try proofreading.proofreader(),
            skipInvalid: skipInvalid)
        KeptUntilExit.keep(meetings)
        guard let groups = SummaryRun.organizationGroups(meetings, selecting: organization) else {
            ErrorReport.print(
                GongwenError.io(
                    path: folder,
                    reason: .noSuchOrganization(organization ?? "", known: SummaryRun.organizations(meetings))))
            throw ExitCode(1)
        }
        if groups.count > 1 {
            ErrorReport.warn(SummaryRun.mixedOrganizationsWarning(meetings))
        }
        var outputs: [(name: String, data: Data)] = []
        do {
            for group in groups {
                outputs += try await run.outputs(
                    month: month, meetings: meetings, only: group.filter, organization: group.organization)
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
    /// definition of an id counts and updates to unknown ids are ignored).
    static func meetings(
        in folder: String, search: MeetingFileSearch, proofreader: Proofreader?, skipInvalid: Bool
    ) async throws -> [Meeting] {
        let batch = try await load([folder], search: search, proofreader: proofreader)
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
        _ paths: [String], search: MeetingFileSearch, proofreader: Proofreader?, printsWarnings: Bool = true
    ) async throws -> MeetingBatch {
        let files = try ErrorReport.orExit { () throws(GongwenError) in try search.files(in: paths) }
        let progress = Progress(total: files.count)
        let named = MeetingBatch.namedFiles(paths)
        let batch = await MeetingBatch.load(files, named: named, proofreader: proofreader) { index, file in
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
