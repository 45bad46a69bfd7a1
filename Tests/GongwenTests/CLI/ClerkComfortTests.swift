import Foundation
import Testing

@testable import Gongwen

/// What the clerk sees around the documents (issue 21): no empty documents, names she can read,
/// help that lists what she may type, and a word on where the files went.
@Suite("The clerk's comfort", .serialized)
struct ClerkComfortTests {
    typealias CLI = CommandLineTests

    /// A folder with a meeting that recorded no speech and no tasks, and one that has both.
    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try "meeting:\n  title: 党委会\n  date: 2026-11-20\ndecisions: [通过了年度计划]\n".write(
            to: folder.appendingPathComponent("党委会.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aDocumentWithoutItsDataIsNotWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let both = try CLI.run(
            [
                "render", "党委会.yaml", "--template", "minutes", "--template", "speech", "--template", "accountability",
                "--format", "md", "--output", "out",
            ], in: folder)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("out")) == ["党委会.minutes.md"])
        #expect(both.stderr.contains("党委会.yaml:1:1: warning: no speech in this meeting; speech not written"))
        #expect(both.stderr.contains("党委会.yaml:1:1: warning: no tasks in this meeting; accountability not written"))

        // Nothing written at all is a failure, with the reason in the clerk's language.
        let only = try CLI.run(
            ["render", "党委会.yaml", "--template", "讲话稿", "--output", "speech-only"], in: folder,
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(only.status == 1)
        #expect(only.stderr.contains("warning: 本次会议没有讲话内容（speech）；未生成讲话稿"), "\(only.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("speech-only")).isEmpty)
    }

    @Test func outputsCanBeNamedInChinese() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            [
                "render", "党委会.yaml", "--template", "minutes-classic", "--format", "md,docx", "--names", "zh",
                "--output", "out",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("out")) == ["党委会.首部式纪要.docx", "党委会.首部式纪要.md"])
        // The house default, by the environment; --names en over it.
        let house = try CLI.run(
            ["render", "党委会.yaml", "--format", "md", "--output", "house"], in: folder,
            environment: ["GONGWEN_NAMES": "zh"])
        #expect(CLI.files(in: folder.appendingPathComponent("house")) == ["党委会.会议纪要.md"], "\(house.stderr)")
        let english = try CLI.run(
            ["render", "党委会.yaml", "--format", "md", "--names", "en", "--output", "en"], in: folder,
            environment: ["GONGWEN_NAMES": "zh"])
        #expect(CLI.files(in: folder.appendingPathComponent("en")) == ["党委会.minutes.md"], "\(english.stderr)")
        let wrong = try CLI.run(["render", "党委会.yaml", "--names", "fr"], in: folder)
        #expect(wrong.status == 64 && wrong.stderr.contains("--names takes en or zh"))
    }

    @Test func renderHelpListsEveryChineseName() throws {
        let help = try CLI.run(["render", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        for name in TemplateCatalog.chineseNames.filter({ !TemplateCatalog.folderOnly.contains($0.value) }).keys {
            #expect(help.output.contains(name), "render --help lacks \(name)")
        }
    }

    @Test func aSummaryToStandardOutputSaysWhyNot() throws {
        let result = try CLI.run(["summary", "Samples/monthly", "--month", "2026-11", "--output", "-"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("a summary writes several files"), "\(result.stderr)")
        #expect(!result.stderr.contains("give --output DIR\n"))
    }

    /// On a terminal (a pseudo-terminal made by util-linux `script`), the run ends with one line
    /// saying what it wrote and where; piped, it prints nothing on success.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalHearsWhereTheFilesWent() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "\(CLI.binary.path) render 党委会.yaml --output out"
        let onTerminal = try CLI.run(
            ["-qec", command, "/dev/null"], binary: URL(fileURLWithPath: "/usr/bin/script"), in: folder,
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(onTerminal.output.contains("已在 out/ 生成 4 个文件"), "\(onTerminal.output)")
        let piped = try CLI.run(["render", "党委会.yaml", "--output", "piped"], in: folder)
        #expect(piped.status == 0 && piped.stderr.isEmpty && piped.output.isEmpty, "\(piped.stderr)")
    }
}
