import ArgumentParser
import Foundation
import Gongwen

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check meeting files (or folders of them, recursively) against the data contract.")

    @Argument(help: "Meeting files or folders.")
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one meeting file or folder") }
    }

    func run() throws {
        let files = try ErrorReport.orExit { () throws(GongwenError) in try MeetingFiles.expand(paths) }
        let loader = MeetingLoader()
        var meetings: [Meeting] = []
        var failed = false
        let progress = Progress(total: files.count)
        for (index, file) in files.enumerated() {
            progress.show(index, file)
            do {
                meetings.append(try loader.load(contentsOf: URL(fileURLWithPath: file), displayName: file))
            } catch {
                ErrorReport.print(error)
                failed = true
            }
        }
        progress.finish()
        if files.count > 1 {
            let problems = MeetingSet.problems(in: meetings)
            if !problems.isEmpty {
                ErrorReport.print(GongwenError.invalidData(problems))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
