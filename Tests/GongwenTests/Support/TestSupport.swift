import Foundation
import Testing

@testable import Gongwen

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let samples = root.appendingPathComponent("Samples")

    /// The sample meeting files, sorted.
    static var sampleFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
            .map { samples.appendingPathComponent($0) }
    }

    /// Loads YAML text as a meeting, failing the test on errors.
    static func meeting(_ yaml: String, file: String = "test.yaml") throws -> Meeting {
        try MeetingLoader().load(data: Data(yaml.utf8), file: file)
    }

    /// The diagnostics a text produces (empty when it loads).
    static func diagnostics(_ text: String, file: String = "test.yaml") -> [Diagnostic] {
        diagnostics(Data(text.utf8), file: file)
    }

    /// Any other failure (a file that cannot be read, one that is not a meeting file) is recorded
    /// as a test failure, so that "no problems" never hides it.
    static func diagnostics(_ data: Data, file: String = "test.yaml") -> [Diagnostic] {
        do {
            _ = try MeetingLoader().load(data: data, file: file)
            return []
        } catch {
            guard case .invalidData(let problems) = error else {
                Issue.record("expected problems with the data or none, got: \(error)")
                return error.asDiagnostics
            }
            return problems
        }
    }

    /// A minimal valid meeting, to which tests add keys.
    static let minimal = """
        meeting:
          title: 测试会议
          date: 2026-11-20

        """

    /// Renders a built-in template for a meeting.
    static func document(_ meeting: Meeting, template: String = "minutes") throws -> Document {
        try TemplateCatalog().template(template).render(MeetingView(meeting))
    }

    /// A document from a template text, through the whole template stage.
    static func document(templateText: String, view: Any = [String: Any]()) throws -> Document {
        let template = try DocumentTemplate(
            name: "test", file: "test.mustache", text: templateText, partials: BuiltInFiles.partials,
            schema: TemplateCatalog.schema)
        return try template.render(view)
    }
}
