import ArgumentParser
import Foundation
import Gongwen
import GongwenPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview every meeting file of a folder in the browser; pages reload when a file changes.")

    @OptionGroup var language: LanguageOption

    @Argument(help: "The folder of meeting files (default: ./Samples).")
    var folder: String = "Samples"

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this computer.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(
        name: .customLong("allow-host"),
        help:
            "Another name the preview answers to in the Host header (besides the address, localhost, 127.0.0.1); repeatable."
    )
    var allowHosts: [String] = []

    @OptionGroup var houseStyle: HouseStyleOptions

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Message.notAFolderOfMeetings(folder).text(in: ErrorReport.language))
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
            language: ErrorReport.language)
        do {
            try await server.run(host: host, port: port)
        } catch let error as PreviewServerError {
            ErrorReport.warn("error: " + error.message.text(in: ErrorReport.language))
            throw ExitCode(1)
        }
    }
}
