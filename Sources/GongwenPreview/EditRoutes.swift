import Foundation
import Gongwen
import HTTPTypes
import Hummingbird
import NIOCore
import Yams

/// 新建会议 and 编辑: the form page, the live check, the folder's choices and saving.
extension PreviewServer {
    /// Where the form keeps what is not a meeting file yet (drafts) or not any more (history).
    static let workFolder = ".gongwen"

    func addEditRoutes(to router: Router<BasicRequestContext>) {
        router.get("/edit") { request, _ in try await self.editPage(request) }
        router.get("/api/choices") { request, _ in try await self.choices(request) }
        router.post("/api/check") { request, _ in try await self.check(request) }
        router.post("/api/save") { request, _ in try await self.save(request) }
    }

    // MARK: The page

    private func editPage(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        var model: Any = ["meeting": [String: Any]()]
        var file: String?
        var base: String?
        var draft: String?
        var rewrites = false
        if let relative = parameters["file"].map(String.init) {
            guard let url = editableFile(relative), let data = try? Data(contentsOf: url) else {
                return Self.plain(.notFound, Label.notEditable.text(in: language))
            }
            file = relative
            base = MeetingFileName.fingerprint(data)
            let record = Self.record(of: data)
            model = record.json
            // A hand-written file loses its comments and layout on the first save: the page says so.
            rewrites = (try? record.yaml) != String(decoding: data, as: UTF8.self)
        } else if let name = parameters["draft"].map(String.init) {
            guard let url = draftFile(name), let data = try? Data(contentsOf: url) else {
                return Self.plain(.notFound, Label.notEditable.text(in: language))
            }
            draft = name
            model = Self.record(of: data).json
        }
        let (snapshot, _) = await feed.current()
        let meetings = await cache.all(snapshot).meetings.filter { $0.source != file }
        let day = Self.day(of: model) ?? CalendarDate.today()
        let boot: [String: Any?] = [
            "words": FormWords.table(in: language), "token": editing.token, "model": model, "file": file,
            "base": base, "draft": draft, "choices": Self.choicesJSON(FolderChoices(meetings, day: day)),
        ]
        let history = "\(Self.workFolder)/history/"
        return Self.editHTML(
            EditPage.html(
                boot: boot.compactMapValues { $0 }, title: file ?? draft, language: language,
                notice: rewrites
                    ? FormWords.table(in: language)["rewriteNotice"]!.replacingOccurrences(of: "%1", with: history)
                    : nil,
                enabled: editing.enabled))
    }

    /// The record of a file's YAML as written, valid or not: the form shows what is there and the
    /// check says what is wrong. Every scalar is text, as the loader reads it.
    static func record(of data: Data) -> MeetingRecord {
        guard let text = String(data: data, encoding: .utf8), let node = try? Yams.compose(yaml: text) else {
            return .map([])
        }
        return MeetingRecord(json: plain(node))
    }

    private static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(plain)
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.string ?? ""] = plain(value) }
            return object
        case .alias: return ""
        }
    }

    static func day(of model: Any) -> CalendarDate? {
        guard let meeting = (model as? [String: Any])?["meeting"] as? [String: Any],
            let date = meeting["date"] as? String
        else { return nil }
        return CalendarDate(iso: date)
    }

    static func choicesJSON(_ choices: FolderChoices) -> [String: Any] {
        [
            "names": choices.names, "units": choices.units,
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

    private func choices(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        let day = parameters["date"].flatMap { CalendarDate(iso: String($0)) } ?? CalendarDate.today()
        let file = parameters["file"].map(String.init)
        let (snapshot, _) = await feed.current()
        let meetings = await cache.all(snapshot).meetings.filter { $0.source != file }
        return Self.json(Self.choicesJSON(FolderChoices(meetings, day: day)))
    }

    // MARK: Checking and saving

    /// What the form posts: the meeting as the contract's JSON, the file it edits, and what it asks.
    struct Posted {
        var record: MeetingRecord
        var file: String?
        var base: String?
        /// nil: save as the meeting file; true: a new draft; a name: that draft again.
        var draft: String?
        var wantsDraft: Bool
        var template: String
    }

    private func posted(_ request: Request) async throws -> Posted? {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: EditAccess.bodyLimit),
            let object = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any],
            let model = object["model"]
        else { return nil }
        let draft = object["draft"]
        return Posted(
            record: MeetingRecord(json: model), file: object["file"] as? String, base: object["base"] as? String,
            draft: draft as? String, wantsDraft: (draft as? Bool) == true || draft is String,
            template: (object["template"] as? String).flatMap { Self.meetingTemplates.contains($0) ? $0 : nil }
                ?? "minutes")
    }

    private func check(_ request: Request) async throws -> Response {
        guard let posted = try await posted(request) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        let name = posted.file.flatMap { editableFile($0) != nil ? $0 : nil } ?? "新建会议.yaml"
        let checked = try DraftCheck(posted.record, file: name, proofreader: proofreader)
        var answer: [String: Any] = [
            "problems": checked.problems.map(problemJSON), "warnings": checked.warnings.map(problemJSON),
            "yaml": checked.yaml,
        ]
        if let meeting = checked.meeting {
            let (snapshot, _) = await feed.current()
            let others = await cache.all(snapshot).meetings.filter { $0.source != posted.file }
            let origins = meeting.taskUpdates.isEmpty ? [:] : TaskLedger.origins(others)
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
            "path": diagnostic.path ?? "", "message": diagnostic.content.text(in: language),
            "severity": diagnostic.severity == .error ? "error" : "warning", "line": diagnostic.location.line,
        ]
    }

    private func save(_ request: Request) async throws -> Response {
        guard let posted = try await posted(request) else {
            return Self.plain(.badRequest, Label.badForm.text(in: language))
        }
        if let relative = posted.file, editableFile(relative) == nil {
            return Self.plain(.notFound, Label.notEditable.text(in: language))
        }
        let checked = try DraftCheck(posted.record, file: posted.file ?? "新建会议.yaml", proofreader: proofreader)
        let yaml = Data(checked.yaml.utf8)
        let date =
            posted.record["meeting"]?["date"].flatMap { if case .text(let text) = $0 { text } else { nil } } ?? ""
        let title =
            posted.record["meeting"]?["title"].flatMap { if case .text(let text) = $0 { text } else { nil } } ?? ""
        if posted.wantsDraft {
            // Kept under .gongwen/drafts: no folder search reads a hidden folder, so a draft is never rendered.
            let folder = self.folder.root.appendingPathComponent("\(Self.workFolder)/drafts", isDirectory: true)
            let name =
                posted.draft.flatMap { draftFile($0) != nil ? $0 : nil }
                ?? MeetingFileName.unused(MeetingFileName.suggested(date: date, title: title)) {
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
                }
            try OutputFile.write(yaml, to: folder.appendingPathComponent(name, isDirectory: false))
            return Self.json(["draft": name])
        }
        guard checked.problems.isEmpty else {
            return Self.json(
                [
                    "message": FormWords.table(in: language)["hasErrors"]!.replacingOccurrences(
                        of: "%1", with: String(checked.problems.count)),
                    "problems": checked.problems.map(problemJSON),
                ], status: .unprocessableContent)
        }
        guard let relative = posted.file else {
            // A new meeting: a name from its date and title that no file has yet, written without
            // ever replacing one (a file made meanwhile by someone else keeps its name).
            var name = MeetingFileName.suggested(date: date, title: title)
            repeat {
                name = MeetingFileName.unused(name) {
                    FileManager.default.fileExists(atPath: folder.root.appendingPathComponent($0).path)
                }
            } while try !writeNew(yaml, named: name)
            removeDraft(posted.draft)
            return Self.json(["file": name, "base": MeetingFileName.fingerprint(yaml)])
        }
        guard let url = editableFile(relative), let current = try? Data(contentsOf: url) else {
            return Self.plain(.notFound, Label.notEditable.text(in: language))
        }
        guard MeetingFileName.fingerprint(current) == posted.base else {
            return Self.json(["current": String(decoding: current, as: UTF8.self)], status: .conflict)
        }
        try keepInHistory(current, of: relative)
        try OutputFile.write(yaml, to: url)
        return Self.json(["file": relative, "base": MeetingFileName.fingerprint(yaml)])
    }

    /// Writes a new file; false when the name was taken in the meantime.
    private func writeNew(_ data: Data, named name: String) throws -> Bool {
        do {
            try OutputFile.writeNew(data, to: folder.root.appendingPathComponent(name, isDirectory: false))
            return true
        } catch {
            if case .io(_, let reason) = error, case .fileExists = reason { return false }
            throw error
        }
    }

    /// The previous version, before the form replaces a file: `.gongwen/history/<path>.<time>.yaml`.
    private func keepInHistory(_ data: Data, of relative: String) throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date())
        let flat = relative.replacingOccurrences(of: "/", with: "__")
        let target = folder.root.appendingPathComponent(
            "\(Self.workFolder)/history/\((flat as NSString).deletingPathExtension).\(stamp).yaml", isDirectory: false)
        try OutputFile.write(data, to: target)
    }

    private func removeDraft(_ name: String?) {
        if let name, let url = draftFile(name) { try? FileManager.default.removeItem(at: url) }
    }

    // MARK: Which files

    /// A meeting file the form may edit: `.yaml` strictly inside the folder, in no hidden folder,
    /// not through a link that leaves it.
    func editableFile(_ relative: String) -> URL? {
        guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"),
            !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { return nil }
        return folder.resolve(relative)
    }

    /// A draft by name (one file name, no folders).
    func draftFile(_ name: String) -> URL? {
        guard name.hasSuffix(".yaml"), !name.contains("/"), !name.hasPrefix(".") else { return nil }
        return folder.resolve("\(Self.workFolder)/drafts/\(name)")
    }

    /// The drafts' names, newest first, for the index.
    func drafts() -> [String] {
        let folder = self.folder.root.appendingPathComponent("\(Self.workFolder)/drafts", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted(by: >)
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

    /// The form page: its own script and styles inline, framed by no other page.
    static func editHTML(_ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
            + "frame-src 'self'; img-src 'self'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
