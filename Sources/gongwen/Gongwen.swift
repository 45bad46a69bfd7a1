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
            guard code != .success, ErrorReport.language == .zh else { exit(withError: error) }
            // Wrong usage in Chinese: the parser's own phrases translated, its exit status kept.
            ErrorReport.warn(UsageWords.chinese(fullMessage(for: error)))
            Foundation.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn meeting records into official documents (公文): minutes, speech drafts and more.",
        discussion: "Formats: markdown (md), html, xml (Word Flat OPC), docx. See README.md.",
        subcommands: [Render.self, Summary.self, Validate.self, Templates.self, Serve.self, Init.self]
    )
}
