import Foundation
import Testing

@testable import Gongwen

/// Both sample months × both summary templates × every format, and the JSON, against golden files.
/// Re-record as the sample goldens: `GONGWEN_RECORD_GOLDEN=1 swift test --filter Golden`.
@Suite("Summary goldens")
struct SummaryGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let cases = [("2026-10", "monthly-summary"), ("2026-11", "monthly-summary"), ("2026-11", "accountability")]

    static func summary(_ month: String) -> MonthlySummary {
        MonthlySummary(month: YearMonth(month)!, meetings: MonthlySummaryTests.meetings)
    }

    static func outputs(_ month: String, _ template: String) throws -> [String: Data] {
        try Golden.outputs(try TemplateCatalog().template(template).render(SummaryView(summary(month))))
    }

    @Test(arguments: cases)
    func matchesGolden(month: String, template: String) throws {
        try Golden.check(
            try Self.outputs(month, template), stem: "summary-\(month).\(template)", in: Self.golden,
            extensions: ["tree", "md", "html", "xml"])
    }

    @Test(
        .tags(.needsCmarkGFM), .enabled(if: CommonMarkReader.isInstalled, "cmark-gfm is not installed"),
        arguments: cases)
    func paragraphsReadTheSameInEveryFormat(month: String, template: String) throws {
        try Golden.checkConsistency(try Self.outputs(month, template))
    }

    @Test(arguments: ["2026-10", "2026-11"])
    func jsonMatchesGolden(month: String) throws {
        try Golden.check(
            ["json": try Self.summary(month).json()], stem: "summary-\(month)", in: Self.golden,
            extensions: ["json"])
    }
}
