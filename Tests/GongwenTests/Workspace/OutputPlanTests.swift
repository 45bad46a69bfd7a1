import Foundation
import Testing

@testable import Gongwen

@Suite("Output plan")
struct OutputPlanTests {
    @Test func twoInputsWithOneNameCollideBeforeAnythingIsWritten() {
        let plan = OutputPlan(destination: URL(fileURLWithPath: "out", isDirectory: true))
        let problems = plan.collisions(
            inputs: ["2026-10/党委会.yaml", "2026-11/党委会.yaml", "other.yaml"], templates: ["minutes"],
            formats: [.markdown, .docx])
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "2026-11/党委会.yaml")
        #expect(problems.first?.message.contains("2026-10/党委会.yaml") == true)
        #expect(problems.first?.message.contains("党委会.minutes.md") == true)
    }

    @Test func mirroredFoldersKeepEveryInputApart() {
        let plan = OutputPlan(destination: URL(fileURLWithPath: "/tmp/out", isDirectory: true), layout: .mirrored)
        let inputs = ["2026-10/党委会.yaml", "2026-11/党委会.yaml", "/elsewhere/党委会.yaml"]
        #expect(
            plan.collisions(inputs: inputs, templates: ["minutes", "speech"], formats: OutputFormat.allCases).isEmpty)
        #expect(
            plan.target(for: "2026-10/党委会.yaml", template: "minutes", format: .docx).path
                == "/tmp/out/2026-10/党委会.minutes.docx")
        #expect(
            plan.target(for: "/elsewhere/党委会.yaml", template: "minutes", format: .docx).path
                == "/tmp/out/elsewhere/党委会.minutes.docx")
    }

    @Test func twoSpellingsOfOneFolderCollideWhenFoldersAreKept() {
        let plan = OutputPlan(destination: URL(fileURLWithPath: "/tmp/out", isDirectory: true), layout: .mirrored)
        let problems = plan.collisions(
            inputs: ["2026-10/党委会.yaml", "2026-11/../2026-10/党委会.yaml", "./2026-10/./党委会.yaml"],
            templates: ["minutes"], formats: [.docx])
        #expect(problems.map(\.location.file) == ["2026-11/../2026-10/党委会.yaml", "./2026-10/./党委会.yaml"])
    }

    @Test func aTemplateNameWithAFolderIsResolvedLikeAPath() {
        // `p.t/../z.html` and `q.t/../z.html` are one file, `/tmp/out/z.html`.
        let plan = OutputPlan(destination: URL(fileURLWithPath: "/tmp/out/", isDirectory: true))
        let problems = plan.collisions(inputs: ["p.yaml", "q.yaml"], templates: ["t/../z"], formats: [.html])
        #expect(problems.map(\.location.file) == ["q.yaml"])
    }

    @Test func theRootAsOutputFolderJoinsNamesWithOneSlash() {
        // `p.y/../../p.x.html` under `/` is `/p.x.html`, the file template `x` writes.
        let plan = OutputPlan(destination: URL(fileURLWithPath: "/", isDirectory: true))
        let problems = plan.collisions(inputs: ["p.yaml"], templates: ["x", "y/../../p.x"], formats: [.html])
        #expect(problems.count == 1)
    }

    @Test func twoTemplatesOfOneNameCollide() {
        let plan = OutputPlan(destination: URL(fileURLWithPath: "out", isDirectory: true))
        let problems = plan.collisions(inputs: ["m.yaml"], templates: ["minutes", "minutes"], formats: [.html])
        #expect(problems.count == 1)
    }

    @Test func summaryNamesAreRecognised() {
        #expect(SummaryRun.isSummaryFileName("summary-2026-11.json"))
        #expect(SummaryRun.isSummaryFileName("summary-2026-11.accountability.md"))
        #expect(!SummaryRun.isSummaryFileName("summary-of-november.yaml"))
        #expect(!SummaryRun.isSummaryFileName("2026-11-summary.yaml"))
    }
}
