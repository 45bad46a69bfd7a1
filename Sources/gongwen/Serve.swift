import ArgumentParser
import Foundation
import Gongwen
import GongwenOffice
import GongwenPreview
import HummingbirdTLS

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: CommandHelp.serveAbstract.text(in: ErrorReport.language))

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

    @Option(name: .customLong("office"), help: CommandHelp.serveOffice.here)
    var office: String?

    @Option(name: .customLong("tls-cert"), help: CommandHelp.serveTLSCert.here)
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: CommandHelp.serveTLSKey.here)
    var tlsKey: String?

    @Flag(name: .customLong("insecure-http"), help: CommandHelp.serveInsecureHTTP.here)
    var insecureHTTP = false

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
        guard (tlsCert == nil) == (tlsKey == nil) else {
            throw ValidationError(Message.tlsNeedsBoth.text(in: ErrorReport.language))
        }
    }

    /// The office file: `--office`, or the served folder's own `.gongwen/office.yaml` when it has one.
    var officeFile: URL? {
        if let office { return URL(fileURLWithPath: office) }
        let found = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(
            OfficeConfiguration.defaultPath)
        return FileManager.default.fileExists(atPath: found.path) ? found : nil
    }

    /// The certificate and key, read now so that a wrong path is said before the server starts.
    func tlsConfiguration() throws -> TLSConfiguration? {
        guard let tlsCert, let tlsKey else { return nil }
        do {
            let certificates = try NIOSSLCertificate.fromPEMFile(tlsCert)
            let key = try NIOSSLPrivateKey(file: tlsKey, format: .pem)
            return TLSConfiguration.makeServerConfiguration(
                certificateChain: certificates.map { .certificate($0) }, privateKey: .privateKey(key))
        } catch {
            throw OfficeError(.tlsUnreadable(reason: "\(error)"))
        }
    }

    func run() async throws {
        let options = try houseStyle.writerOptions()
        let served = URL(fileURLWithPath: folder, isDirectory: true)
        var officeMode: OfficeMode?
        var tls: TLSConfiguration?
        try OfficeCommand.run {
            tls = try tlsConfiguration()
            guard let file = officeFile else { return }
            let configuration = try OfficeConfiguration.read(
                contentsOf: file, served: served, displayName: office ?? file.path)
            // Passwords must not cross the network in clear: HTTPS, or only this computer (behind nginx).
            guard tls != nil || EditAccess.isLoopback(host) || insecureHTTP else {
                throw OfficeError(.insecureHTTP(host: host))
            }
            officeMode = try OfficeMode(
                folder: served, configuration: configuration,
                secure: tls != nil || configuration.reverseProxy != nil)
        }
        let server = PreviewServer(
            folder: URL(fileURLWithPath: folder, isDirectory: true),
            catalog: houseStyle.catalog, options: options,
            hosts: HostPolicy(bound: host, port: port == 0 ? nil : port, extra: allowHosts),
            language: ErrorReport.language, proofreader: try proofreading.proofreader(),
            // In office mode the roles decide who writes; `--read-only` still turns the form off.
            editing: EditAccess(
                enabled: officeMode != nil ? !readOnly : EditAccess.allowed(host: host, edit: edit, readOnly: readOnly)),
            taskIds: TaskIdPattern(taskIds) ?? .standard, office: officeMode, secure: tls != nil)
        do {
            try await server.run(host: host, port: port, tls: tls)
        } catch let error as PreviewServerError {
            ErrorReport.warn("error: " + error.message.text(in: ErrorReport.language))
            throw ExitCode(1)
        }
    }
}
