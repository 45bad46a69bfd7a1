import ArgumentParser
import CMallocTuning
import Foundation
import Gongwen

@main
struct GongwenCommand: AsyncParsableCommand {
    static func main() async {
        gongwen_tune_malloc()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard ErrorReport.language == .zh else { exit(withError: error) }
            // Help and wrong usage in Chinese: the parser's own phrases translated, its exit status kept.
            let text = UsageWords.chinese(fullMessage(for: error))
            if code == .success {
                print(text)
            } else if !text.isEmpty {
                // A command that already printed its errors ends with an exit code and no text.
                ErrorReport.warn(text)
            }
            Foundation.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: CommandHelp.gongwen.text(in: ErrorReport.language),
        discussion: CommandHelp.gongwenDiscussion.text(in: ErrorReport.language),
        // Each of these subcommands gives its `commandName`: without one, argument-parser derives
        // the name from the type's (reflection, then snake case) for every subcommand at every
        // file argument, 15 ms of a 1,000-file render before anything else can start.
        subcommands: [
            Render.self, Summary.self, CalendarCommand.self, Validate.self, Check.self, Templates.self, Serve.self,
            Init.self, User.self,
            Audit.self, Backup.self, Restore.self,
        ]
    )
}
