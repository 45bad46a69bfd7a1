import Foundation
import Gongwen
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GongwenPreview

@Suite("Preview server")
struct PreviewServerTests {
    /// A copy of the samples in a temporary folder, so tests can change files.
    static func folder() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in [
            "party-discipline-meeting.yaml", "branch-monthly-meeting.yaml", "safety-special-meeting.json", "monthly",
        ] {
            try FileManager.default.copyItem(
                at: root.appendingPathComponent("Samples/\(name)"), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func app(_ folder: URL) -> some ApplicationProtocol {
        Application(router: PreviewServer(folder: folder).router())
    }

    @Test func indexListsMeetingsNewestFirstAndMonths() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting:\n  title: 坏\n  date: 2026-02-30\n".write(
            to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                let newest = try #require(page.range(of: "委党委会议<div class=\"file\">monthly/2026-12-04"))
                let older = try #require(page.range(of: "十月份安全生产例会"))
                #expect(newest.lowerBound < older.lowerBound)
                #expect(page.contains("/preview?file=party-discipline-meeting.yaml&template=speech"))
                #expect(page.contains("/download?file=monthly%2F2026-11-13-safety.json&template=minutes&format=docx"))
                #expect(page.contains("/summary?month=2026-10&template=accountability"))
                // In Chinese, with the source line and a caret under the column.
                #expect(page.contains("broken.yaml:3:9: error: meeting.date: “2026-02-30”不是日历上存在的日期"))
                #expect(page.contains(" 3 |   date: 2026-02-30\n   |         ^"))
                for label in ["纪要", "讲话稿", "责任清单", "月度总结", ">下载<", "下载：", "title=\"下载 Word\">Word</a>", "有错误的文件"] {
                    #expect(page.contains(label), "\(label)")
                }
                #expect(!page.contains(">minutes<") && !page.contains(">docx<"))
                #expect(page.contains("new EventSource(\"/events\")"))
            }
        }
    }

    @Test func previewIsTheRenderedPageWithAReloadScript() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let meeting = try MeetingLoader().load(
            contentsOf: folder.appendingPathComponent("party-discipline-meeting.yaml"),
            displayName: "party-discipline-meeting.yaml")
        let expected = HTMLWriter().write(try TemplateCatalog().template("speech").render(MeetingView(meeting)))
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/preview?file=party-discipline-meeting.yaml&template=speech", method: .get) {
                response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("EventSource"))
                let withoutScript = page.replacingOccurrences(
                    of: #"<script>[\s\S]*</script>\n"#, with: "", options: .regularExpression)
                #expect(withoutScript == expected)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }

    @Test(arguments: [
        ("md", "text/markdown; charset=utf-8"), ("xml", "application/xml"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("pdf", "application/pdf"),
    ])
    func downloadsCarryTypeAndName(format: String, type: String) async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("party-discipline-meeting.yaml"),
            to: folder.appendingPathComponent("纪要 样本.yaml"))
        try await Self.app(folder).test(.router) { client in
            let uri = "/download?file=%E7%BA%AA%E8%A6%81%20%E6%A0%B7%E6%9C%AC.yaml&template=minutes&format=\(format)"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\"__ __.minutes.\(format)\""))
                #expect(
                    disposition.contains("filename*=UTF-8''%E7%BA%AA%E8%A6%81%20%E6%A0%B7%E6%9C%AC.minutes.\(format)"))
                #expect(response.body.readableBytes > 100)
            }
        }
    }

    @Test func theIndexOffersEveryMeetingTemplateTheCatalogHas() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An organisation's own template beside the built-ins: its 支部纪要 is offered, and so is
        // the built-in 首部式纪要, which the preview once left out.
        let own = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("Templates/minutes.mustache"),
            to: own.appendingPathComponent("支部纪要.mustache"))
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("Templates/partials"), to: own.appendingPathComponent("partials"))
        let server = PreviewServer(folder: folder, catalog: TemplateCatalog(overrideFolder: own))
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(
                    page.contains("/preview?file=party-discipline-meeting.yaml&template=minutes-classic\">首部式纪要</a>"))
                #expect(page.contains("template=%E6%94%AF%E9%83%A8%E7%BA%AA%E8%A6%81\">支部纪要</a>"))
            }
            let uri = "/preview?file=party-discipline-meeting.yaml&template=%E6%94%AF%E9%83%A8%E7%BA%AA%E8%A6%81"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func eightPDFDownloadsAtOnceHoldUpNoOtherRoute() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A stand-in LibreOffice that takes a second a run and notes each end.
        let log = folder.appendingPathComponent("office.log")
        let script = folder.appendingPathComponent("soffice")
        try """
        #!/bin/sh
        sleep 1
        out=""; next=0
        for arg in "$@"; do
          if [ $next = 1 ]; then out="$arg"; next=0; fi
          [ "$arg" = "--outdir" ] && next=1
        done
        for arg in "$@"; do
          case "$arg" in *.docx) printf '%%PDF-1.4 stand-in' > "$out/$(basename "$arg" .docx).pdf";; esac
        done
        echo end >> '\(log.path)'

        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let server = PreviewServer(folder: folder, pdfs: PDFQueue(program: script, seconds: 60))
        let downloads =
            ["party-discipline-meeting.yaml", "branch-monthly-meeting.yaml", "safety-special-meeting.json"].flatMap {
                file in
                ["minutes", "speech", "accountability"].map { "/download?file=\(file)&template=\($0)&format=pdf" }
            }.prefix(7) + ["/summary?month=2026-11&format=pdf"]
        try await Application(router: server.router()).test(.router) { client in
            // The index once before, as a clerk's browser has it: then it comes from the cache.
            let before = ContinuousClock.now
            _ = try await client.execute(uri: "/", method: .get) { $0.status }
            let usual = ContinuousClock.now - before
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for uri in downloads {
                    group.addTask { try await client.execute(uri: uri, method: .get) { $0.status } }
                }
                try await Task.sleep(for: .milliseconds(300))
                // Meanwhile the index and the change feed answer as they always do.
                let started = ContinuousClock.now
                let index = try await withTimeLimit(.seconds(30)) {
                    try await client.execute(uri: "/", method: .get) { $0.status }
                }
                let indexTime = ContinuousClock.now - started
                let feedStarted = ContinuousClock.now
                _ = try await withTimeLimit(.seconds(30)) { await server.feed.current() }
                let feedTime = ContinuousClock.now - feedStarted
                let ended = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").count ?? 0
                print(
                    "     measured: index \(indexTime) (before the downloads: \(usual)), feed \(feedTime), "
                        + "while \(8 - ended) of 8 PDFs were still to convert")
                #expect(index == .ok)
                // The eight conversions take eight seconds one after another. Blocked threads would
                // serve the index only once most of them were over; it answered in between.
                #expect(ended <= 5, "the index answered only after \(ended) of 8 conversions")
                var statuses: [HTTPResponse.Status] = []
                for try await status in group { statuses.append(status) }
                #expect(statuses.allSatisfy { $0 == .ok || $0 == .unprocessableContent })
                #expect(statuses.filter { $0 == .ok }.count >= 6)
            }
        }
    }

    @Test func summaryPagesAndJSON() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/summary?month=2026-10", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("2026年10月工作总结"))
            }
            try await client.execute(uri: "/summary?month=2026-10&format=json", method: .get) { response in
                #expect(response.headers[.contentType] == "application/json")
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(json?["tasks_assigned"] as? Int == 7)
            }
            try await client.execute(uri: "/summary?month=2026-13", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test(arguments: [
        "/preview?file=../Package.swift", "/preview?file=%2e%2e/Package.swift", "/preview?file=%2E%2E%2FPackage.swift",
        "/preview?file=/etc/passwd", "/preview?file=%2Fetc%2Fpasswd", "/preview?file=monthly/../../x.yaml",
        "/preview?file=monthly%2F..%2F..%2Fx.yaml", "/preview?file=.%2Fparty-discipline-meeting.yaml",
        "/preview?file=monthly", "/preview?file=outside.yaml", "/preview?file=", "/preview",
        "/download?file=..%5C..%5Cx.yaml&template=minutes&format=md",
        "/preview?file=party-discipline-meeting.yaml%00.txt",
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/Samples/", "/monthly/",
    ])
    func nothingOutsideTheFolderIsServed(uri: String) async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).yaml")
        try Data(contentsOf: folder.appendingPathComponent("party-discipline-meeting.yaml")).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("outside.yaml"), withDestinationURL: outside)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri) answered \(response.status)")
                #expect(!String(buffer: response.body).contains("全面从严治党"))
            }
        }
    }

    @Test func symlinkOutIsNotListedEither() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("etc-link.yaml"),
            withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("etc-link"))
            }
        }
    }

    @Test func onlyGetWithoutBody() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .post, body: ByteBuffer(string: "x")) { response in
                #expect(response.status == .methodNotAllowed)
            }
            try await client.execute(
                uri: "/", method: .get, headers: [.contentLength: "10"], body: ByteBuffer(string: "0123456789")
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/" + String(repeating: "a", count: 5000), method: .get) { response in
                #expect(response.status == .uriTooLong)
            }
        }
    }

    @Test func aHalfWrittenFileShowsItsErrorThenThePage() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("party-discipline-meeting.yaml")
        let whole = try Data(contentsOf: file)
        let server = PreviewServer(folder: folder)
        try await Application(router: server.router()).test(.router) { client in
            try whole.prefix(700).write(to: file)
            // The feed rescans when asked, instead of the test outwaiting its polling interval.
            await server.feed.rescan()
            try await client.execute(uri: "/preview?file=party-discipline-meeting.yaml&template=minutes", method: .get)
            { response in
                #expect(response.status == .unprocessableContent)
                let page = String(buffer: response.body)
                #expect(page.contains("party-discipline-meeting.yaml:"))
                #expect(page.contains("EventSource"))
            }
            try whole.write(to: file)
            await server.feed.rescan()
            try await client.execute(uri: "/preview?file=party-discipline-meeting.yaml&template=minutes", method: .get)
            { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("全面从严治党工作会议纪要"))
            }
        }
    }

    @Test func aChangeMovesTheGenerationOnAndReachesSubscribers() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = PreviewServer(folder: folder)
        let stream = await server.feed.subscribe()
        let before = await server.feed.current().generation
        try "meeting:\n  title: 新会议\n  date: 2026-11-28\n".write(
            to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        await server.feed.rescan()
        // The event is already buffered; a time limit turns a regression into a failure, not a hang.
        let event = try await withTimeLimit(.seconds(10)) {
            var iterator = stream.makeAsyncIterator()
            return await iterator.next()
        }
        guard case .changed(let generation)? = event else {
            Issue.record("no change event: \(String(describing: event))")
            return
        }
        #expect(generation == before + 1)
    }

    // MARK: Foreign hosts and HEAD (issue 11)

    // The in-memory client always sends `Host: localhost`; the foreign-host refusal over a real
    // socket is checked by Tests/Preview/check_preview.py with curl and Chromium.

    @Test(arguments: ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "localhost", "LOCALHOST:8080", "[::1]", nil])
    func ownHostsAreAnswered(host: String?) {
        #expect(HostPolicy(port: 8080).allows(host))
    }

    @Test(arguments: [
        "attacker.example", "attacker.example:8080", "127.0.0.1.nip.io:8080", "localhost:9999", "[::2]:8080",
        "localhost:80x", "[::1", "localhost.:8080",
    ])
    func foreignHostsAreRefused(host: String) {
        #expect(!HostPolicy(port: 8080).allows(host))
    }

    @Test func theBoundAddressAndAllowedNamesAreAnswered() {
        let hosts = HostPolicy(bound: "192.168.1.20", port: 8080, extra: ["office-pc.lan", "[fe80::1]"])
        #expect(
            hosts.allows("192.168.1.20:8080") && hosts.allows("OFFICE-PC.lan:8080") && hosts.allows("[fe80::1]:8080"))
        #expect(!hosts.allows("192.168.1.21:8080"))
    }

    @Test func theRoutesAnswerTheirOwnHost() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = Application(router: PreviewServer(folder: folder, hosts: HostPolicy(port: nil)).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func headAnswersEveryGetRouteWithoutABody() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            for uri in [
                "/", "/preview?file=party-discipline-meeting.yaml&template=minutes",
                "/download?file=party-discipline-meeting.yaml&template=minutes&format=docx",
                "/summary?month=2026-11",
            ] {
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.body.readableBytes == 0)
                }
            }
        }
    }

    @Test(arguments: ["9999-12", "0001-01"])
    func theCalendarsEndsAreSummarised(month: String) async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/summary?month=\(month)", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// A file that loads alone but reuses another file's task id fails `validate DIR`: the index
    /// lists it with the files that have errors, at the id.
    @Test func theIndexListsAFileThatBreaksAFolderRule() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting: {title: 重复编号的会议, date: 2026-12-02}\ntasks:\n- {id: T-2026-11-01, content: 又一项}\n".write(
            to: folder.appendingPathComponent("reused.yaml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("有错误的文件"))
                // In the clerk's words, like the notes: the place, what, and the id as written.
                #expect(
                    page.contains("<span class=\"place\">任务分工 第1项 · 任务编号</span>：任务编号“T-2026-11-01”已在"), "\(page)")
                #expect(page.contains("<q>T-2026-11-01</q>") && !page.contains("reused.yaml:3:8: error:"))
            }
        }
    }

    /// A hidden file (a draft, a kept version) and a file that is no meeting are answered exactly
    /// as a missing one: the answer tells nothing about what else the folder holds.
    @Test func aHiddenFileIsAsMissingAsAMissingOne() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hidden = folder.appendingPathComponent(".gongwen/history")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("party-discipline-meeting.yaml"),
            to: hidden.appendingPathComponent("old.yaml"))
        try "services:\n  web: {}\n".write(
            to: folder.appendingPathComponent("docker-compose.yml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            var answers: [String: String] = [:]
            for file in [".gongwen/history/old.yaml", ".gongwen/history/none.yaml", "docker-compose.yml", "none.yaml"] {
                for route in ["preview", "download"] {
                    let encoded = file.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    try await client.execute(uri: "/\(route)?file=\(encoded)&format=docx", method: .get) { response in
                        #expect(response.status == .notFound, "\(route) \(file)")
                        answers["\(route) \(file)"] = String(buffer: response.body)
                    }
                }
            }
            #expect(Set(answers.values).count == 1, "\(answers)")
        }
    }

    @Test func filesThatAreNotMeetingsAreLeftOutOfTheIndex() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "services:\n  web: {}\n".write(
            to: folder.appendingPathComponent("docker-compose.yml"), atomically: true, encoding: .utf8)
        try "{}".write(to: folder.appendingPathComponent("summary-2026-11.json"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(!page.contains("docker-compose"))
                #expect(!page.contains("summary-2026-11.json"))
                #expect(!page.contains("有错误的文件"))
            }
        }
    }

    @Test func pagesSpeakEnglishWhenAsked() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting:\n  title: 坏\n  date: 2026-02-30\n".write(
            to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let app = Application(router: PreviewServer(folder: folder, language: .en).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("broken.yaml:3:9: error: meeting.date: '2026-02-30' is not a day"))
                #expect(
                    page.contains(">Minutes<") && page.contains(">Download<") && page.contains("Files with errors"))
            }
            try await client.execute(uri: "/preview?file=broken.yaml&template=minutes", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("This cannot be rendered"))
            }
        }
    }

    @Test func proofreadingFindingsStandBesideTheFile() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "meeting:\n  title: 会\n  date: 2026-11-20\ndecisions:\n  - 召开第*次会议\n".write(
            to: folder.appendingPathComponent("draft.yaml"), atomically: true, encoding: .utf8)
        try await Self.app(folder).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("校对提示（1）"))
                // In the clerk's words: where in the meeting, what, and the sentence; no YAML, no rule name.
                #expect(page.contains("<span class=\"place\">议定事项 第1项</span>：“*”像是没有填写的占位符"))
                #expect(page.contains("<q>召开第*次会议</q>"))
                #expect(!page.contains("warning:") && !page.contains("[placeholder]") && !page.contains(" 5 |"))
            }
        }
    }
}
