import Foundation
import Testing

@testable import Gongwen

/// The paths of `PDFConversion` that do not need LibreOffice: a stand-in program that hangs, one
/// that fails, one that writes no PDF.
@Suite("PDF conversion without LibreOffice")
struct PDFConversionTests {
    /// A folder holding an executable script `soffice` with `body`, removed by the caller.
    private static func fakeOffice(_ body: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fake-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("soffice")
        try ("#!/bin/sh\n" + body).write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// Processes whose command line holds `text`.
    private static func processes(holding text: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard Int32(entry) != nil,
                let line = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")),
                String(decoding: line, as: UTF8.self).contains(text)
            else { return nil }
            return entry
        }
    }

    @Test func aConversionThatOverrunsIsStoppedWithEveryProcessOfIt() async throws {
        // Like soffice, it hands over to a child (soffice.bin) that carries the profile argument ($1).
        let script = try Self.fakeOffice(
            """
            sh -c 'sleep 120; exit 0' "$0-child" "$1" &
            sleep 120

            """)
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let started = ContinuousClock.now
        await #expect {
            _ = try await PDFConversion.convert(
                [Data("PK".utf8)], names: ["out/会议.minutes.pdf"], program: script, seconds: 2)
        } throws: { error in
            guard case GongwenError.io(let path, .pdfConversionTimedOut(seconds: 2))? = error as? GongwenError else {
                return false
            }
            return path == "out/会议.minutes.pdf"
        }
        // Stopped at its limit, not after the child's two minutes: the time limit is the behaviour.
        #expect(ContinuousClock.now - started < .seconds(60))
        // SIGKILL is delivered at once, but /proc may list a killed child until its parent reaps it.
        let deadline = ContinuousClock.now + .seconds(10)
        while !Self.processes(holding: script.path + "-child").isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(Self.processes(holding: script.path + "-child").isEmpty, "the child carrying the profile lives on")
    }

    @Test func aProgramThatWritesNoPDFIsAnErrorNamingTheTarget() async throws {
        let script = try Self.fakeOffice("echo 'Error: source file could not be loaded' >&2\nexit 0\n")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        await #expect {
            _ = try await PDFConversion.convert(
                [Data("PK".utf8), Data("PK".utf8)], names: ["a.pdf", "b.pdf"], program: script, seconds: 30)
        } throws: { error in
            guard case GongwenError.io("a.pdf", .pdfConversionFailed(let reason))? = error as? GongwenError else {
                return false
            }
            return reason == "Error: source file could not be loaded"
        }
    }

    /// A stand-in LibreOffice that takes `seconds`, notes each run's start and end in `log`, and
    /// writes a PDF holding each input's bytes.
    static func slowOffice(seconds: Double, log: URL) throws -> URL {
        try fakeOffice(
            """
            echo "start $$" >> '\(log.path)'
            sleep \(seconds)
            out=""; next=0
            for arg in "$@"; do
              if [ $next = 1 ]; then out="$arg"; next=0; fi
              [ "$arg" = "--outdir" ] && next=1
            done
            for arg in "$@"; do
              case "$arg" in *.docx) { printf '%%PDF-1.4 '; cat "$arg"; } > "$out/$(basename "$arg" .docx).pdf";; esac
            done
            echo "end $$" >> '\(log.path)'

            """)
    }

    @Test func theQueueSharesOneConversionAmongIdenticalRequests() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString).log")
        let script = try Self.slowOffice(seconds: 0.5, log: log)
        defer {
            try? FileManager.default.removeItem(at: script.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: log)
        }
        let queue = PDFQueue(program: script, seconds: 30)
        let pdfs = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<5 { group.addTask { try await queue.pdf(of: Data("PK same".utf8), name: "月度总结.pdf") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(pdfs.count == 5 && Set(pdfs) == [Data("%PDF-1.4 PK same".utf8)])
        let runs = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("start") }
        #expect(runs.count == 1, "five requests for one Word file started LibreOffice \(runs.count) times")
    }

    @Test func theQueueRunsOneConversionAtATimeAndRefusesBeyondItsLine() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString).log")
        let script = try Self.slowOffice(seconds: 0.3, log: log)
        defer {
            try? FileManager.default.removeItem(at: script.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: log)
        }
        let queue = PDFQueue(limit: 1, capacity: 2, program: script, seconds: 30)
        let results = await withTaskGroup(of: Result<Data, GongwenError>.self) { group in
            for index in 0..<4 {
                group.addTask {
                    do throws(GongwenError) {
                        return .success(try await queue.pdf(of: Data("PK \(index)".utf8), name: "\(index).pdf"))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // One runs, two wait, the fourth is told to come back.
        let refused = results.filter {
            if case .failure(.io(_, .pdfQueueFull)) = $0 { true } else { false }
        }
        #expect(results.filter { (try? $0.get()) != nil }.count == 3 && refused.count == 1)
        // The runs never overlap: each start follows the previous end.
        let events = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: " ")[0]
        }
        #expect(events == ["start", "end", "start", "end", "start", "end"])
    }
}
