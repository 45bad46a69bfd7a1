import Foundation
import Testing

@testable import Gongwen

/// Every sample × template × format against its golden file.
///
/// Re-record after an intended change with `GONGWEN_RECORD_GOLDEN=1 swift test --filter SampleGoldenTests`;
/// a recording run fails on purpose, so CI can never record silently. The `.docx` has no golden of its
/// own: it is compared part by part with the `.xml` golden's parts.
@Suite("Sample goldens")
struct SampleGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["GONGWEN_RECORD_GOLDEN"] == "1"
    static let templates = ["minutes", "speech"]

    static var cases: [(String, String)] {
        TestSupport.sampleFiles.flatMap { file in templates.map { (file.lastPathComponent, $0) } }
    }

    static func render(_ sample: String, _ template: String) throws -> (document: Document, outputs: [String: Data]) {
        let meeting = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent(sample), displayName: "Samples/\(sample)")
        let document = try TemplateCatalog().template(template).render(MeetingView(meeting))
        var outputs: [String: Data] = ["tree": Data(TreeDumper.dump(document).utf8)]
        for (format, data) in zip(OutputFormat.allCases, try document.write(OutputFormat.allCases)) {
            outputs[format.fileExtension] = data
        }
        return (document, outputs)
    }

    @Test(arguments: cases)
    func matchesGolden(sample: String, template: String) throws {
        let (_, outputs) = try Self.render(sample, template)
        let stem = (sample as NSString).deletingPathExtension
        for ext in ["tree", "md", "html", "xml"] {
            let url = Self.golden.appendingPathComponent("\(stem).\(template).\(ext)")
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                try outputs[ext]!.write(to: url)
                Issue.record("recorded \(url.lastPathComponent); run again without GONGWEN_RECORD_GOLDEN")
                continue
            }
            let expected = try Data(contentsOf: url)
            #expect(outputs[ext] == expected, "\(url.lastPathComponent) differs; see the test's doc comment")
        }
        let docx = try WordParts.docx(outputs["docx"]!)
        let flat = WordParts.flat(outputs["xml"]!)
        #expect(Set(flat.keys) == Set(docx.keys).subtracting(["[Content_Types].xml"]))
        for (name, part) in flat {
            #expect(part.xml == WordParts.root(of: docx[name]!), "\(name) differs between .xml and .docx")
        }
    }

    @Test(arguments: cases)
    func paragraphsReadTheSameInEveryFormat(sample: String, template: String) throws {
        let (_, outputs) = try Self.render(sample, template)
        let markdown = ParagraphText.markdown(String(decoding: outputs["md"]!, as: UTF8.self))
        let html = ParagraphText.html(outputs["html"]!)
        let docx = ParagraphText.word(documentXML: try WordParts.docx(outputs["docx"]!)["word/document.xml"]!)
        let flatDocument = WordParts.flat(outputs["xml"]!)["word/document.xml"]!.xml
        let flat = ParagraphText.word(documentXML: Data(flatDocument.utf8))
        #expect(markdown.count >= 3)
        #expect(html == markdown)
        #expect(docx == markdown)
        #expect(flat == docx)
    }

    @Test(arguments: cases)
    func everyXMLOutputParses(sample: String, template: String) throws {
        let (_, outputs) = try Self.render(sample, template)
        _ = try XMLTree.parse(String(decoding: outputs["xml"]!, as: UTF8.self))
        for (name, data) in try WordParts.docx(outputs["docx"]!) {
            #expect(throws: Never.self, "\(name)") { _ = try XMLTree.parse(String(decoding: data, as: UTF8.self)) }
        }
    }
}
