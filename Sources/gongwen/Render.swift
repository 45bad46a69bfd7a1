import ArgumentParser
import Foundation
import Gongwen

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: CommandHelp.renderAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.renderFiles.here)
    var files: [String]

    @Option(
        name: .customLong("template"),
        help: CommandHelp.renderTemplate.here)
    var templates: [String] = []

    @Option(help: CommandHelp.renderFormat.here)
    var format: [String] = []

    @Option(help: CommandHelp.renderOutput.here)
    var output: String = "./out"

    @Flag(
        name: .customLong("keep-folders"),
        help: CommandHelp.keepFolders.here)
    var keepFolders = false

    @Option(name: .customLong("ledger"), help: CommandHelp.renderLedger.here)
    var ledger: String?

    @OptionGroup var houseStyle: HouseStyleOptions

    @OptionGroup var proofreading: ProofreadingOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(Message.giveMeetingFiles.text(in: ErrorReport.language)) }
        if let ledger {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: ledger, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(Message.notAFolderOfMeetings(ledger).text(in: ErrorReport.language))
            }
        }
        _ = try OutputFormats.parse(format)
        _ = try houseStyle.naming()
        if templates.map(TemplateCatalog.canonicalName).contains(where: TemplateCatalog.folderOnly.contains) {
            throw ValidationError(Message.monthlySummaryNeedsSummary.text(in: ErrorReport.language))
        }
        if output == "-" {
            let formats = try OutputFormats.parse(format)
            guard files.count == 1, max(templates.count, 1) == 1, formats.count == 1 else {
                throw ValidationError(Message.standardOutputOneDocument.text(in: ErrorReport.language))
            }
        }
    }

    func run() async throws {
        let formats = try OutputFormats.parse(format)
        let catalog = houseStyle.catalog
        var compiled: [DocumentTemplate] = []
        // A template or a file named twice (`minutes` and `纪要`) is rendered once.
        let files = files.withoutRepeats
        let references = (templates.isEmpty ? ["minutes"] : templates).map(TemplateCatalog.canonicalName)
        for reference in references.withoutRepeats {
            compiled.append(try ErrorReport.orExit { () throws(GongwenError) in try catalog.template(reference) })
        }
        let run = RenderRun(
            templates: compiled, formats: formats, options: try houseStyle.writerOptions(),
            proofreader: try proofreading.proofreader(), ledgerFolder: ledger,
            search: MeetingFileSearch(excluding: output == "-" ? [] : [URL(fileURLWithPath: output, isDirectory: true)])
        )
        let plan =
            output == "-"
            ? nil
            : OutputPlan(
                destination: URL(fileURLWithPath: output, isDirectory: true), layout: keepFolders ? .mirrored : .flat,
                naming: try houseStyle.naming())
        if let plan {
            let collisions = run.collisions(files, plan: plan)
            if !collisions.isEmpty {
                ErrorReport.print(GongwenError.invalidData(collisions))
                throw ExitCode(1)
            }
        }
        let progress = Progress(total: files.count)
        var failed = false
        var written = 0
        await run.run(files, plan: plan) { index, result in
            // The progress line is cleared before a file's messages and shown again after them,
            // so a warning never runs on from `2/3 file.yaml`.
            progress.finish()
            defer { progress.show(index, files[index]) }
            switch result {
            case .success(let rendered):
                for warning in rendered.warnings { ErrorReport.warn(warning) }
                if let data = rendered.data { FileHandle.standardOutput.write(data) }
                written += rendered.written
            case .failure(let error):
                ErrorReport.print(error)
                failed = true
            }
        }
        progress.finish()
        if plan != nil { ErrorReport.wrote(written, in: output) }
        // Nothing written at all (every document skipped for want of its data) is a failure;
        // some documents skipped beside others written is not.
        if failed || written == 0 { throw ExitCode(1) }
    }
}
