import ArgumentParser
import Foundation
import Gongwen

@main
struct GongwenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongwen",
        abstract: "Turn meeting records into official documents (公文): minutes, speech drafts and more.",
        discussion: "Formats: markdown (md), html, xml (Word Flat OPC), docx. See README.md.",
        subcommands: [Render.self, Summary.self, Validate.self, Templates.self, Serve.self]
    )
}
