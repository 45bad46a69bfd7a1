import Foundation
import Gongwen
import GongwenOffice
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import GongwenPreview

/// Office mode in memory: every route under every role, cookies forged, expired and replayed,
/// CSRF, lockout, 送审 → 退回 → 签发 and the trail of it all.
@Suite("Office server")
struct OfficeServerTests {
    static let partyFile = "党委办公室/party-discipline-meeting.yaml"
    static let roadFile = "公路处党支部/branch-monthly-meeting.yaml"
    static let password = "correct horse"

    /// Two organisations' folders; 张丽 is 文秘 of the first, 李强 of the second, 王建国 审核 and
    /// 赵敏 督查 of both, admin keeps the accounts.
    static func office() throws -> (URL, OfficeMode) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString)")
        for (file, sample) in [
            (partyFile, "party-discipline-meeting.yaml"), (roadFile, "branch-monthly-meeting.yaml"),
        ] {
            let target = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent("Samples/\(sample)"), to: target)
        }
        let yaml = """
            name: 某某区住房和城乡建设局
            folders:
              党委办公室:
                文秘: [zhangli]
                审核: [wangjianguo]
                督查: [zhaomin]
              公路处党支部:
                文秘: [liqiang]
                审核: [wangjianguo]
                督查: [zhaomin]
            admins: [admin]
            """
        let file = folder.appendingPathComponent(OfficeConfiguration.defaultPath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let configuration = try OfficeConfiguration.read(contentsOf: file, served: folder)
        let office = try OfficeMode(folder: folder, configuration: configuration, secure: false, bcryptCost: 4)
        for name in ["zhangli", "liqiang", "wangjianguo", "zhaomin", "admin"] {
            try office.accounts.add(name, password: password, actor: "gongwen", address: "local")
        }
        return (folder, office)
    }

    static func app(_ folder: URL, _ office: OfficeMode) -> some ApplicationProtocol {
        Application(
            router: PreviewServer(
                folder: folder, editing: EditAccess(enabled: true, token: "server-token"), office: office
            ).router())
    }

    /// Signs `name` in; the cookie and the session's CSRF token.
    static func signIn(_ client: some TestClientProtocol, _ name: String, password: String = password) async throws
        -> (cookie: String, csrf: String)
    {
        var headers = EditRoutesTests.headers(token: "server-token")
        headers[.contentType] = "application/json"
        let cookie = try await client.execute(
            uri: "/api/signin", method: .post, headers: headers,
            body: ByteBuffer(string: "{\"name\": \"\(name)\", \"password\": \"\(password)\"}")
        ) { response in
            #expect(response.status == .ok, "\(name) could not sign in")
            let set = response.headers[.setCookie] ?? ""
            #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict"))
            return String(set.split(separator: ";")[0])
        }
        let csrf = try await client.execute(uri: "/edit", method: .get, headers: [.cookie: cookie]) { response in
            let page = String(buffer: response.body)
            guard let range = page.range(of: "\"token\":\"") else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }
        return (cookie, csrf)
    }

    static func post(
        _ client: some TestClientProtocol, _ uri: String, _ session: (cookie: String, csrf: String), _ body: String
    ) async throws -> (HTTPResponse.Status, String) {
        var headers = EditRoutesTests.headers(token: session.csrf)
        headers[.cookie] = session.cookie
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            ($0.status, String(buffer: $0.body))
        }
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, _ cookie: String?) async throws
        -> (HTTPResponse.Status, String)
    {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: headers) {
            ($0.status, String(buffer: $0.body))
        }
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    /// Route × role × folder → status. A file of a folder the account has no role in answers as a
    /// missing one does (404); the admin has no document rights.
    @Test func everyRouteUnderEveryRoleAnswersAsTheTableSays() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, office).test(.router) { client in
            var sessions: [String: (cookie: String, csrf: String)] = [:]
            for name in ["zhangli", "liqiang", "wangjianguo", "zhaomin", "admin"] {
                sessions[name] = try await Self.signIn(client, name)
            }
            let party = Self.encoded(Self.partyFile)
            // (route, account, expected status)
            let table: [(String, String, HTTPResponse.Status)] = [
                ("/preview?file=\(party)", "zhangli", .ok), ("/preview?file=\(party)", "liqiang", .notFound),
                ("/preview?file=\(party)", "wangjianguo", .ok), ("/preview?file=\(party)", "zhaomin", .ok),
                ("/preview?file=\(party)", "admin", .notFound),
                ("/download?file=\(party)&format=docx", "zhangli", .ok),
                ("/download?file=\(party)&format=docx", "liqiang", .notFound),
                ("/download?file=\(party)&format=docx", "admin", .notFound),
                ("/edit?file=\(party)", "zhangli", .ok), ("/edit?file=\(party)", "liqiang", .notFound),
                ("/summary?month=2026-11&format=json", "zhaomin", .ok),
                ("/audit", "zhaomin", .ok), ("/audit", "admin", .ok), ("/audit", "zhangli", .notFound),
                ("/admin", "admin", .ok), ("/admin", "zhaomin", .notFound), ("/admin", "wangjianguo", .notFound),
                ("/preview?file=no-such.yaml", "zhangli", .notFound),
            ]
            for (route, account, expected) in table {
                let (status, _) = try await Self.get(client, route, sessions[account]!.cookie)
                #expect(status == expected, "\(account) \(route)")
            }
            // The refusal of another folder's file reads exactly like a missing file's.
            let refused = try await Self.get(client, "/preview?file=\(party)", sessions["liqiang"]!.cookie)
            let missing = try await Self.get(client, "/preview?file=x%2Fnone.yaml", sessions["liqiang"]!.cookie)
            #expect(refused.0 == missing.0 && refused.1 == missing.1)
            // The index and the choices list only what the account may read.
            let index = try await Self.get(client, "/", sessions["liqiang"]!.cookie).1
            #expect(index.contains("branch-monthly-meeting") && !index.contains("party-discipline-meeting"))
            let choices = try await Self.get(client, "/api/choices", sessions["liqiang"]!.cookie).1
            #expect(!choices.contains("party-discipline-meeting"))
            let summary = try await Self.get(client, "/summary?month=2026-11&format=json", sessions["liqiang"]!.cookie)
                .1
            #expect(!summary.contains("党委"))
            // Writes: only the clerk of the folder saves; only the leader signs.
            let save =
                "{\"model\": {\"meeting\": {\"title\": \"x\", \"date\": \"2026-11-25\"}}, \"file\": \"\(Self.partyFile)\", \"base\": \"0\"}"
            #expect(try await Self.post(client, "/api/save", sessions["liqiang"]!, save).0 == .notFound)
            #expect(try await Self.post(client, "/api/save", sessions["wangjianguo"]!, save).0 == .forbidden)
            #expect(try await Self.post(client, "/api/save", sessions["zhaomin"]!, save).0 == .forbidden)
            let file = "{\"file\": \"\(Self.partyFile)\"}"
            #expect(try await Self.post(client, "/api/submit", sessions["wangjianguo"]!, file).0 == .forbidden)
            #expect(try await Self.post(client, "/api/submit", sessions["liqiang"]!, file).0 == .notFound)
            #expect(try await Self.post(client, "/api/submit", sessions["zhangli"]!, file).0 == .ok)
            #expect(try await Self.post(client, "/api/issue", sessions["zhangli"]!, file).0 == .forbidden)
            #expect(try await Self.post(client, "/api/issue", sessions["zhaomin"]!, file).0 == .forbidden)
            #expect(
                try await Self.post(
                    client, "/api/admin", sessions["zhangli"]!, "{\"action\": \"add\", \"name\": \"x\"}"
                ).0 == .notFound)
            // Without a session: pages go to sign-in, everything else is 401.
            #expect(try await Self.get(client, "/", nil).0 == .seeOther)
            #expect(try await Self.get(client, "/events", nil).0 == .unauthorized)
            #expect(try await Self.get(client, "/download?file=\(party)&format=docx", nil).0 == .seeOther)
        }
    }

    @Test func forgedExpiredAndSignedOutCookiesSignNobodyIn() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, office).test(.router) { client in
            let session = try await Self.signIn(client, "zhangli")
            #expect(try await Self.get(client, "/", session.cookie).0 == .ok)
            #expect(
                try await Self.get(client, "/", "gongwen_session=" + String(repeating: "a", count: 64)).0 == .seeOther)
            // A write with the cookie but without the session's token (CSRF) is refused.
            var headers = EditRoutesTests.headers(token: "server-token")
            headers[.cookie] = session.cookie
            let status = try await client.execute(
                uri: "/api/submit", method: .post, headers: headers,
                body: ByteBuffer(string: "{\"file\": \"\(Self.partyFile)\"}")
            ) { $0.status }
            #expect(status == .forbidden)
            // Another site's page cannot post even with the token.
            var foreign = EditRoutesTests.headers(origin: "http://evil.example", token: session.csrf)
            foreign[.cookie] = session.cookie
            let foreignStatus = try await client.execute(
                uri: "/api/submit", method: .post, headers: foreign,
                body: ByteBuffer(string: "{\"file\": \"\(Self.partyFile)\"}")
            ) { $0.status }
            #expect(foreignStatus == .forbidden)
            // Signed out: the same cookie, replayed, is nobody's.
            _ = try await Self.post(client, "/api/signout", session, "{}")
            #expect(try await Self.get(client, "/", session.cookie).0 == .seeOther)
            #expect(
                try await Self.get(client, "/preview?file=\(Self.encoded(Self.partyFile))", session.cookie).0
                    == .seeOther)
        }
        // Expired: a session older than its lifetime is refused by the store the server reads.
        let outcome = try office.gate.signIn(
            "liqiang", password: Self.password, address: "x", now: Date().addingTimeInterval(-13 * 3600))
        guard case .signedIn(let started) = outcome else {
            Issue.record("liqiang could not sign in: \(outcome)")
            return
        }
        #expect(try office.sessions.current(started.token) == nil)
    }

    @Test func theSignInPageSaysTheSameForAWrongPasswordAndNoSuchAccountAndLocksAfterFive() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, office).test(.router) { client in
            var headers = EditRoutesTests.headers(token: "server-token")
            headers[.contentType] = "application/json"
            func attempt(_ name: String, _ password: String) async throws -> (HTTPResponse.Status, String) {
                try await client.execute(
                    uri: "/api/signin", method: .post, headers: headers,
                    body: ByteBuffer(string: "{\"name\": \"\(name)\", \"password\": \"\(password)\"}")
                ) { ($0.status, String(buffer: $0.body)) }
            }
            let wrong = try await attempt("zhangli", "nope")
            let ghost = try await attempt("nobody", "nope")
            #expect(wrong.0 == .unauthorized && wrong.0 == ghost.0 && wrong.1 == ghost.1)
            for _ in 0..<3 { _ = try await attempt("zhangli", "nope") }
            // The fifth failure locks the name, then even the right password waits.
            _ = try await attempt("zhangli", "nope")
            let locked = try await attempt("zhangli", Self.password)
            #expect(locked.0 == .tooManyRequests && locked.1.contains("分钟后再试"))
        }
    }

    @Test func aMeetingIsSubmittedReturnedFixedSignedAndTheTrailHoldsEveryStep() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, office).test(.router) { client in
            let clerk = try await Self.signIn(client, "zhangli")
            let leader = try await Self.signIn(client, "wangjianguo")
            let file = "{\"file\": \"\(Self.partyFile)\"}"
            #expect(try await Self.post(client, "/api/submit", clerk, file).0 == .ok)
            // Under review the clerk cannot save over it.
            let (_, edit) = try await Self.get(client, "/edit?file=\(Self.encoded(Self.partyFile))", clerk.cookie)
            let base = String(edit[edit.range(of: "\"base\":\"")!.upperBound...].prefix { $0 != "\"" })
            let model = "{\"meeting\": {\"title\": \"党风廉政建设专题会议\", \"date\": \"2026-11-20\"}}"
            let save = "{\"model\": \(model), \"file\": \"\(Self.partyFile)\", \"base\": \"\(base)\"}"
            #expect(try await Self.post(client, "/api/save", clerk, save).0 == .conflict)
            let index = try await Self.get(client, "/", leader.cookie).1
            #expect(index.contains("待我审核"))
            let noReason = try await Self.post(client, "/api/return", leader, file)
            #expect(noReason.0 == .conflict && noReason.1.contains("退回理由"))
            let returned = "{\"file\": \"\(Self.partyFile)\", \"text\": \"请补充完成时限\"}"
            #expect(try await Self.post(client, "/api/return", leader, returned).0 == .ok)
            #expect(try await Self.get(client, "/", clerk.cookie).1.contains("请补充完成时限"))
            #expect(try await Self.post(client, "/api/save", clerk, save).0 == .ok)
            #expect(try await Self.post(client, "/api/submit", clerk, file).0 == .ok)
            #expect(try await Self.post(client, "/api/issue", leader, file).0 == .ok)
            let state = try office.states.state(of: Self.partyFile)
            #expect(state.stage == .issued && state.signedBy == "wangjianguo")
            let sums = office.issued.sums(of: Self.partyFile, version: 1)
            #expect(sums.keys.contains("party-discipline-meeting.minutes.docx"))
            #expect(sums.keys.contains("party-discipline-meeting.yaml"))
            // The index offers what went out, and it is the kept file, for whoever may read it.
            let signedIndex = try await Self.get(client, "/", clerk.cookie).1
            #expect(signedIndex.contains("签发件（第 1 版）"))
            let copy =
                "/issued?file=\(Self.encoded(Self.partyFile))&version=1&name=party-discipline-meeting.minutes.docx"
            let kept = try Data(
                contentsOf: office.issued.location(of: Self.partyFile, version: 1).appendingPathComponent(
                    "party-discipline-meeting.minutes.docx"))
            let served = try await client.execute(uri: copy, method: .get, headers: [.cookie: leader.cookie]) {
                ($0.status, Data(buffer: $0.body))
            }
            #expect(served.0 == .ok && served.1 == kept)
            let other = try await Self.signIn(client, "liqiang")
            #expect(try await Self.get(client, copy, other.cookie).0 == .notFound)
            #expect(
                try await Self.get(client, copy.replacingOccurrences(of: "minutes.docx", with: "x.pdf"), leader.cookie)
                    .0 == .notFound)
        }
        let steps = try office.trail.entries(file: Self.partyFile).map { "\($0.actor) \($0.action.rawValue)" }
        #expect(
            steps.filter { !$0.hasSuffix(" view") } == [
                "zhangli submit", "wangjianguo return", "zhangli save", "zhangli submit", "wangjianguo issue",
                "wangjianguo download",
            ])
        #expect(try office.trail.verify().isEmpty)
        // The sign-ins are there too, each from its address.
        #expect(try office.trail.entries(actor: "wangjianguo").first?.action == .signIn)
    }

    /// A link in B's folder to A's meeting, or to a kept copy, is no file to B: it is not listed,
    /// not shown and not written through.
    @Test func aSymbolicLinkReachesNoOtherFolderAndNoKeptCopy() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("公路处党支部/link.yaml").path,
            withDestinationPath: "../\(Self.partyFile)")
        let before = try Data(contentsOf: folder.appendingPathComponent(Self.partyFile))
        try await Self.app(folder, office).test(.router) { client in
            let clerk = try await Self.signIn(client, "liqiang")
            let link = Self.encoded("公路处党支部/link.yaml")
            #expect(try await Self.get(client, "/preview?file=\(link)", clerk.cookie).0 == .notFound)
            #expect(try await Self.get(client, "/edit?file=\(link)", clerk.cookie).0 == .notFound)
            #expect(!(try await Self.get(client, "/", clerk.cookie).1.contains("link.yaml")))
            let save =
                "{\"model\": {\"meeting\": {\"title\": \"篡改\", \"date\": \"2026-11-25\"}}, \"file\": \"公路处党支部/link.yaml\", \"base\": \"0\"}"
            #expect(try await Self.post(client, "/api/save", clerk, save).0 == .notFound)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent(Self.partyFile)) == before)
    }

    /// A draft is written over, or removed after a save, only by an account that may see it.
    @Test func anotherClerksDraftCannotBeWrittenOverOrRemoved() async throws {
        let (folder, office) = try Self.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder, office).test(.router) { client in
            let a = try await Self.signIn(client, "zhangli")
            let b = try await Self.signIn(client, "liqiang")
            let model = "{\"meeting\": {\"title\": \"机密草稿\", \"date\": \"2026-11-25\"}}"
            let (status, body) = try await Self.post(client, "/api/save", a, "{\"model\": \(model), \"asDraft\": true}")
            #expect(status == .ok)
            let draft = try #require(EditRoutesTests.json(ByteBuffer(string: body))["draft"] as? String)
            let url = folder.appendingPathComponent(".gongwen/drafts/\(draft)")
            let text = try String(contentsOf: url, encoding: .utf8)
            let forged = "{\"meeting\": {\"title\": \"被改\", \"date\": \"2026-11-25\"}}"
            let answer = try await Self.post(
                client, "/api/save", b, "{\"model\": \(forged), \"asDraft\": true, \"draftName\": \"\(draft)\"}")
            #expect(answer.0 == .ok && !answer.1.contains(draft))
            #expect(try String(contentsOf: url, encoding: .utf8) == text)
            #expect(!(try await Self.get(client, "/", b.cookie).1.contains(draft)))
            #expect(try await Self.get(client, "/", a.cookie).1.contains(draft))
        }
        #expect(try office.trail.entries().contains { $0.action == .draft && $0.actor == "zhangli" })
    }
}

/// 督查 in office mode: the dashboard, the notices and the calendar read only what the account may.
@Suite("Office server: dashboard and calendar")
struct OfficeSupervisionTests {
    @Test func theDashboardAndNoticesShowOnlyReadableFolders() async throws {
        let (folder, office) = try OfficeServerTests.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await OfficeServerTests.app(folder, office).test(.router) { client in
            let zhangli = try await OfficeServerTests.signIn(client, "zhangli")
            let (status, page) = try await OfficeServerTests.get(client, "/dashboard?date=2026-12-10", zhangli.cookie)
            #expect(status == .ok)
            #expect(page.contains("data-task=\"T-2026-11-01\"") || page.contains("T-2026-11-0"))
            #expect(!page.contains("T-2026-11-G0") && !page.contains("公路处党支部"))
            // A notice for a unit of the other folder is, to her, a notice that does not exist.
            let (notice, _) = try await OfficeServerTests.get(
                client, "/reminder?date=2026-12-10&format=html&unit=" + OfficeServerTests.encoded("公路处党支部"),
                zhangli.cookie)
            #expect(notice == .notFound)
            let zhaomin = try await OfficeServerTests.signIn(client, "zhaomin")
            let (_, both) = try await OfficeServerTests.get(client, "/dashboard?date=2026-12-10", zhaomin.cookie)
            #expect(both.contains("公路处党支部"))
            #expect(try await OfficeServerTests.get(client, "/dashboard", nil).0 == .seeOther)
        }
    }

    @Test func eachAccountHasItsOwnCalendarAddressThatEndsWithItsPassword() async throws {
        let (folder, office) = try OfficeServerTests.office()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await OfficeServerTests.app(folder, office).test(.router) { client in
            let zhangli = try await OfficeServerTests.signIn(client, "zhangli")
            let (_, page) = try await OfficeServerTests.get(client, "/calendar", zhangli.cookie)
            let address = try #require(page.firstMatch(of: #//calendar/([0-9a-f]{40})\.ics/#))
            let token = String(address.1)
            // Fetched without a session, as calendar programs do.
            let (status, calendar) = try await OfficeServerTests.get(client, "/calendar/\(token).ics", nil)
            #expect(status == .ok && calendar.hasPrefix("BEGIN:VCALENDAR"))
            #expect(calendar.contains("X-GONGWEN-TASK-ID:T-2026-11-01") && !calendar.contains("T-2026-11-G01"))
            let liqiang = try #require(try office.calendars.token(for: "liqiang"))
            let (_, road) = try await OfficeServerTests.get(client, "/calendar/\(liqiang).ics", nil)
            #expect(road.contains("T-2026-11-G01") && !road.contains("T-2026-11-01"))
            #expect(liqiang != token)
            // The loopback file of the one-clerk preview is not offered in office mode.
            #expect(try await OfficeServerTests.get(client, "/calendar.ics", zhangli.cookie).0 == .notFound)
            let zeros = "/calendar/\(String(repeating: "0", count: 40)).ics"
            #expect(try await OfficeServerTests.get(client, zeros, nil).0 == .notFound)
            // Only an address of that shape skips sign-in; any other under /calendar/ is a page like any.
            for wrong in ["/calendar/\(token)", "/calendar/x.ics", "/calendar/.ics", "/calendar/\(token).ics/x"] {
                #expect(try await OfficeServerTests.get(client, wrong, nil).0 == .seeOther, "\(wrong)")
            }
            // Every fetch is in the trail.
            #expect(try office.trail.entries().contains { $0.actor == "zhangli" && $0.detail == "calendar" })
            // A new password, a new address; a disabled account, none.
            try office.accounts.setPassword("zhangli", password: "another horse battery", actor: "admin", address: "t")
            #expect(try await OfficeServerTests.get(client, "/calendar/\(token).ics", nil).0 == .notFound)
            try office.accounts.setDisabled("liqiang", true, actor: "admin", address: "t")
            #expect(try await OfficeServerTests.get(client, "/calendar/\(liqiang).ics", nil).0 == .notFound)
        }
    }
}
