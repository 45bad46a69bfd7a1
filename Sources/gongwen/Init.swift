import ArgumentParser
import Foundation
import Gongwen

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: CommandHelp.initAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.initFile.here)
    var file: String = StarterFile.defaultName

    func run() throws {
        try ErrorReport.orExit { () throws(GongwenError) in
            try StarterFile.write(to: URL(fileURLWithPath: file, isDirectory: false), displayName: file)
        }
        print(Label.starterWritten.text(in: ErrorReport.language, file))
    }
}
