import Foundation
import Gongwen
import GongwenOffice
import HTTPTypes
import Hummingbird
import NIOCore

/// 督查: the dashboard, the 催办通知 it offers, and the deadlines as a calendar feed.
extension PreviewServer {
    func addDashboardRoutes(to router: Router<GongwenRequestContext>) {
        router.get("/dashboard") { request, context in try await self.dashboard(request, context) }
        router.get("/reminder") { request, context in try await self.reminder(request, context) }
        router.get("/calendar.ics") { request, context in try await self.calendarFile(request, context) }
        router.get("/calendar/:token") { request, context in try await self.subscription(request, context) }
        router.get("/calendar") { request, context in try await self.calendarPage(request, context) }
    }

    /// Without office mode, the folder's deadlines for whoever sits at this computer: there is no
    /// sign-in to say who may read them, so only loopback is answered.
    private func calendarFile(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        guard office == nil else { return Self.plain(.notFound, Label.calendarUsePersonalAddress.text(in: language)) }
        guard EditAccess.isLoopbackPeer(context.peer) else {
            return Self.plain(.forbidden, Label.calendarLoopbackOnly.text(in: language))
        }
        let (snapshot, _) = await feed.current()
        return await calendar(snapshot, unit: request.uri.queryParameters["unit"].map(String.init))
    }

    /// Office mode: `/calendar/<token>.ics`, the deadlines of the folders the token's account may read.
    private func subscription(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        guard let office, let token = context.parameters.get("token"), token.hasSuffix(".ics"),
            let account = try office.calendars.account(for: String(token.dropLast(4)))
        else { return Self.plain(.notFound, Label.noSuchCalendarAddress.text(in: language)) }
        let access = OfficeAccess(account: account, configuration: office.configuration)
        let (snapshot, _) = await feed.current()
        // Calendar programs fetch every quarter hour or so: the trail records an account's first
        // fetch of a day (a restart may record one more).
        if calendarFetches.isFirstToday(account) {
            let address = office.address(
                peer: context.peer, forwarded: request.headers[HTTPField.Name("X-Forwarded-For")!])
            try office.trail.append(.view, actor: account, address: address, file: "", detail: "calendar")
        }
        return await calendar(
            readable(snapshot, by: access), unit: request.uri.queryParameters["unit"].map(String.init))
    }

    private func calendar(_ snapshot: FolderSnapshot, unit: String?) async -> Response {
        let meetings = await counted(snapshot).meetings
        let calendar = TaskCalendar(meetings: meetings, on: TaskCalendar.ledgerDay(meetings), unit: unit)
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "inline; filename=\"gongwen.ics\""
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: calendar.text(stamp: Date()))))
    }

    /// The signed-in account's subscription address, to paste into Outlook, WPS or a phone.
    private func calendarPage(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let (_, generation) = await current(context)
        let l = language
        let back = "<a href=\"/\">\(Label.backToIndex.text(in: l))</a>"
        var body = "<h1>\(Label.calendarSubscription.text(in: l))</h1>\n"
        if let office, let visitor = context.visitor,
            let token = try office.calendars.token(for: visitor.access.account)
        {
            let host = request.head.authority ?? "localhost"
            let address = "\(secure ? "https" : "http")://\(host)/calendar/\(token).ics"
            body += "<p>\(Label.calendarSubscribeHow.text(in: l))</p>\n"
            body += "<p><input readonly size=\"80\" value=\"\(HTMLWriter.escape(address))\"></p>\n"
            body += "<p><a href=\"/calendar/\(token).ics\">\(Label.calendarDownload.text(in: l))</a>　\(back)</p>\n"
        } else {
            body += "<p>\(Label.calendarDownloadHow.text(in: l))</p>\n"
            body += "<p><a href=\"/calendar.ics\">\(Label.calendarDownload.text(in: l))</a>　\(back)</p>\n"
        }
        return Self.html(
            PreviewPages.page(
                title: Label.calendarSubscription.text(in: l), body: body, generation: generation, language: l))
    }

    /// The meetings the dashboard counts: those that load and agree with the folder (as
    /// `summary --skip-invalid` keeps them), and the files left out.
    func countedMeetings(_ context: GongwenRequestContext) async -> (
        meetings: [Meeting], left: [String], generation: Int
    ) {
        let (snapshot, generation) = await current(context)
        let (meetings, left) = await counted(snapshot)
        return (meetings, left, generation)
    }

    /// The meetings of `snapshot` as `summary --skip-invalid` keeps them, and the files left out.
    private func counted(_ snapshot: FolderSnapshot) async -> (meetings: [Meeting], left: [String]) {
        let loaded = await cache.all(snapshot)
        let batch = MeetingBatch(meetings: loaded.meetings, problems: loaded.failures.map(\.1))
        let meetings = (try? batch.forSummary(skipInvalid: true).get().meetings) ?? []
        let kept = Set(meetings.map(\.source))
        return (meetings, loaded.failures.map(\.0) + loaded.meetings.map(\.source).filter { !kept.contains($0) })
    }

    /// `?date=YYYY-MM-DD` (default today), `?unit=NAME`.
    static func day(_ request: Request) -> CalendarDate? {
        guard let text = request.uri.queryParameters["date"].map(String.init) else { return .today() }
        return CalendarDate(iso: text)
    }

    private func dashboard(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        guard let day = Self.day(request) else { return Self.plain(.badRequest, Label.dayForm.text(in: language)) }
        let (meetings, left, generation) = await countedMeetings(context)
        let unit = request.uri.queryParameters["unit"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        try record(.view, "", context, detail: "dashboard \(day)\(unit.map { " " + $0 } ?? "")")
        let dashboard = Dashboard(meetings: meetings, day: day, unit: unit)
        return Self.html(DashboardPage.page(dashboard, left: left, generation: generation))
    }

    private func reminder(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        guard let day = Self.day(request) else { return Self.plain(.badRequest, Label.dayForm.text(in: language)) }
        guard let unit = parameters["unit"].map(String.init),
            let format = OutputFormat(name: parameters["format"].map(String.init) ?? "html")
        else { return Self.plain(.badRequest, Label.formatForMeetings.text(in: language)) }
        let (meetings, _, generation) = await countedMeetings(context)
        try record(.download, "", context, detail: "reminder \(day) \(unit).\(format.fileExtension)")
        do {
            let run = ReminderRun(
                template: try catalog.template("reminder"), formats: [format], options: cache.options,
                asOf: day, within: ReminderList.defaultWithin)
            let list = ReminderList(meetings: meetings, asOf: day, within: ReminderList.defaultWithin)
            guard let notice = list.notices.first(where: { $0.unit == TextView.inline(unit) }) else {
                return Self.plain(.notFound, Label.nothingToRemind.text(in: language, unit))
            }
            var data = try await run.written(notice, organization: ReminderRun.signer(meetings))[0]
            let name = ReminderRun.fileName(asOf: day, unit: notice.unit, extension: format.fileExtension)
            if format == .pdf { data = try await pdfs.pdf(of: data, name: name) }
            return Self.output(data, format: format, name: name, download: format != .html, generation: generation)
        } catch {
            return Self.html(
                PreviewPages.errors(title: unit, error: error, source: nil, generation: generation, language: language),
                status: .unprocessableContent)
        }
    }
}
