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

    @Test func aConversionThatOverrunsIsStoppedWithEveryProcessOfIt() throws {
        // Like soffice, it hands over to a child (soffice.bin) that carries the profile argument ($1).
        let script = try Self.fakeOffice(
            """
            sh -c 'sleep 120; exit 0' "$0-child" "$1" &
            sleep 120

            """)
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        let started = ContinuousClock.now
        #expect {
            _ = try PDFConversion.convert([Data("PK".utf8)], names: ["out/会议.minutes.pdf"], program: script, seconds: 2)
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
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(Self.processes(holding: script.path + "-child").isEmpty, "the child carrying the profile lives on")
    }

    @Test func aProgramThatWritesNoPDFIsAnErrorNamingTheTarget() throws {
        let script = try Self.fakeOffice("echo 'Error: source file could not be loaded' >&2\nexit 0\n")
        defer { try? FileManager.default.removeItem(at: script.deletingLastPathComponent()) }
        #expect {
            _ = try PDFConversion.convert(
                [Data("PK".utf8), Data("PK".utf8)], names: ["a.pdf", "b.pdf"], program: script, seconds: 30)
        } throws: { error in
            guard case GongwenError.io("a.pdf", .pdfConversionFailed(let reason))? = error as? GongwenError else {
                return false
            }
            return reason == "Error: source file could not be loaded"
        }
    }
}
