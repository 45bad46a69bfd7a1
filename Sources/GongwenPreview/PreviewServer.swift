import Foundation
import Gongwen
import GongwenOffice
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// `gongwen serve`: a local preview of every meeting file in a folder, rendered with each template,
/// reloading open pages when a data file or template changes.
public struct PreviewServer: Sendable {
    let folder: SafeFolder
    let feed: ChangeFeed
    let cache: PreviewCache
    let hosts: HostPolicy
    let language: Language
    /// Whether the form may write, and the token every writing request must carry.
    let editing: EditAccess
    let catalog: TemplateCatalog
    /// Held while the form saves: one save at a time.
    let saves = SaveLock()
    /// Every PDF download's way to LibreOffice: one conversion at a time, identical ones shared.
    let pdfs: PDFQueue
    /// Which accounts' calendar fetches the trail has today.
    let calendarFetches = CalendarFetches()
    /// How the form numbers a new task.
    let taskIds: TaskIdPattern
    /// Office mode: sign-in, roles per folder, states and the trail; nil for the one-clerk preview.
    let office: OfficeMode?
    /// Whether pages come over HTTPS (`--tls-cert`, or a proxy that holds the certificate): the
    /// form's `Origin` is then `https://…`.
    let secure: Bool

    /// Creates a server for `folder`; `catalog` finds templates, `options` go to the Word writer.
    /// `hosts` says which `Host` headers are answered; `taskIds` is how the form numbers new tasks.
    public init(
        folder: URL, catalog: TemplateCatalog = TemplateCatalog(), options: WriterOptions = WriterOptions(),
        hosts: HostPolicy = HostPolicy(), language: Language = .zh, proofreader: Proofreader = Proofreader(),
        editing: EditAccess = EditAccess(enabled: false), pdfs: PDFQueue = PDFQueue(),
        taskIds: TaskIdPattern = .standard, office: OfficeMode? = nil, secure: Bool = false
    ) {
        self.office = office
        self.secure = secure || office?.secure == true
        self.pdfs = pdfs
        self.taskIds = taskIds
        self.hosts = hosts
        self.language = language
        self.editing = editing
        self.catalog = catalog
        let safe = SafeFolder(folder)
        self.folder = safe
        feed = ChangeFeed(folder: safe, templates: catalog.overrideFolder)
        // The served folder's own directory, unless the command's folder gave one.
        var proofreader = proofreader
        if proofreader.directory == nil { proofreader.directory = try? OfficeDirectory.read(in: folder) }
        cache = PreviewCache(folder: safe, catalog: catalog, options: options, proofreader: proofreader)
    }

    /// The routes, for the server and for tests.
    public func router() -> Router<GongwenRequestContext> {
        // HEAD answers every GET route with its headers and no body.
        let router = Router(context: GongwenRequestContext.self, options: .autoGenerateHeadEndpoints)
        if let office { router.add(middleware: OfficeMiddleware(office: office, language: language)) }
        router.add(
            middleware: GuardMiddleware(
                hosts: hosts, language: language, editing: editing, secure: secure))
        router.get("/") { _, context in try await self.index(context) }
        router.get("/preview") { request, context in try await self.preview(request, context, download: false) }
        router.get("/download") { request, context in try await self.preview(request, context, download: true) }
        router.get("/summary") { request, context in try await self.summary(request, context) }
        router.get("/events") { _, context in await self.events(context) }
        // Browsers ask for it on every page: an empty answer, not a 404 in their consoles.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        addEditRoutes(to: router)
        addDashboardRoutes(to: router)
        if let office { addOfficeRoutes(to: router, office: office) }
        return router
    }

    /// The folder as `context`'s account may see it: in office mode only the meeting files of the
    /// folders it has a role in. Every route reads the folder through here, so a file it may not
    /// read is, to it, a file that does not exist.
    func current(_ context: GongwenRequestContext) async -> (FolderSnapshot, Int) {
        let (snapshot, generation) = await feed.current()
        guard office != nil else { return (snapshot, generation) }
        guard let access = context.visitor?.access else { return (snapshot.only { _ in false }, generation) }
        return (readable(snapshot, by: access), generation)
    }

    /// The meeting files of `snapshot` that `access` may read: those of its folders, directly in them.
    func readable(_ snapshot: FolderSnapshot, by access: OfficeAccess) -> FolderSnapshot {
        snapshot.only { access.canRead($0) && folder.isDirect($0) }
    }

    /// Serves until interrupted; a port already in use is reported as `PreviewServerError.portInUse`.
    public func run(host: String, port: Int, tls: TLSConfiguration? = nil) async throws {
        // Hummingbird's own start-up line is English and for developers; the clerk gets one line below.
        var logger = Logger(label: "gongwen")
        logger.logLevel = .warning
        let app = Application(
            router: router(), server: try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1(),
            configuration: .init(address: .hostname(host, port: port), serverName: "gongwen"),
            onServerRunning: { channel in
                let address =
                    channel.localAddress.map { "\($0.ipAddress ?? host):\($0.port ?? port)" } ?? "\(host):\(port)"
                let scheme = tls == nil ? "http" : "https"
                let line = Label.previewRunning.text(
                    in: self.language, self.folder.root.path, "\(scheme)://\(address)/")
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }, logger: logger)
        // The feed is shut down first: that ends the open event streams, so the server's own
        // graceful shutdown does not wait for them forever.
        let group = ServiceGroup(
            configuration: .init(
                services: [app, FeedService(feed: feed)], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: app.logger))
        do {
            try await group.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PreviewServerError.portInUse(host: host, port: port)
        }
    }

    // MARK: Pages

    private func index(_ context: GongwenRequestContext) async throws -> Response {
        let (snapshot, generation) = await current(context)
        let (meetings, failures) = await cache.all(snapshot)
        // Proofreading findings beside the file they are in, in the form's words.
        let notes = meetings.filter { !$0.warnings.isEmpty }.map {
            ($0.source, FieldNote.notes($0.warnings, of: $0, in: language))
        }
        // A file that loads but breaks a rule of the folder (a task id used twice, progress on a task
        // no file assigns) is listed with the broken ones: `validate` and the summary refuse it.
        let acrossFiles = Dictionary(grouping: MeetingSet.problems(in: meetings), by: \.location.file)
        let folderProblems = meetings.filter { acrossFiles[$0.source] != nil }.map {
            ($0.source, FieldNote.notes(acrossFiles[$0.source]!, of: $0, in: language))
        }
        // In office mode the page names the office, not where the server keeps its files.
        let html = PreviewPages.index(
            folder: office.map { $0.configuration.name ?? "" } ?? folder.root.path, meetings: meetings,
            failures: failures, folderProblems: folderProblems,
            notes: notes,
            templates: catalog.meetingTemplateNames(), generation: generation, language: language,
            editing: editing.enabled && (context.visitor.map { !$0.access.clerkFolders.isEmpty } ?? true)
                ? visibleDrafts(context) : nil,
            office: try officeHeader(context, meetings: meetings), state: try officeStates(context))
        return Self.html(html)
    }

    private func preview(_ request: Request, _ context: GongwenRequestContext, download: Bool) async throws
        -> Response
    {
        let parameters = request.uri.queryParameters
        guard let file = parameters["file"].map(String.init), folder.resolve(file) != nil else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        let template = parameters["template"].map(String.init) ?? "minutes"
        guard catalog.meetingTemplateNames().contains(template) else {
            return Self.plain(.notFound, Label.noSuchTemplate.text(in: language))
        }
        let format = download ? parameters["format"].flatMap { OutputFormat(name: String($0)) } : .html
        guard let format else { return Self.plain(.badRequest, Label.formatForMeetings.text(in: language)) }
        let (snapshot, generation) = await current(context)
        // Only a meeting file the index could list is answered: a hidden file (a draft, a version
        // in the history), a file that is no meeting, or in office mode a file of a folder the
        // account has no role in, gets the same 404 as a missing one, so the answer says nothing
        // about what else the folder holds.
        guard snapshot.meetings[file] != nil else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        try record(download ? .download : .view, file, context, detail: "\(template).\(format.fileExtension)")
        do {
            var data = try await cache.render(file, template: template, format: format, snapshot: snapshot)
            if format == .pdf { data = try await pdfs.pdf(of: data, name: file) }
            return Self.output(
                data, format: format, name: "\(OutputPlan.stem(of: file)).\(template).\(format.fileExtension)",
                download: download, generation: generation)
        } catch GongwenError.notAMeeting(_) {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        } catch {
            return Self.html(
                PreviewPages.errors(
                    title: file, error: error,
                    source: folder.resolve(file).flatMap { try? String(contentsOf: $0, encoding: .utf8) },
                    generation: generation, language: language),
                status: .unprocessableContent)
        }
    }

    private func summary(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        // ?month=2026-11, or ?quarter=2026-Q4, or ?year=2026.
        let period =
            parameters["month"].flatMap { YearMonth(String($0)) }.map(SummaryPeriod.month)
            ?? parameters["quarter"].flatMap { SummaryPeriod(quarter: String($0)) }
            ?? parameters["year"].flatMap { SummaryPeriod(year: String($0)) }
        guard let month = period else {
            return Self.plain(.badRequest, Label.monthForm.text(in: language))
        }
        let template = parameters["template"].map(String.init) ?? "monthly-summary"
        guard SummaryRun.summaryTemplates.contains(template), template != "reminder" else {
            return Self.plain(.notFound, Label.noSuchTemplate.text(in: language))
        }
        guard let requested = SummaryFormat(name: parameters["format"].map(String.init) ?? "html") else {
            return Self.plain(.badRequest, Label.formatForSummaries.text(in: language))
        }
        let format = requested.document
        let (snapshot, generation) = await current(context)
        try record(.view, "", context, detail: "\(template) \(month) \(requested)")
        do {
            var data = try await cache.summary(month, template: template, format: format, snapshot: snapshot)
            if format == .pdf {
                data = try await pdfs.pdf(
                    of: data, name: SummaryRun.fileName(period: month, template: template, extension: "pdf"))
            }
            guard let format else {
                return Self.download(
                    data, type: "application/json",
                    name: SummaryRun.fileName(period: month, template: nil, extension: "json"))
            }
            return Self.output(
                data, format: format,
                name: SummaryRun.fileName(period: month, template: template, extension: format.fileExtension),
                download: format != .html, generation: generation)
        } catch {
            return Self.html(
                PreviewPages.errors(
                    title: language == .zh ? month.chinese : month.description, error: error, source: nil,
                    generation: generation, language: language),
                status: .unprocessableContent)
        }
    }

    /// Server-Sent Events: the generation now, then each new one; a comment every 15 s otherwise.
    private func events(_ context: GongwenRequestContext) async -> Response {
        let stream = await feed.subscribe()
        let (seen, generation) = await current(context)
        // In office mode a change the account cannot see is not announced: only a change of the
        // files it may read moves its pages on.
        let office = self.office
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var last = seen
                try await writer.write(ByteBuffer(string: "retry: 500\ndata: \(generation)\n\n"))
                events: for await event in stream {
                    switch event {
                    case .changed(let generation):
                        if let office {
                            // A session ended meanwhile (signed out, disabled) hears nothing more.
                            guard let token = context.visitor?.token, (try? office.sessions.current(token)) != nil
                            else { break events }
                            let now = await self.current(context).0
                            guard now != last else { continue }
                            last = now
                        }
                        try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                    case .ping: try await writer.write(ByteBuffer(string: ": ping\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
    }

    // MARK: Responses

    static let contentTypes: [OutputFormat: String] = [
        .markdown: "text/markdown; charset=utf-8", .html: "text/html; charset=utf-8", .xml: "application/xml",
        .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        .pdf: "application/pdf",
    ]

    static func output(_ data: Data, format: OutputFormat, name: String, download: Bool, generation: Int) -> Response {
        if format == .html, !download {
            return html(PreviewPages.withReload(String(decoding: data, as: UTF8.self), generation: generation))
        }
        return self.download(data, type: contentTypes[format]!, name: name)
    }

    static let pagePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src 'self'"

    static func html(_ text: String, status: HTTPResponse.Status = .ok, policy: String = pagePolicy) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = policy
        headers[.xContentTypeOptions] = "nosniff"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// An attachment; the UTF-8 name is given as RFC 6266 `filename*` with an ASCII fallback.
    static func download(_ data: Data, type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.xContentTypeOptions] = "nosniff"
        let fallback = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? fallback
        headers[.contentDisposition] = "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func plain(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
