import ArgumentParser
import Foundation
import Gongwen
import GongwenOffice

/// `gongwen backup DIR --output FILE`: one archive of the office, safe while the server runs.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: CommandHelp.backupAbstract.text(in: ErrorReport.language))
    @OptionGroup var language: LanguageOption
    @OptionGroup var place: User.Place
    @Option(name: .shortAndLong, help: CommandHelp.backupOutput.here) var output: String

    func run() throws {
        try OfficeCommand.run {
            let trail = AuditTrail(try place.database())
            try OfficeBackup.write(
                folder: URL(fileURLWithPath: place.folder, isDirectory: true), to: URL(fileURLWithPath: output))
            // The last entry's hash, for the timer's journal: a later `audit --anchor` checks it.
            if let last = try trail.entries().last {
                ErrorReport.warn(
                    Message.auditHead(count: Int(last.id), hash: last.hash).text(in: ErrorReport.language))
            }
        }
    }
}

/// `gongwen restore FILE DIR`: a backup into a new, empty folder; the audit chain is checked.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: CommandHelp.restoreAbstract.text(in: ErrorReport.language))
    @OptionGroup var language: LanguageOption
    @Argument(help: CommandHelp.restoreArchive.here) var archive: String
    @Argument(help: CommandHelp.restoreFolder.here) var folder: String

    func run() throws {
        try OfficeCommand.run {
            let breaks = try OfficeBackup.restore(
                URL(fileURLWithPath: archive), into: URL(fileURLWithPath: folder, isDirectory: true))
            for item in breaks { ErrorReport.warn(item.message.text(in: ErrorReport.language)) }
            if !breaks.isEmpty { throw OfficeError(.auditBroken(count: breaks.count)) }
        }
    }
}
