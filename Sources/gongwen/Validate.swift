import ArgumentParser
import Foundation
import Gongwen

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: CommandHelp.validateAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @OptionGroup var proofreading: ProofreadingOptions

    @Argument(help: CommandHelp.validatePaths.here)
    var paths: [String]

    @Option(name: .customLong("ledger"), help: CommandHelp.renderLedger.here)
    var ledger: String?

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError(Message.giveMeetingFilesOrFolders.text(in: ErrorReport.language))
        }
        if let ledger {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: ledger, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(Message.notAFolderOfMeetings(ledger).text(in: ErrorReport.language))
            }
        }
    }

    func run() async throws {
        let batch = try await FolderLoad.load(
            paths, search: MeetingFileSearch(), proofreader: try proofreading.proofreader())
        let problems = batch.allProblems(lookingUpIn: FolderTaskOrigins(), ledger: ledger)
        for problem in problems { ErrorReport.print(problem) }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
