import Foundation
import Gongwen
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import GongwenPreview

/// The form's routes in memory: create, edit, conflict, drafts, and every refusal.
@Suite("Meeting form")
struct EditRoutesTests {
    static let token = "test-token"
    /// HummingbirdTesting sends every request to `localhost`.
    static let origin = "http://localhost"

    static func app(_ folder: URL, enabled: Bool = true) -> some ApplicationProtocol {
        Application(
            router: PreviewServer(folder: folder, editing: EditAccess(enabled: enabled, token: token)).router())
    }

    static func headers(origin: String? = Self.origin, token: String? = Self.token) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let origin { headers[.origin] = origin }
        if let token { headers[HTTPField.Name("X-Gongwen-Token")!] = token }
        return headers
    }

    /// A request body: the model's JSON and further members (`, "file": "…"`).
    static func body(_ model: String, _ more: String = "") -> ByteBuffer {
        ByteBuffer(string: "{\"model\": \(model)\(more)}")
    }

    static func json(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any]) ?? [:]
    }

    static let newMeeting = """
        {"meeting": {"title": "安全生产专题会议", "date": "2026-11-25", "host": {"name": "孙丽", "title": "分管副主任"},
          "attendees": ["孙丽", "吴军"]},
         "reports": [{"kind": "汇报", "reporter": "吴军", "unit": "运输管理处", "achievements": ["排查企业86家。"]}],
         "task_updates": [{"id": "T-2026-11-01", "status": "done", "completed_on": "2026-11-24"}]}
        """

    @Test func aNewMeetingIsCheckedPreviewedAndSavedUnderANameThatReplacesNothing() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file of the name the form would choose is there already: the new one gets -2.
        try "meeting: {title: 旧, date: 2026-11-25}\n".write(
            to: folder.appendingPathComponent("2026-11-25-安全生产专题会议.yaml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/edit", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("\"token\":\"test-token\""))
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(), body: Self.body(Self.newMeeting)
            ) { response in
                #expect(response.status == .ok)
                let answer = Self.json(response.body)
                #expect((answer["problems"] as? [Any])?.isEmpty == true)
                let preview = try #require(answer["preview"] as? String)
                // The carry-over names the task from the folder's other file.
                #expect(preview.contains("制定全面从严治党责任清单和任务清单"))
                #expect(preview.contains("分管副主任孙丽同志主持"))
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(), body: Self.body(Self.newMeeting)
            ) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response.body)["file"] as? String == "2026-11-25-安全生产专题会议-2.yaml")
            }
        }
        let saved = folder.appendingPathComponent("2026-11-25-安全生产专题会议-2.yaml")
        let meeting = try MeetingLoader().load(contentsOf: saved)
        #expect(meeting.info.host?.title == "分管副主任")
        #expect(meeting.taskUpdates.first?.id == "T-2026-11-01")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("2026-11-25-安全生产专题会议.yaml"), encoding: .utf8)
                == "meeting: {title: 旧, date: 2026-11-25}\n")
    }

    @Test func eachProblemNamesTheValueItIsAbout() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = #"{"meeting": {"title": "会议", "date": "2026-11-5"}, "reports": [{"unit": "公路处"}]}"#
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(), body: Self.body(model)
            ) { response in
                let problems = Self.json(response.body)["problems"] as? [[String: Any]] ?? []
                let paths = problems.compactMap { $0["path"] as? String }
                #expect(paths.contains("meeting.date"))
                #expect(paths.contains("reports[0].reporter"))
                #expect(problems.contains { ($0["message"] as? String)?.contains("2026-11-05") == true })
            }
            // Not saved as a meeting file with errors; saved as a draft, which no folder search reads.
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(), body: Self.body(model)
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(),
                body: Self.body(model, #", "asDraft": true"#)
            ) { response in
                #expect(response.status == .ok)
                // The date is not yet a date: the name says 会议 instead of a day.
                #expect(Self.json(response.body)["draft"] as? String == "会议-会议.yaml")
            }
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("草稿") || page.contains("Drafts"))
            }
        }
        let drafts = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(".gongwen/drafts").path)
        #expect(drafts.filter { $0.hasSuffix(".yaml") }.count == 1)
        let found = try MeetingFileSearch().files(in: [folder.path])
        #expect(!found.contains { $0.contains(".gongwen") })
    }

    @Test func anEditKeepsThePreviousVersionAndAChangeOnDiskIsAConflict() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("branch-monthly-meeting.yaml")
        let original = try Data(contentsOf: file)
        let base = MeetingFileName.fingerprint(original)
        var object = MeetingRecord(try MeetingLoader().load(contentsOf: file)).json as! [String: Any]
        var block = object["meeting"] as! [String: Any]
        block["location"] = "公路处三楼会议室"
        object["meeting"] = block
        let model = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/edit?file=branch-monthly-meeting.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                // A hand-written file: the page says its comments and layout will not survive.
                #expect(page.contains(".gongwen/history/"))
                #expect(page.contains("\"base\":\"\(base)\""))
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(),
                body: Self.body(model, #", "file": "branch-monthly-meeting.yaml", "base": ""# + "\(base)\"")
            ) { response in
                #expect(response.status == .ok)
            }
            // The same base again: the file changed since — a conflict, and nothing written.
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(),
                body: Self.body(model, #", "file": "branch-monthly-meeting.yaml", "base": ""# + "\(base)\"")
            ) { response in
                #expect(response.status == .conflict)
                #expect((Self.json(response.body)["current"] as? String)?.contains("公路处三楼会议室") == true)
            }
        }
        #expect(try MeetingLoader().load(contentsOf: file).info.location == "公路处三楼会议室")
        let history = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(".gongwen/history").path)
        #expect(history.count == 1)
        let kept = try Data(contentsOf: folder.appendingPathComponent(".gongwen/history/\(history[0])"))
        #expect(kept == original)
    }

    @Test(arguments: [
        ("Origin of another site", Self.headers(origin: "http://evil.example"), HTTPResponse.Status.forbidden),
        ("no Origin", Self.headers(origin: nil), .forbidden),
        ("no token", Self.headers(token: nil), .forbidden),
        ("a wrong token", Self.headers(token: "guess"), .forbidden),
    ])
    func writingNeedsThisServersPageAndToken(case name: String, headers: HTTPFields, status: HTTPResponse.Status)
        async throws
    {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/save", method: .post, headers: headers, body: Self.body(Self.newMeeting)
            ) { response in
                #expect(response.status == status, "\(name)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.contains { $0.hasPrefix("2026-11-25") }, "\(name)")
    }

    @Test func readOnlyBodiesAndPathsAreRefused() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, enabled: false).test(.router) { client in
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(), body: Self.body(Self.newMeeting)
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("href=\"/edit"))
            }
        }
        try await Self.app(folder).test(.router) { client in
            let big = String(repeating: "长", count: EditAccess.bodyLimit / 2)
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(),
                body: Self.body(#"{"meeting": {"title": ""# + big + #"", "date": "2026-11-20"}}"#)
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            for path in [
                "../etc/passwd.yaml", "/etc/hosts", "safety-special-meeting.txt", "monthly/../../x.yaml",
                ".gongwen/history/a.yaml",
            ] {
                let encoded = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                try await client.execute(uri: "/edit?file=\(encoded)", method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                }
                try await client.execute(
                    uri: "/api/save", method: .post, headers: Self.headers(),
                    body: Self.body(Self.newMeeting, #", "file": ""# + path + #"", "base": "0""#)
                ) { response in
                    #expect(response.status == .notFound, "\(path)")
                }
            }
            // HEAD answers the form page as GET does.
            try await client.execute(uri: "/edit", method: .head) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// What `validate DIR` would refuse after the save is an error at its field before it: a task id
    /// the folder's other file assigns, progress on a task no file assigns.
    @Test func theFolderRulesAreErrorsAtTheirFieldBeforeSaving() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = #"""
            {"meeting": {"title": "会议", "date": "2026-12-02"},
             "tasks": [{"id": "T-2026-11-01", "content": "再次部署", "due": "2026-12-20"}],
             "task_updates": [{"id": "X-11-99", "status": "done", "completed_on": "2026-12-01"}]}
            """#
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(), body: Self.body(model)
            ) { response in
                let problems = Self.json(response.body)["problems"] as? [[String: Any]] ?? []
                let byPath = Dictionary(
                    problems.map { ($0["path"] as? String ?? "", $0["message"] as? String ?? "") },
                    uniquingKeysWith: { $1 })
                #expect(byPath["tasks[0].id"]?.contains("party-discipline-meeting.yaml") == true, "\(problems)")
                #expect(byPath["task_updates[0].id"]?.contains("X-11-99") == true, "\(problems)")
                #expect(problems.allSatisfy { $0["severity"] as? String == "error" })
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(), body: Self.body(model)
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.contains { $0.hasPrefix("2026-12-02") })
    }

    /// An empty form is asked for its fields by their labels, never for a key.
    @Test func anEmptyFormNamesTheFieldsToFillByTheirLabels() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(), body: Self.body(#"{"meeting": {}}"#)
            ) { response in
                let problems = Self.json(response.body)["problems"] as? [[String: Any]] ?? []
                let messages = problems.compactMap { $0["message"] as? String }
                #expect(problems.contains { $0["path"] as? String == "meeting.title" }, "\(problems)")
                #expect(messages.contains { $0.contains("会议名称") }, "\(messages)")
                #expect(!messages.contains { $0.contains("meeting:") || $0.contains("“title”") }, "\(messages)")
            }
        }
    }

    @Test func aNewTaskGetsTheNextFreeIdOfTheHousePattern() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting: {title: 早些的会, date: 2026-12-02}\ntasks:\n- {id: 2026-12-02-03, content: 已有任务}\n".write(
            to: folder.appendingPathComponent("earlier.yaml"), atomically: true, encoding: .utf8)
        let model = #"{"meeting": {"title": "会议", "date": "2026-12-02"}, "tasks": [{"id": "2026-12-02-04"}, {}]}"#
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/task-id", method: .post, headers: Self.headers(), body: Self.body(model)
            ) { response in
                #expect(Self.json(response.body)["id"] as? String == "2026-12-02-05")
            }
        }
    }

    @Test func aPastedListOfPeopleComesBackAsRows() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(
                uri: "/api/people", method: .post, headers: Self.headers(),
                body: ByteBuffer(string: #"{"text": "王建国（党委书记、局长），李敏（副局长）"}"#)
            ) { response in
                let people = Self.json(response.body)["people"] as? [[String: String]] ?? []
                #expect(people.map { $0["name"] ?? "" } == ["王建国", "李敏"])
                #expect(people.map { $0["title"] ?? "" } == ["党委书记、局长", "副局长"])
            }
        }
    }

    /// A read-only server checks and previews (nothing is written), and refuses only saving.
    @Test func aReadOnlyServerStillChecks() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, enabled: false).test(.router) { client in
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(), body: Self.body(Self.newMeeting)
            ) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response.body)["preview"] is String)
            }
            // Every way of spelling a writing route is refused: the router reads /api/save/ as /api/save.
            for path in ["/api/save", "/api/save/", "/api/save//", "//api/save", "/api/directory", "/api/directory/"] {
                try await client.execute(
                    uri: path, method: .post, headers: Self.headers(),
                    body: path.contains("directory")
                        ? ByteBuffer(string: #"{"people": "王建国", "units": ""}"#) : Self.body(Self.newMeeting)
                ) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
            }
            try await client.execute(uri: "/edit?file=branch-monthly-meeting.yaml", method: .get) { response in
                // No notice about what a save would rewrite: there is no save.
                #expect(!String(buffer: response.body).contains("<p id=\"notice\">"))
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.contains { $0.hasPrefix("2026-11-25") } && !files.contains(".gongwen"), "\(files)")
    }

    /// A JSON meeting is edited like a YAML one and stays JSON.
    @Test func aJSONMeetingIsEditedAndStaysJSON() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("safety-special-meeting.json")
        let original = try Data(contentsOf: file)
        var object = MeetingRecord(try MeetingLoader().load(contentsOf: file)).json as! [String: Any]
        var block = object["meeting"] as! [String: Any]
        block["location"] = "委机关六楼会议室"
        object["meeting"] = block
        let model = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/edit?file=safety-special-meeting.json", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(),
                body: Self.body(
                    model,
                    #", "file": "safety-special-meeting.json", "base": ""# + MeetingFileName.fingerprint(original)
                        + "\"")
            ) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
            }
        }
        let saved = try Data(contentsOf: file)
        #expect(try JSONSerialization.jsonObject(with: saved) is [String: Any])
        let meeting = try MeetingLoader().load(contentsOf: file)
        #expect(meeting.info.location == "委机关六楼会议室")
        let history = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(".gongwen/history").path)
        #expect(history.count == 1 && history[0].hasSuffix(".json"))
    }

    /// 人员与单位: saved from its page, offered first by the picker, and a slip of it is a warning.
    @Test func theDirectoryFeedsThePickerAndTheChecks() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/directory", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("人员与单位"))
            }
            try await client.execute(
                uri: "/api/directory", method: .post, headers: Self.headers(),
                body: ByteBuffer(string: #"{"people": "王建国\t党委书记、局长\t区住房和城乡建设局", "units": "城建科"}"#)
            ) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/choices?date=2026-12-02", method: .get) { response in
                let answer = Self.json(response.body)
                let people = answer["people"] as? [[String: String]] ?? []
                #expect(people.first == ["name": "王建国", "title": "党委书记、局长", "unit": "区住房和城乡建设局"])
                #expect((answer["units"] as? [String])?.first == "城建科")
            }
            try await client.execute(
                uri: "/api/check", method: .post, headers: Self.headers(),
                body: Self.body(#"{"meeting": {"title": "会议", "date": "2026-12-02", "host": "王建围"}}"#)
            ) { response in
                let warnings = Self.json(response.body)["warnings"] as? [[String: Any]] ?? []
                #expect(
                    warnings.contains {
                        $0["path"] as? String == "meeting.host" && ($0["message"] as? String)?.contains("王建国") == true
                    }, "\(warnings)")
            }
        }
        let saved = try String(contentsOf: folder.appendingPathComponent(OfficeDirectory.path), encoding: .utf8)
        #expect(saved.contains("name: 王建国") && saved.contains("- 城建科"))
    }

    @Test func theFolderOffersItsNamesUnitsAndOpenTasks() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/api/choices?date=2026-11-21", method: .get) { response in
                let answer = Self.json(response.body)
                #expect((answer["names"] as? [String])?.contains("周婷") == true)
                #expect((answer["units"] as? [String])?.contains("组织处") == true)
                // The picker's people come with the post they last had.
                let people = answer["people"] as? [[String: String]] ?? []
                #expect(people.contains { $0["name"] == "张明" && $0["title"] == "党委书记、主任" }, "\(people)")
                #expect(people.contains { $0["name"] == "刘洋" && $0["title"] == "驻委纪检监察组组长" }, "\(people)")
                let open = answer["openTasks"] as? [[String: Any]] ?? []
                #expect(open.contains { $0["id"] as? String == "T-2026-11-01" })
                #expect(!open.contains { $0["status"] as? String == "done" })
            }
        }
    }

    @Test func aDraftGoesAwayWhenItIsSavedAndTwoSavesKeepBothEarlierVersions() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("branch-monthly-meeting.yaml")
        let model = String(
            decoding: try JSONSerialization.data(
                withJSONObject: MeetingRecord(try MeetingLoader().load(contentsOf: file)).json),
            as: UTF8.self)
        let original = MeetingFileName.fingerprint(try Data(contentsOf: file))
        try await Self.app(folder).test(.router) { client in
            var base = original
            var draft = ""
            try await client.execute(
                uri: "/api/save", method: .post, headers: Self.headers(),
                body: Self.body(
                    model, #", "asDraft": true, "file": "branch-monthly-meeting.yaml", "base": ""# + base + "\"")
            ) { response in
                draft = Self.json(response.body)["draft"] as? String ?? ""
            }
            // The draft remembers its file: opened again, it saves back to it.
            try await client.execute(
                uri: "/edit?draft=\(draft.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", method: .get
            ) { response in
                #expect(String(buffer: response.body).contains("\"file\":\"branch-monthly-meeting.yaml\""))
            }
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/api/save", method: .post, headers: Self.headers(),
                    body: Self.body(
                        model,
                        #", "file": "branch-monthly-meeting.yaml", "draftName": ""# + draft + #"", "base": ""# + base
                            + "\"")
                ) { response in
                    #expect(response.status == .ok)
                    base = Self.json(response.body)["base"] as? String ?? ""
                }
            }
        }
        let drafts =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".gongwen/drafts").path))
            ?? []
        #expect(drafts.isEmpty)
        // Two saves in one second: two versions kept, the hand-written one among them.
        let history = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(".gongwen/history").path)
        #expect(history.count == 2)
    }

    @Test func nothingAFileHoldsCanBreakTheFormPage() async throws {
        let folder = try PreviewServerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting:\n  title: \"<!--<script>\\u2028</script>&\"\n  date: 2026-11-20\n  time: ~\n".write(
            to: folder.appendingPathComponent("odd.yaml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/edit?file=odd.yaml", method: .get) { response in
                let page = String(buffer: response.body)
                let boot = try #require(
                    page.components(separatedBy: "id=\"gongwen-boot\">").last?.components(separatedBy: "</script>")
                        .first)
                #expect(!boot.contains("<") && !boot.contains(">") && !boot.contains("&"))
                #expect(boot.contains("\\u003c!--\\u003cscript\\u003e"))
                #expect(boot.contains("\\u2028"))
                // A plain ~ is no value, not the text "~"; the title comes back as written.
                let data = try JSONSerialization.jsonObject(with: Data(boot.utf8)) as? [String: Any]
                let meeting = (data?["model"] as? [String: Any])?["meeting"] as? [String: Any]
                #expect(meeting?["time"] == nil && meeting?["date"] as? String == "2026-11-20")
                #expect(meeting?["title"] as? String == "<!--<script>\u{2028}</script>&")
            }
        }
    }
}
