import ArgumentParser
import Foundation
import Gongwen

/// `--allow RULE` and `--config FILE`: which proofreading rules run, for every command that loads meetings.
struct ProofreadingOptions: ParsableArguments {
    @Option(name: .customLong("allow"), help: CommandHelp.allowRule.here)
    var allowed: [String] = []

    @Option(name: .customLong("config"), help: CommandHelp.checkConfig.here)
    var config: String?

    func validate() throws {
        for name in allowed where ProofreadingRule(rawValue: name) == nil {
            throw ValidationError(
                Message.unknownRule(name, known: ProofreadingRule.allCases.map(\.rawValue)).text(
                    in: ErrorReport.language))
        }
    }

    /// The proofreader these options and the office's configuration file ask for.
    func proofreader() throws -> Proofreader {
        try ErrorReport.orExit { () throws(GongwenError) in
            try ProofreadingConfig.proofreader(
                allowed: allowed, file: config,
                folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
        }
    }
}
