import ArgumentParser
import Foundation
import Gongwen

struct Summary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a month of meeting files: the monthly summary (月度工作总结) or the accountability lists.")

    @Argument(help: "A folder of meeting files, searched recursively.")
    var folder: String

    @Option(help: "YYYY-MM, current or previous (from today's local date).")
    var month: String

    @Option(
        name: .customLong("template"),
        help: "monthly-summary (default), accountability, or a .mustache path; repeatable.")
    var templates: [String] = []

    @Option(help: "Formats, comma-separated: markdown (md), html, xml, docx, json. Default: md, html, xml, docx.")
    var format: [String] = []

    @Option(help: "Output folder.")
    var output: String = "./out"

    @Flag(name: .customLong("skip-invalid"), help: "Report invalid files as warnings and summarise the valid ones.")
    var skipInvalid = false

    @OptionGroup var houseStyle: HouseStyleOptions

    func validate() throws {
        _ = try resolvedMonth()
        _ = try SummaryFormats.parse(format)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("'\(folder)' is not a folder of meeting files")
        }
        guard output != "-" else { throw ValidationError("summary writes files; give --output DIR") }
    }

    private func resolvedMonth() throws -> YearMonth {
        switch month {
        case "current": return YearMonth.current()
        case "previous": return YearMonth.current().previous
        default:
            guard let parsed = YearMonth(month) else {
                throw ValidationError("--month takes YYYY-MM (such as 2026-11), current or previous; got '\(month)'")
            }
            return parsed
        }
    }

    func run() async throws {
        let month = try resolvedMonth()
        let (documentFormats, wantsJSON) = try SummaryFormats.parse(format)
        let catalog = houseStyle.catalog
        var compiled: [DocumentTemplate] = []
        if !documentFormats.isEmpty {
            for reference in templates.isEmpty ? ["monthly-summary"] : templates {
                compiled.append(try ErrorReport.orExit { () throws(GongwenError) in try catalog.template(reference) })
            }
        }
        let options = try houseStyle.writerOptions()
        let meetings = try await FolderLoad.meetings(in: folder, skipInvalid: skipInvalid)
        KeptUntilExit.keep(meetings)
        let summary = MonthlySummary(month: month, meetings: meetings)
        let view = SummaryView(summary)
        // A month's documents are large and one run makes few of them: each template's document,
        // its formats and the JSON are built side by side.
        let outputs: [(String, Data)]
        do {
            outputs = try await withThrowingTaskGroup(of: (Int, [(String, Data)]).self) { group in
                for (index, template) in compiled.enumerated() {
                    group.addTask {
                        let document = try template.render(view)
                        let stem =
                            template.name == "monthly-summary"
                            ? "summary-\(month)" : "summary-\(month).\(template.name)"
                        let data = try await document.writeConcurrently(documentFormats, options: options)
                        return (index, zip(documentFormats, data).map { ("\(stem).\($0.fileExtension)", $1) })
                    }
                }
                if wantsJSON {
                    let last = compiled.count
                    group.addTask { (last, [("summary-\(month).json", try summary.json())]) }
                }
                return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.0 < $1.0 }.flatMap(\.1)
            }
        } catch {
            ErrorReport.print(error)
            throw ExitCode(1)
        }
        let target = URL(fileURLWithPath: output, isDirectory: true)
        for (name, data) in outputs {
            try ErrorReport.orExit { () throws(GongwenError) in
                try OutputFile.write(data, to: target.appendingPathComponent(name, isDirectory: false))
            }
        }
    }
}

/// `--format` for `summary`: the document formats plus `json`.
enum SummaryFormats {
    static func parse(_ values: [String]) throws -> (documents: [OutputFormat], json: Bool) {
        let names = values.flatMap {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }
        let json = names.contains("json")
        let rest = names.filter { $0 != "json" }
        if names.isEmpty { return (OutputFormat.allCases, false) }
        return (rest.isEmpty ? [] : try OutputFormats.parse(rest), json)
    }
}

/// Loads every meeting file under a folder, checking the rules that hold across files.
enum FolderLoad {
    /// The valid meetings. On any problem, reports them all and exits 1, unless `skipInvalid`:
    /// then they are warnings and the invalid files are left out.
    static func meetings(in folder: String, skipInvalid: Bool) async throws -> [Meeting] {
        let files = try ErrorReport.orExit { () throws(GongwenError) in try MeetingFiles.expand([folder]) }
        var (meetings, problems) = await load(files)
        let crossFile = MeetingSet.problems(in: meetings)
        if !crossFile.isEmpty { problems.append(.invalidData(crossFile)) }
        guard !problems.isEmpty else { return meetings }
        if !skipInvalid {
            for problem in problems { ErrorReport.print(problem) }
            throw ExitCode(1)
        }
        for problem in problems {
            ErrorReport.warn(problem.description.replacingOccurrences(of: ": error: ", with: ": warning: "))
        }
        // Files that did not load are already left out; across files, the first definition of an id
        // counts and updates to unknown ids are ignored.
        return meetings
    }

    /// Loads files on every core; the meetings and the problems come back in file order.
    static func load(_ files: [String]) async -> (meetings: [Meeting], problems: [GongwenError]) {
        let progress = Progress(total: files.count)
        var meetings: [Meeting] = []
        var problems: [GongwenError] = []
        await OrderedWork.run(files) { file in
            Result { () throws(GongwenError) in
                try MeetingLoader().load(contentsOf: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
            }
        } receive: { index, result in
            progress.show(index, files[index])
            switch result {
            case .success(let meeting): meetings.append(meeting)
            case .failure(let error): problems.append(error)
            }
        }
        progress.finish()
        return (meetings, problems)
    }
}
