import Foundation
import Testing

@testable import Gongwen

/// `gongwen check`: warnings, `--strict`, `--allow`, `--format json`, the office's settings file (issue 15).
@Suite("Check command", .serialized)
struct CheckCommandTests {
    typealias CLI = CommandLineTests

    static let defects = "Tests/GongwenTests/Proofreading/Corpus/defects.yaml"

    @Test func findingsAreWarningsUnlessStrict() throws {
        let plain = try CLI.run(["check", Self.defects])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("defects.yaml:12:8: warning: decisions[0]: '*' looks like a placeholder"))
        #expect(plain.stderr.contains("[placeholder]"))
        let strict = try CLI.run(["check", Self.defects, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("defects.yaml:12:8: error: decisions[0]:"))
        let clean = try CLI.run(["check", "Samples", "--strict"])
        #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
    }

    @Test func aRuleCanBeSwitchedOff() throws {
        let result = try CLI.run(["check", Self.defects, "--allow", "placeholder", "--allow", "attendance"])
        #expect(!result.stderr.contains("[placeholder]") && !result.stderr.contains("[attendance]"))
        #expect(result.stderr.contains("[watermark]"))
        let unknown = try CLI.run(["check", Self.defects, "--allow", "spelling", "--lang", "zh"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("没有名为“spelling”的校对规则"))
    }

    @Test func jsonListsTheFindingsForScripts() throws {
        let result = try CLI.run(["check", Self.defects, "--format", "json"])
        #expect(result.status == 0)
        let findings = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(findings.count == 25)
        let first = try #require(findings.first { ($0["rule"] as? String) == "watermark" })
        #expect(first["line"] as? Int == 18 && first["column"] as? Int == 5)
        #expect(first["path"] as? String == "decisions[6]" && first["severity"] as? String == "warning")
        #expect((first["message"] as? String)?.contains("扫码关注公众号") == true)
    }

    @Test func theOfficesSettingsFileIsRead() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (TestSupport.minimal + "decisions:\n  - 本文来自江临政务网\n  - 召开第*次会议\n").write(
            to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        try "allow: [placeholder]\nwatermarks: [江临政务网]\n".write(
            to: folder.appendingPathComponent(".gongwen-check.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "m.yaml"], in: folder)
        #expect(result.stderr.contains("m.yaml:5:9: warning:") && result.stderr.contains("[watermark]"))
        #expect(!result.stderr.contains("[placeholder]"))
    }

    @Test func validateAndRenderPrintTheSameWarnings() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let check = try CLI.run(["check", Self.defects])
        let validate = try CLI.run(["validate", Self.defects])
        let render = try CLI.run(["render", Self.defects, "--format", "md", "--output", out.path])
        #expect(validate.status == 0 && render.status == 0)
        #expect(validate.stderr == check.stderr && render.stderr == check.stderr)
    }
}
