import Foundation
import Testing

@testable import Gongwen

/// Every sample × template × format against its golden file.
///
/// Re-record after an intended change with `GONGWEN_RECORD_GOLDEN=1 swift test --filter Golden`;
/// a recording run fails on purpose, so CI can never record silently. The `.docx` has no golden of its
/// own: it is compared part by part with the `.xml` golden's parts.
@Suite("Sample goldens")
struct SampleGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let templates = ["minutes", "speech", "accountability"]

    /// Every sample × template that writes a document: a meeting without a speech gets no 讲话稿
    /// (`TemplateNeed`), so it has no golden for one.
    static var cases: [(String, String)] {
        TestSupport.sampleFiles.flatMap { file in
            let meeting = try? MeetingLoader().load(contentsOf: file)
            return templates.filter { template in
                meeting.map { TemplateNeed(templateName: template)?.isMet(by: $0) ?? true } ?? true
            }.map { (file.lastPathComponent, $0) }
        }
    }

    static let origins = FolderTaskOrigins().origins(in: TestSupport.samples.path)

    static func outputs(_ sample: String, _ template: String) throws -> [String: Data] {
        let meeting = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent(sample), displayName: "Samples/\(sample)")
        // As `render` does: earlier tasks are looked up in the sample's folder.
        let view = MeetingView(meeting, origins: origins)
        return try Golden.outputs(try TemplateCatalog().template(template).render(view))
    }

    @Test(arguments: cases)
    func matchesGolden(sample: String, template: String) throws {
        let stem = (sample as NSString).deletingPathExtension + "." + template
        try Golden.check(
            try Self.outputs(sample, template), stem: stem, in: Self.golden,
            extensions: ["tree", "md", "html", "xml"])
    }

    @Test(
        .tags(.needsCmarkGFM), .enabled(if: CommonMarkReader.isInstalled, "cmark-gfm is not installed"),
        arguments: cases)
    func paragraphsReadTheSameInEveryFormat(sample: String, template: String) throws {
        try Golden.checkConsistency(try Self.outputs(sample, template))
    }

    @Test(arguments: cases)
    func everyXMLOutputParses(sample: String, template: String) throws {
        let outputs = try Self.outputs(sample, template)
        _ = try XMLTree.parse(String(decoding: outputs["xml"]!, as: UTF8.self))
        for (name, data) in try WordParts.docx(outputs["docx"]!) {
            #expect(throws: Never.self, "\(name)") { _ = try XMLTree.parse(String(decoding: data, as: UTF8.self)) }
        }
    }
}
