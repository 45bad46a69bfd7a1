import Foundation
import Gongwen
import HTTPTypes
import Hummingbird
import NIOCore

/// 新建会议 and 编辑: the form page, the live check, the folder's choices and saving.
extension PreviewServer {
    /// The form's files and the rules it writes them by.
    var formFiles: FormFiles { FormFiles(folder) }

    func addEditRoutes(to router: Router<GongwenRequestContext>) {
        router.get("/edit") { request, context in try await self.editPage(request, context) }
        router.get("/api/choices") { request, context in try await self.choices(request, context) }
        router.post("/api/check") { request, context in try await self.check(request, context) }
        router.post("/api/save") { request, context in try await self.save(request, context) }
        router.post("/api/task-id") { request, context in try await self.nextTaskId(request, context) }
        router.post("/api/people") { request, _ in try await self.people(request) }
        router.get("/api/start-from") { request, context in try await self.startFrom(request, context) }
        router.get("/directory") { _, context in await self.directoryPage(context) }
        router.post("/api/directory") { request, context in try await self.saveDirectory(request, context) }
    }

    /// Whether the form may write `file` (nil: a new meeting) for this request: editing on, and in
    /// office mode the account's role (文秘) in the file's folder, or in some folder for a new one.
    func mayWrite(_ file: String?, _ context: GongwenRequestContext) -> Bool {
        guard editing.enabled else { return false }
        guard office != nil else { return true }
        guard let access = context.visitor?.access else { return false }
        return file.map(access.canEdit) ?? !access.clerkFolders.isEmpty
    }

    // MARK: The page

    private func editPage(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        var model: Any = ["meeting": [String: Any]()]
        var file: String?
        var base: String?
        var draft: String?
        var rewrites = false
        var leftDraft: String?
        var original: Any?
        let (snapshot, _) = await current(context)
        if let relative = parameters["file"].map(String.init) {
            guard office == nil || snapshot.meetings[relative] != nil, let url = formFiles.editableFile(relative),
                let data = try? Data(contentsOf: url)
            else {
                return Self.plain(.notFound, Label.notEditable.text(in: language))
            }
            file = relative
            base = MeetingFileName.fingerprint(data)
            try record(.view, relative, context, detail: "edit")
            let record: MeetingRecord
            do {
                record = try MeetingRecord(yaml: String(decoding: data, as: UTF8.self), file: relative)
            } catch {
                // Not YAML at all: the form would show nothing and a save would lose the file. The
                // clerk fixes it in a text editor first; the page says where.
                return await unreadable(
                    relative, error: error, source: String(decoding: data, as: UTF8.self), context: context)
            }
            model = record.json
            // A hand-written file loses its comments and layout on the first save: the page says so.
            rewrites = (try? Self.fileText(record, for: relative)) != String(decoding: data, as: UTF8.self)
            leftDraft = formFiles.drafts(of: relative).first
        } else if let name = parameters["draft"].map(String.init) {
            guard let url = formFiles.draftFile(name), let data = try? Data(contentsOf: url),
                visibleDrafts(context).contains(name)
            else {
                return Self.plain(.notFound, Label.notEditable.text(in: language))
            }
            draft = name
            model = ((try? MeetingRecord(yaml: String(decoding: data, as: UTF8.self), file: name)) ?? .map([])).json
            // The file the draft was made from, and its fingerprint then: saving goes back to it, and
            // a merge after a conflict tells the clerk's changes from the file's by that version.
            (file, base) = formFiles.origin(ofDraft: url)
            if let file, let base, let data = formFiles.version(of: file, fingerprint: base) {
                original = (try? MeetingRecord(yaml: String(decoding: data, as: UTF8.self), file: file))?.json
            }
        }
        let meetings = await cache.all(snapshot).meetings.filter { $0.source != file }
        let day = Self.day(of: model) ?? CalendarDate.today()
        let enabled = mayWrite(file, context)
        let boot: [String: Any?] = [
            "words": FormWords.table(in: language), "token": context.visitor?.csrf ?? editing.token, "model": model,
            "file": file,
            "base": base, "draft": draft,
            "choices": Self.choicesJSON(
                FolderChoices(meetings, day: day, directory: await cache.proofreader.directory)),
            "enabled": enabled, "original": original,
            "headings": SectionHeadings.defaults,
        ]
        let history = "\(FormFiles.workFolder)/history/"
        return Self.editHTML(
            EditPage.html(
                boot: boot.compactMapValues { $0 }, title: file ?? draft, language: language,
                notice: rewrites && enabled
                    ? FormWords.table(in: language)["rewriteNotice"]!.replacingOccurrences(of: "%1", with: history)
                    : nil,
                enabled: enabled, leftDraft: enabled ? leftDraft : nil))
    }

    private func unreadable(
        _ relative: String, error: GongwenError, source: String, context: GongwenRequestContext
    ) async -> Response {
        let (_, generation) = await current(context)
        return Self.html(
            PreviewPages.errors(
                title: relative, error: error, source: source, generation: generation, language: language),
            status: .unprocessableContent)
    }

    static func day(of model: Any) -> CalendarDate? {
        guard let meeting = (model as? [String: Any])?["meeting"] as? [String: Any],
            let date = meeting["date"] as? String
        else { return nil }
        return CalendarDate(iso: date)
    }

    static func choicesJSON(_ choices: FolderChoices) -> [String: Any] {
        [
            "names": choices.names, "units": choices.units, "people": choices.people.map(personJSON),
            "meetings": choices.meetings.map { ["file": $0.file, "title": $0.title, "date": $0.date.description] },
            "openTasks": choices.openTasks.map { record in
                [
                    "id": record.task.id, "content": TextView.inline(record.task.content),
                    "leadUnit": record.task.leadUnit ?? "", "owner": record.task.owner?.name ?? "",
                    "due": record.task.due?.description ?? "", "status": record.status.rawValue,
                    "assignedAt": ChineseNumerals.date(record.assignedOn) + TextView.inline(record.assignedAt),
                ]
            },
        ]
    }

    private func choices(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let day = parameters["date"].flatMap { CalendarDate(iso: String($0)) } ?? CalendarDate.today()
        let file = parameters["file"].map(String.init)
        let (snapshot, _) = await current(context)
        let meetings = await cache.all(snapshot).meetings.filter { $0.source != file }
        return Self.json(
            Self.choicesJSON(FolderChoices(meetings, day: day, directory: await cache.proofreader.directory)))
    }

    static func personJSON(_ person: Person) -> [String: String] {
        ["name": person.name, "title": person.title ?? "", "unit": person.unit ?? ""]
    }

    /// The id a task added now gets: the house pattern's next number for the meeting's day, free in
    /// the whole folder and in the form.
    private func nextTaskId(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        guard let posted = try await posted(request) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        let day = Self.day(of: posted.record.json) ?? CalendarDate.today()
        var taken = Set<String>()
        if case .list(let tasks)? = posted.record["tasks"] {
            for case .text(let id)? in tasks.map({ $0["id"] }) { taken.insert(id) }
        }
        // Ids are unique across the whole served folder, seen or not: the number is all that shows.
        let (snapshot, _) = await feed.current()
        for meeting in await cache.all(snapshot).meetings { taken.formUnion(meeting.tasks.map(\.id)) }
        return Self.json(["id": taskIds.next(on: day, taken: taken)])
    }

    /// A new meeting's start from an earlier one of the folder (从上次会议复制).
    private func startFrom(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        let (snapshot, _) = await current(context)
        guard let file = request.uri.queryParameters["file"].map(String.init),
            let meeting = await cache.all(snapshot).meetings.first(where: { $0.source == file })
        else { return Self.plain(.notFound, Label.noSuchMeetingFile.text(in: language)) }
        try record(.view, file, context, detail: "start-from")
        return Self.json(["model": MeetingRecord.startingFrom(meeting).json])
    }

    private func directoryPage(_ context: GongwenRequestContext) async -> Response {
        let directory = await cache.proofreader.directory ?? OfficeDirectory()
        return Self.editHTML(
            DirectoryPage.html(
                directory, token: context.visitor?.csrf ?? editing.token, language: language,
                enabled: mayWrite(nil, context)))
    }

    /// Saves the directory the page posts; from now on the picker offers it and the checks use it.
    private func saveDirectory(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        // The guard refuses this already on a read-only server; a write checks for itself as well.
        guard mayWrite(nil, context) else { return Self.plain(.forbidden, Label.editingOff.text(in: language)) }
        guard let object = await Self.object(request), let people = object["people"] as? String,
            let units = object["units"] as? String
        else { return Self.plain(.badRequest, Label.badForm.text(in: language)) }
        let directory = OfficeDirectory(peopleLines: people, unitLines: units)
        guard try formFiles.saveDirectory(Data(try directory.yaml.utf8)) else {
            return Self.plain(.forbidden, Label.notEditable.text(in: language))
        }
        await cache.use(directory)
        try record(
            .directory, OfficeDirectory.path, context, detail: "\(directory.people.count)/\(directory.units.count)")
        let words = FormWords.table(in: language)
        return Self.json([
            "message": words["directorySaved"]!.replacingOccurrences(of: "%1", with: String(directory.people.count))
                .replacingOccurrences(of: "%2", with: String(directory.units.count))
        ])
    }

    /// A pasted list of people (`王建国（党委书记、局长），李敏（副局长）`) as rows.
    private func people(_ request: Request) async throws -> Response {
        guard let text = await Self.object(request)?["text"] as? String else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        return Self.json(["people": PeopleList.people(in: text).map(Self.personJSON)])
    }

    // MARK: Checking and saving

    /// How a meeting not yet saved is named in messages: a file at the top of the folder, where it will be written.
    static let newFileName = "新建会议.yaml"

    /// What the form posts: the meeting as the contract's JSON, the file it edits, and what it asks.
    struct Posted {
        var record: MeetingRecord
        var file: String?
        var base: String?
        /// The draft the form was opened from or last saved as.
        var draft: String?
        /// Whether to save as a draft rather than as the meeting file.
        var asDraft: Bool
        var template: String
        /// Where a new meeting file goes, under the served folder; nil: at its top.
        var folder: String? = nil
    }

    /// A request's body as a JSON object, at most `EditAccess.bodyLimit` long.
    static func object(_ request: Request) async -> [String: Any]? {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: EditAccess.bodyLimit) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any]
    }

    private func posted(_ request: Request) async throws -> Posted? {
        guard let object = await Self.object(request), let model = object["model"] else { return nil }
        return Posted(
            record: MeetingRecord(json: model), file: object["file"] as? String, base: object["base"] as? String,
            draft: object["draftName"] as? String, asDraft: (object["asDraft"] as? Bool) == true,
            template: (object["template"] as? String).flatMap { catalog.meetingTemplateNames().contains($0) ? $0 : nil }
                ?? "minutes")
    }

    private func check(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        guard let posted = try await posted(request) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        let (snapshot, _) = await current(context)
        let name =
            posted.file.flatMap { formFiles.editableFile($0) != nil && snapshot.meetings[$0] != nil ? $0 : nil }
            ?? Self.newFileName
        let folderMeetings = await cache.all(snapshot).meetings
        let checked = try DraftCheck(
            posted.record, file: name, proofreader: await cache.proofreader, folder: folderMeetings)
        var answer: [String: Any] = [
            "problems": checked.problems.map(problemJSON), "warnings": checked.warnings.map(problemJSON),
            "yaml": checked.yaml,
        ]
        if let meeting = checked.meeting {
            // The earlier tasks as `render` finds them, in the file's folder; an id found nowhere is
            // an error of the check above.
            let origins = FolderTaskOrigins.lookUp(meeting, among: folderMeetings).origins
            if let template = try? catalog.template(posted.template),
                let document = try? template.render(MeetingView(meeting, origins: origins))
            {
                answer["preview"] = HTMLWriter().write(document)
            }
        }
        return Self.json(answer)
    }

    private func problemJSON(_ diagnostic: Diagnostic) -> [String: Any] {
        [
            "path": diagnostic.path ?? "", "message": FormWords.text(of: diagnostic, in: language),
            "severity": diagnostic.severity == .error ? "error" : "warning", "line": diagnostic.location.line,
        ]
    }

    private func save(_ request: Request, _ context: GongwenRequestContext) async throws -> Response {
        // The guard refuses this already on a read-only server; a write checks for itself as well.
        guard editing.enabled else { return Self.plain(.forbidden, Label.editingOff.text(in: language)) }
        guard var posted = try await posted(request) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        let (snapshot, _) = await current(context)
        if let relative = posted.file,
            formFiles.editableFile(relative) == nil || (office != nil && snapshot.meetings[relative] == nil)
        {
            return Self.plain(.notFound, Label.notEditable.text(in: language))
        }
        guard mayWrite(posted.file, context) else {
            return Self.plain(.forbidden, Label.notYourRole.text(in: language))
        }

        // In office mode a new meeting goes into the clerk's folder, not the top of the office, and
        // a draft named in the request is used (overwritten, then removed) only when it is one the
        // account may see.
        posted.folder = context.visitor?.access.clerkFolders.first
        if office != nil, let draft = posted.draft, !visibleDrafts(context).contains(draft) { posted.draft = nil }

        let checked = try DraftCheck(
            posted.record, file: posted.file ?? Self.newFileName, proofreader: await cache.proofreader,
            folder: await cache.all(snapshot).meetings)
        // One save at a time: the conflict check and the write are one step for every request.
        // One save at a time: the 送审 check, the file before, the conflict check and the write are
        // one step for every request.
        let file = posted
        let (response, saved, before) = try saves.withLock { () throws -> (Response, FormFiles.Saved?, Data?) in
            if let office, let relative = file.file, !file.asDraft, try !office.states.allowsEditing(relative) {
                return (Self.json(["message": Message.underReview.text(in: language)], status: .conflict), nil, nil)
            }
            let before = file.file.flatMap(folder.resolve).flatMap { try? Data(contentsOf: $0) }
            let (response, saved) = try write(file, checked)
            return (response, saved, before)
        }
        // The file is written: a trail that cannot be written now is said on the server's standard
        // error, and the clerk's save still answers as saved.
        do {
            switch saved {
            case .file(let name, _)?: try record(.save, name, context, before: before)
            case .draft(let name)?:
                if let office, let visitor = context.visitor {
                    try office.states.recordDraftOwner(
                        name, account: visitor.access.account, folder: posted.folder ?? "")
                    try record(.draft, "\(FormFiles.workFolder)/drafts/\(name)", context)
                }
            default: break
            }
        } catch {
            FileHandle.standardError.write(Data("gongwen: \(error)\n".utf8))
        }
        // What the clerk does next (a download, the index, the next task's number) sees the file
        // just written, not the folder as the last poll found it.
        await feed.rescan()
        return response
    }

    /// The text of the meeting file `file`: a JSON meeting stays JSON; every other file, and every
    /// draft, is YAML.
    static func fileText(_ record: MeetingRecord, for file: String?) throws -> String {
        file?.hasSuffix(".json") == true ? record.jsonText : try record.yaml
    }

    private func write(_ posted: Posted, _ checked: DraftCheck) throws -> (Response, FormFiles.Saved?) {
        let yaml = Data(checked.yaml.utf8)
        let fileData = posted.file?.hasSuffix(".json") == true ? Data(posted.record.jsonText.utf8) : yaml
        func text(_ key: String) -> String {
            posted.record["meeting"]?[key].flatMap { if case .text(let text) = $0 { text } else { nil } } ?? ""
        }
        let suggested = MeetingFileName.suggested(date: text("date"), title: text("title"))
        let saved: FormFiles.Saved
        if posted.asDraft {
            saved = try formFiles.saveDraft(
                yaml, suggested: suggested, draft: posted.draft, file: posted.file, base: posted.base)
        } else {
            guard checked.problems.isEmpty else {
                return (
                    Self.json(
                        [
                            "message": FormWords.table(in: language)["hasErrors"]!.replacingOccurrences(
                                of: "%1", with: String(checked.problems.count)),
                            "problems": checked.problems.map(problemJSON),
                        ], status: .unprocessableContent), nil
                )
            }
            saved = try formFiles.save(
                fileData, suggested: (posted.folder.map { $0 + "/" } ?? "") + suggested, file: posted.file,
                base: posted.base, draft: posted.draft)
        }
        switch saved {
        case .file(let name, let base): return (Self.json(["file": name, "base": base]), saved)
        case .draft(let name): return (Self.json(["draft": name]), saved)
        case .conflict(let current):
            // The file as it is now, for the form to compare field by field, and its fingerprint:
            // saving over it, or after a merge, goes on from this version.
            var answer: [String: Any] = [
                "current": current, "base": MeetingFileName.fingerprint(Data(current.utf8)),
            ]
            if let record = try? MeetingRecord(yaml: current, file: posted.file ?? Self.newFileName) {
                answer["model"] = record.json
            }
            return (Self.json(answer, status: .conflict), nil)
        case .missing: return (Self.plain(.notFound, Label.notEditable.text(in: language)), nil)
        case .workFolderRefused: return (Self.plain(.forbidden, Label.notEditable.text(in: language)), nil)
        }
    }

    // MARK: Responses

    static func json(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.xContentTypeOptions] = "nosniff"
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The form page: its own script and styles inline, the preview in a frame of its own, framed by
    /// no other page, never cached (it holds the token).
    static func editHTML(_ text: String) -> Response {
        var response = html(text, policy: pagePolicy + "; frame-src 'self'; frame-ancestors 'none'")
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
