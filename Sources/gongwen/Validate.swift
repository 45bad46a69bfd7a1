import ArgumentParser
import Foundation
import Gongwen

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check meeting files (or folders of them, recursively) against the data contract.")

    @Argument(help: "Meeting files or folders.")
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one meeting file or folder") }
    }

    func run() async throws {
        let files = try ErrorReport.orExit { () throws(GongwenError) in try MeetingFiles.expand(paths) }
        let (meetings, problems) = await FolderLoad.load(files)
        for problem in problems { ErrorReport.print(problem) }
        var failed = !problems.isEmpty
        if files.count > 1 {
            let crossFile = MeetingSet.problems(in: meetings)
            if !crossFile.isEmpty {
                ErrorReport.print(GongwenError.invalidData(crossFile))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
