import ArgumentParser
import Foundation
import Gongwen
import GongwenOffice

/// `gongwen audit DIR`: the office's audit trail, filtered, as text, CSV or JSON; `--verify`
/// checks the chain and names each changed or deleted entry.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: CommandHelp.auditAbstract.text(in: ErrorReport.language))
    @OptionGroup var language: LanguageOption
    @OptionGroup var place: User.Place
    @Option(help: CommandHelp.auditSince.here) var since: String?
    @Option(help: CommandHelp.auditUser.here) var user: String?
    @Option(help: CommandHelp.auditFile.here) var file: String?
    @Flag(help: CommandHelp.auditVerify.here) var verify = false
    @Option(help: CommandHelp.auditFormat.here) var format: String = "text"
    @Option(help: CommandHelp.auditAnchor.here) var anchor: [String] = []

    func validate() throws {
        guard ["text", "csv", "json"].contains(format) else {
            throw ValidationError(
                Message.unknownFormat(format, allowed: ["text", "csv", "json"]).text(in: ErrorReport.language))
        }
        if let since, CalendarDate(iso: String(since.prefix(10))) == nil {
            throw ValidationError(Message.notADate(since).text(in: ErrorReport.language))
        }
    }

    func run() throws {
        try OfficeCommand.run {
            let trail = AuditTrail(try place.database())
            let entries = try trail.entries(since: since, actor: user, file: file)
            switch format {
            case "json":
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            case "csv":
                print("id,at,actor,address,action,file,before,after,detail,hash")
                for entry in entries {
                    print(
                        [
                            String(entry.id), entry.at, entry.actor, entry.address, entry.action.rawValue, entry.file,
                            entry.before, entry.after, entry.detail, entry.hash,
                        ].map(AuditEntry.csvField).joined(separator: ","))
                }
            default:
                let chinese = ErrorReport.language == .zh
                for entry in entries {
                    let action = chinese ? entry.action.chinese : entry.action.rawValue
                    var line =
                        "\(entry.id)\t\(entry.at)\t\(AuditEntry.oneLine(entry.actor))\t\(AuditEntry.oneLine(entry.address))\t\(action)"
                    if !entry.file.isEmpty { line += "\t\(AuditEntry.oneLine(entry.file))" }
                    if !entry.before.isEmpty || !entry.after.isEmpty {
                        line += "\t\(entry.before.prefix(12))→\(entry.after.prefix(12))"
                    }
                    if !entry.detail.isEmpty { line += "\t\(AuditEntry.oneLine(entry.detail))" }
                    print(line)
                }
            }
            guard verify else { return }
            let breaks = try trail.verify(anchors: anchor)
            for item in breaks {
                ErrorReport.warn(item.message.text(in: ErrorReport.language))
            }
            let all = try trail.entries()
            let changed = IssuedCopies(folder: URL(fileURLWithPath: place.folder, isDirectory: true)).changed(
                trail: all)
            for path in changed {
                ErrorReport.warn(Message.issuedCopyChanged(path).text(in: ErrorReport.language))
            }
            if !breaks.isEmpty || !changed.isEmpty {
                throw OfficeError(.auditBroken(count: breaks.count + changed.count))
            }
            if let last = all.last {
                ErrorReport.warn(Message.auditHead(count: all.count, hash: last.hash).text(in: ErrorReport.language))
            }
        }
    }
}
