import ArgumentParser
import Foundation
import Gongwen

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented starter meeting file (Chinese notes) to fill in; never replaces a file.")

    @OptionGroup var language: LanguageOption

    @Argument(help: "The file to write (default: 会议.yaml).")
    var file: String = StarterFile.defaultName

    func run() throws {
        try ErrorReport.orExit { () throws(GongwenError) in
            try StarterFile.write(to: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
        }
        print(Label.starterWritten.text(in: ErrorReport.language, file))
    }
}
