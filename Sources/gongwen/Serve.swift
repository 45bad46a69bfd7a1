import ArgumentParser
import Foundation
import Gongwen
import GongwenPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandHelp.serveAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.serveFolder.here)
    var folder: String = "Samples"

    @Option(help: CommandHelp.serveHost.here)
    var host: String = "127.0.0.1"

    @Option(help: CommandHelp.servePort.here)
    var port: Int = 8080

    @Option(
        name: .customLong("allow-host"),
        help:
            CommandHelp.allowHost.here
    )
    var allowHosts: [String] = []

    @Flag(name: .customLong("edit"), help: CommandHelp.serveEdit.here)
    var edit = false

    @Flag(name: .customLong("read-only"), help: CommandHelp.serveReadOnly.here)
    var readOnly = false

    @Option(name: .customLong("task-ids"), help: CommandHelp.serveTaskIds.here)
    var taskIds: String = TaskIdPattern.standard.description

    @OptionGroup var houseStyle: HouseStyleOptions

    @OptionGroup var proofreading: ProofreadingOptions

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Message.notAFolderOfMeetings(folder).text(in: ErrorReport.language))
        }
        guard TaskIdPattern(taskIds) != nil else {
            throw ValidationError(Message.taskIdPattern(taskIds).text(in: ErrorReport.language))
        }
        guard (0...65535).contains(port) else {
            throw ValidationError(Message.portRange.text(in: ErrorReport.language))
        }
    }

    func run() async throws {
        let options = try houseStyle.writerOptions()
        let server = PreviewServer(
            folder: URL(fileURLWithPath: folder, isDirectory: true),
            catalog: houseStyle.catalog, options: options,
            hosts: HostPolicy(bound: host, port: port == 0 ? nil : port, extra: allowHosts),
            language: ErrorReport.language, proofreader: try proofreading.proofreader(),
            editing: EditAccess(enabled: EditAccess.allowed(host: host, edit: edit, readOnly: readOnly)),
            taskIds: TaskIdPattern(taskIds) ?? .standard)
        do {
            try await server.run(host: host, port: port)
        } catch let error as PreviewServerError {
            ErrorReport.warn("error: " + error.message.text(in: ErrorReport.language))
            throw ExitCode(1)
        }
    }
}
