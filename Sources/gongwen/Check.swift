import ArgumentParser
import Foundation
import Gongwen

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: CommandHelp.checkAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.validatePaths.here)
    var paths: [String]

    @Flag(help: CommandHelp.checkStrict.here)
    var strict = false

    @Option(help: CommandHelp.checkFormat.here)
    var format: String = "text"

    @OptionGroup var proofreading: ProofreadingOptions

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError(Message.giveMeetingFilesOrFolders.text(in: ErrorReport.language))
        }
        guard ["text", "json"].contains(format) else {
            throw ValidationError(
                Message.unknownFormat(format, allowed: ["text", "json"]).text(in: ErrorReport.language))
        }
    }

    func run() async throws {
        let proofreader = try proofreading.proofreader()
        let batch = try await FolderLoad.load(
            paths, search: MeetingFileSearch(), proofreader: proofreader, printsWarnings: false)
        let problems = batch.allProblems(lookingUpIn: FolderTaskOrigins())
        for problem in problems { ErrorReport.print(problem) }
        var findings = batch.meetings.flatMap(\.warnings) + batch.acrossFiles
        if strict {
            findings = findings.map {
                var error = $0; error.severity = .error; return error
            }
        }
        if format == "json" {
            FileHandle.standardOutput.write(ProofreadingReport.json(findings, language: ErrorReport.language))
        } else {
            for finding in findings { ErrorReport.warn(finding) }
        }
        if !problems.isEmpty || (strict && !findings.isEmpty) { throw ExitCode(1) }
    }
}
