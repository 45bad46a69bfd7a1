import Foundation
import Gongwen
import GongwenOffice
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// Office mode's own routes: sign-in and sign-out, 送审, 退回, 签发 and 批注, the audit trail and
/// the accounts page.
extension PreviewServer {
    func addOfficeRoutes(to router: Router<GongwenRequestContext>, office: OfficeMode) {
        router.get("/signin") { _, _ in
            Self.editHTML(
                OfficePages.signIn(office: office.configuration.name, token: editing.token, language: language))
        }
        router.post("/api/signin") { request, context in try await self.signIn(request, context, office) }
        router.post("/api/signout") { _, context in
            if let visitor = context.visitor { try office.sessions.end(visitor.token, address: visitor.address) }
            var response = Self.json(["ok": true])
            response.setCookie(Self.sessionCookie("", office: office, maxAge: 0))
            return response
        }
        router.post("/api/submit") { request, context in try await self.move(.submit, request, context, office) }
        router.post("/api/return") { request, context in try await self.move(.returnToClerk, request, context, office) }
        router.post("/api/issue") { request, context in try await self.move(.issue, request, context, office) }
        router.post("/api/comment") { request, context in try await self.move(.comment, request, context, office) }
        router.get("/audit") { _, context in try await self.auditPage(context, office) }
        router.get("/admin") { _, context in try self.adminPage(context, office) }
        router.get("/issued") { request, context in try await self.issuedCopy(request, context, office) }
        router.post("/api/admin") { request, context in try await self.changeAccount(request, context, office) }
    }

    static func sessionCookie(_ value: String, office: OfficeMode, maxAge: Int?) -> Cookie {
        Cookie(
            name: OfficeMode.cookie, value: value, maxAge: maxAge, path: "/", secure: office.secure, httpOnly: true,
            sameSite: .strict)
    }

    private func signIn(_ request: Request, _ context: GongwenRequestContext, _ office: OfficeMode) async throws
        -> Response
    {
        guard let object = await Self.object(request), let name = object["name"] as? String,
            let password = object["password"] as? String
        else { return Self.plain(.badRequest, Label.badForm.text(in: language)) }
        let address = office.address(peer: context.peer, forwarded: request.headers[HTTPField.Name("X-Forwarded-For")!])
        // bcrypt takes a quarter second: on NIO's pool of blocking threads, so that the other
        // requests of a two-core server go on meanwhile.
        let outcome = try await NIOThreadPool.singleton.runIfActive {
            try office.gate.signIn(name, password: password, address: address)
        }
        switch outcome {
        case .signedIn(let started):
            var response = Self.json(["ok": true])
            response.setCookie(
                Self.sessionCookie(started.token, office: office, maxAge: office.configuration.sessionHours * 3600))
            return response
        case .refused:
            return Self.json(["message": Message.signInRefused.text(in: language)], status: .unauthorized)
        case .waiting(let seconds):
            return Self.json(
                ["message": Message.signInWaiting(minutes: (seconds + 59) / 60).text(in: language)],
                status: .tooManyRequests)
        }
    }

    /// 送审, 退回, 签发 or 批注 of the posted `file`, by a role that may: anyone else gets the
    /// answer a missing file gets.
    private func move(
        _ action: AuditAction, _ request: Request, _ context: GongwenRequestContext, _ office: OfficeMode
    ) async throws -> Response {
        guard let visitor = context.visitor, let object = await Self.object(request),
            let file = object["file"] as? String
        else { return Self.plain(.badRequest, Label.badForm.text(in: language)) }
        let (snapshot, _) = await current(context)
        guard snapshot.meetings[file] != nil, let url = folder.resolve(file), let data = try? Data(contentsOf: url)
        else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        let allowed = action == .submit ? visitor.access.canEdit(file) : visitor.access.canReview(file)
        guard allowed else { return Self.plain(.forbidden, Label.notYourRole.text(in: language)) }
        let text = (object["text"] as? String) ?? ""
        do {
            switch action {
            case .submit:
                _ = try office.states.submit(file, data: data, actor: visitor.access.account, address: visitor.address)
            case .returnToClerk:
                _ = try office.states.returnToClerk(
                    file, reason: text, actor: visitor.access.account, address: visitor.address)
            case .comment:
                try office.states.comment(file, text: text, actor: visitor.access.account, address: visitor.address)
            default:
                // The documents issued: the source, the minutes in Word and, when LibreOffice is
                // there, in PDF.
                let docx = try await cache.render(file, template: "minutes", format: .docx, snapshot: snapshot)
                let stem = OutputPlan.stem(of: file)
                var files: [(name: String, data: Data)] = [
                    ((file as NSString).lastPathComponent, data), ("\(stem).minutes.docx", docx),
                ]
                if let pdf = try? await pdfs.pdf(of: docx, name: file) { files.append(("\(stem).minutes.pdf", pdf)) }
                _ = try office.states.issue(file, data: data, actor: visitor.access.account, address: visitor.address) {
                    state in try office.issued.keep(files, of: state)
                }
            }
        } catch let error as OfficeError {
            return Self.json(["message": error.message.text(in: language)], status: .conflict)
        }
        await feed.rescan()
        return Self.json(["ok": true])
    }

    /// A document as 签发 kept it, for whoever may read its meeting.
    private func issuedCopy(_ request: Request, _ context: GongwenRequestContext, _ office: OfficeMode) async throws
        -> Response
    {
        let parameters = request.uri.queryParameters
        let (snapshot, _) = await current(context)
        guard let file = parameters["file"].map(String.init), snapshot.meetings[file] != nil,
            let version = parameters["version"].flatMap({ Int(String($0)) }),
            let name = parameters["name"].map(String.init), office.issued.sums(of: file, version: version)[name] != nil,
            let data = try? Data(
                contentsOf: office.issued.location(of: file, version: version).appendingPathComponent(name))
        else { return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language)) }
        try record(.download, file, context, detail: "签发 v\(version) \(name)")
        let format: OutputFormat = name.hasSuffix(".pdf") ? .pdf : .docx
        return Self.download(data, type: Self.contentTypes[format]!, name: name)
    }

    private func auditPage(_ context: GongwenRequestContext, _ office: OfficeMode) async throws -> Response {
        guard let visitor = context.visitor, visitor.access.seesAudit else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        // 督查 sees what happened to the files of its folders; 管理员 sees everything.
        let inspected = Set(visitor.access.roles.filter { $0.value.contains(.inspector) }.keys)
        let entries = try office.trail.entries().filter { entry in
            visitor.access.isAdmin || office.configuration.folder(holding: entry.file).map(inspected.contains) == true
        }
        let breaks = visitor.access.isAdmin ? try office.trail.verify() : []
        let changed = visitor.access.isAdmin ? office.issued.changed(trail: entries) : []
        return Self.editHTML(OfficePages.audit(entries, breaks: breaks, changed: changed, language: language))
    }

    private func adminPage(_ context: GongwenRequestContext, _ office: OfficeMode) throws -> Response {
        guard let visitor = context.visitor, visitor.access.isAdmin else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        return Self.editHTML(
            OfficePages.admin(
                try office.accounts.list(), configuration: office.configuration, csrf: visitor.csrf, language: language)
        )
    }

    /// The admin page's account changes: add, new password, disable, enable.
    private func changeAccount(_ request: Request, _ context: GongwenRequestContext, _ office: OfficeMode) async throws
        -> Response
    {
        guard let visitor = context.visitor, visitor.access.isAdmin else {
            return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language))
        }
        guard let object = await Self.object(request), let action = object["action"] as? String,
            let name = object["name"] as? String
        else { return Self.plain(.badRequest, Label.badForm.text(in: language)) }
        guard ["add", "passwd", "disable", "enable"].contains(action) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        let password = object["password"] as? String ?? ""
        let actor = visitor.access.account
        do {
            try await NIOThreadPool.singleton.runIfActive {
                switch action {
                case "add":
                    try office.accounts.add(name, password: password, actor: actor, address: visitor.address)
                case "passwd":
                    try office.accounts.setPassword(name, password: password, actor: actor, address: visitor.address)
                default:
                    // An administrator cannot lock every administrator out from the browser.
                    guard name != actor else { throw OfficeError(.cannotDisableSelf) }
                    try office.accounts.setDisabled(name, action == "disable", actor: actor, address: visitor.address)
                }
            }
        } catch let error as OfficeError {
            return Self.json(["message": error.message.text(in: language)], status: .conflict)
        }
        return Self.json(["ok": true])
    }
}

// MARK: What office mode adds to the shared routes

extension PreviewServer {
    /// Records a view, download or save in the trail, with the file's fingerprint; nothing without
    /// office mode.
    func record(
        _ action: AuditAction, _ file: String, _ context: GongwenRequestContext, detail: String = "",
        before: Data? = nil
    ) throws {
        guard let office, let visitor = context.visitor else { return }
        let now = folder.resolve(file).flatMap { try? Data(contentsOf: $0) }
        if action == .save || action == .draft {
            try office.states.recordSave(
                file, before: before, after: now ?? Data(), draft: action == .draft, actor: visitor.access.account,
                address: visitor.address)
        } else {
            try office.trail.append(
                action, actor: visitor.access.account, address: visitor.address, file: file,
                after: now.map(OfficeDigest.sha256) ?? "", detail: detail)
        }
    }

    /// The drafts the index lists: every one without office mode; in it, those of files the
    /// account may edit and those it began itself.
    func visibleDrafts(_ context: GongwenRequestContext) -> [String] {
        let all = formFiles.drafts()
        guard let office, let visitor = context.visitor else { return all }
        let owners = (try? office.states.draftOwners()) ?? [:]
        return all.filter { name in
            if owners[name] == visitor.access.account { return true }
            guard let url = formFiles.draftFile(name), let file = formFiles.origin(ofDraft: url).file else {
                return false
            }
            return visitor.access.canEdit(file)
        }
    }

    func officeHeader(_ context: GongwenRequestContext, meetings: [Meeting]) throws -> String? {
        guard let office, let visitor = context.visitor else { return nil }
        let states = try office.states.all()
        let waiting = meetings.filter { states[$0.source]?.stage == .submitted && visitor.access.canReview($0.source) }
            .map { (file: $0.source, title: $0.info.title) }
        return OfficePages.header(visitor, waiting: waiting, language: language)
    }

    func officeStates(_ context: GongwenRequestContext) throws -> ((String) -> String)? {
        guard let office, let visitor = context.visitor else { return nil }
        let states = try office.states.all()
        let comments = try office.states.comments()
        let issued = office.issued
        return { file in
            let state = states[file] ?? .fresh(file)
            let changed =
                state.fingerprint != nil
                && self.folder.resolve(file).flatMap { try? Data(contentsOf: $0) }.map(OfficeDigest.sha256)
                    != state.fingerprint
            return OfficePages.state(
                file, state, changed: changed, access: visitor.access, comments: comments[file] ?? [],
                issued: state.lastIssuedVersion.map { version in
                    issued.sums(of: file, version: version).keys.filter {
                        $0.hasSuffix(".docx") || $0.hasSuffix(".pdf")
                    }
                    .sorted()
                } ?? [], language: self.language)
        }
    }
}
