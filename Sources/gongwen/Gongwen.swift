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
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn meeting records into official documents (公文): minutes, speech drafts and more.",
        discussion: "Formats: markdown (md), html, xml (Word Flat OPC), docx. See README.md.",
        subcommands: [Render.self, Summary.self, Validate.self, Templates.self, Serve.self, Init.self]
    )
}
