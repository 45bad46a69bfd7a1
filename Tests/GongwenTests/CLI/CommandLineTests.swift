import Foundation
import Testing

@testable import Gongwen

/// The `gongwen` binary run as scripts and cron jobs run it: arguments in, files, output and exit status out.
@Suite("Command line", .serialized)
struct CommandLineTests {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let binary: URL = {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gongwen")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestSupport.root.appendingPathComponent(".build/debug/gongwen")
    }()

    static let badInput = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInput")

    static func run(
        _ arguments: [String], binary: URL = binary, in folder: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // The locale is the test's to set: English unless a test asks otherwise.
        var variables = ProcessInfo.processInfo.environment.filter {
            !["LANG", "LC_ALL", "LC_MESSAGES", "GONGWEN_LANG"].contains($0.key)
        }
        variables["LANG"] = "C.UTF-8"
        process.environment = variables.merging(environment) { $1 }
        process.currentDirectoryURL = folder ?? TestSupport.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func renderWritesEightFilesAndRerunsByteIdentical() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = [
            "render", "Samples/party-discipline-meeting.yaml", "--template", "minutes", "--template", "speech",
            "--output", out.path,
        ]
        let first = try Self.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        let names = Self.files(in: out)
        #expect(
            names
                == ["minutes", "speech"].flatMap { template in
                    ["docx", "html", "md", "xml"].map { "party-discipline-meeting.\(template).\($0)" }
                })
        let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(try Self.run(arguments).status == 0)
        let after = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(before == after)
    }

    @Test func formatsAndStandardOutput() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run([
            "render", "Samples/safety-special-meeting.json", "--format", "md,html", "--output", out.path,
        ])
        #expect(result.status == 0)
        #expect(Self.files(in: out) == ["safety-special-meeting.minutes.html", "safety-special-meeting.minutes.md"])
        let piped = try Self.run(["render", "Samples/safety-special-meeting.json", "--format", "md", "--output", "-"])
        #expect(piped.status == 0)
        #expect(piped.output.hasPrefix("**市交通委员会会议纪要**"))
        #expect(piped.stdout == (try Data(contentsOf: out.appendingPathComponent("safety-special-meeting.minutes.md"))))
    }

    /// `--format pdf`: LibreOffice's PDF of the Word file, for every input in one run; without
    /// LibreOffice, an error that names the package, and no file of the run written.
    @Test func pdfComesFromTheWordFileAndNeedsLibreOffice() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let inputs = ["Samples/safety-special-meeting.json", "Samples/branch-monthly-meeting.yaml"]
        let missing = try Self.run(
            ["render"] + inputs + ["--format", "md,pdf", "--output", out.path],
            environment: ["GONGWEN_SOFFICE": "/nonexistent/soffice"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("apt-get install libreoffice-writer"))
        #expect(Self.files(in: out).isEmpty)

        let result = try Self.run(["render"] + inputs + ["--format", "pdf,docx", "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            Self.files(in: out) == [
                "branch-monthly-meeting.minutes.docx", "branch-monthly-meeting.minutes.pdf",
                "safety-special-meeting.minutes.docx", "safety-special-meeting.minutes.pdf",
            ])
        let pdf = try Data(contentsOf: out.appendingPathComponent("safety-special-meeting.minutes.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // The document is on its pages: a PDF of an empty page is about 1 KB.
        #expect(pdf.count > 10_000)
    }

    @Test(arguments: [
        ["render"],
        ["render", "Samples/party-discipline-meeting.yaml", "--format", "pfd"],
        ["render", "Samples/party-discipline-meeting.yaml", "--output", "-"],
        ["render", "--bogus"],
        ["frobnicate"],
    ])
    func wrongUsageExits64(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [
        "empty.yaml", "unknown-key.yaml", "bad-values.json", "broken-syntax.yaml", "broken-syntax.json",
        "not-utf8.yaml", "garbage.yaml", "control-character.yaml",
    ])
    func badInputGetsPlacedErrorsAndWritesNothing(file: String) throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = Self.badInput.appendingPathComponent(file).path
        let result = try Self.run(["render", path, "--output", out.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("\(path):"), "\(line)")
            #expect(line.contains(": error: "))
            let fields = line.dropFirst(path.count + 1).split(separator: ":")
            #expect(Int(fields[0]) != nil && Int(fields[1]) != nil, "no line and column in \(line)")
        }
        #expect(Self.files(in: out).isEmpty)
        let validation = try Self.run(["validate", path])
        #expect(validation.status == 1)
        #expect(validation.stderr == result.stderr)
    }

    @Test func oneBadFileDoesNotStopTheGoodOnes() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run([
            "render", Self.badInput.appendingPathComponent("unknown-key.yaml").path,
            "Samples/branch-monthly-meeting.yaml", "--format", "md", "--output", out.path,
        ])
        #expect(result.status == 1)
        #expect(Self.files(in: out) == ["branch-monthly-meeting.minutes.md"])
    }

    @Test func aFailedRunKeepsTheLastGoodFile() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let data = out.appendingPathComponent("m.yaml")
        try Data(contentsOf: TestSupport.samples.appendingPathComponent("branch-monthly-meeting.yaml")).write(to: data)
        #expect(try Self.run(["render", data.path, "--format", "md", "--output", out.path]).status == 0)
        let good = try Data(contentsOf: out.appendingPathComponent("m.minutes.md"))
        try Data("meeting:\n  title: 会\n  date: 2026-11-31\n".utf8).write(to: data)
        #expect(try Self.run(["render", data.path, "--format", "md", "--output", out.path]).status == 1)
        #expect(try Data(contentsOf: out.appendingPathComponent("m.minutes.md")) == good)
        #expect(Self.files(in: out) == ["m.minutes.md", "m.yaml"])
    }

    @Test func validateIsSilentWhenAllIsWell() throws {
        let result = try Self.run(["validate", "Samples"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty && result.stdout.isEmpty)
    }

    @Test func brokenUserTemplateIsReportedWithItsLine() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("broken.mustache")
        try "<html><body>\n<h1>{{title}}</h1>\n<p>{{date}}\n</body></html>\n".write(
            to: template, atomically: true, encoding: .utf8)
        let result = try Self.run([
            "render", "Samples/branch-monthly-meeting.yaml", "--template", template.path,
            "--output", folder.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(template.path):4:"), "\(result.stderr)")
        #expect(Self.files(in: folder) == ["broken.mustache"])
    }

    @Test func aCopiedBinaryWorksFromAnotherFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("gongwen")
        try FileManager.default.copyItem(at: Self.binary, to: copy)
        let sample = TestSupport.samples.appendingPathComponent("party-discipline-meeting.yaml").path
        let result = try Self.run(
            ["render", sample, "--template", "speech", "--format", "docx", "--output", "out"],
            binary: copy, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("out/party-discipline-meeting.speech.docx").path))
        let list = try Self.run(["templates"], binary: copy, in: folder)
        #expect(list.output.contains("minutes") && list.output.contains("speech"))
    }
}
