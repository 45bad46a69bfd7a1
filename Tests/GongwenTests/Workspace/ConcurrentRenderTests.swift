import Foundation
import Testing

@testable import Gongwen

/// Output is byte-identical from run to run also when many documents are written at once: the
/// ZIP entry dates once mixed between threads (libc's shared `gmtime` buffer), so a package
/// could carry another package's year.
@Suite("Concurrent rendering")
struct ConcurrentRenderTests {
    private static let stamp = Date(timeIntervalSince1970: 1_700_000_000)

    /// One job: a sample meeting, rendered with every built-in template and format, with or
    /// without a timestamp.
    private struct Job: Sendable {
        let meeting: Meeting
        let timestamp: Date?
    }

    private static func render(_ job: Job, templates: [DocumentTemplate]) throws -> [Data] {
        let run = RenderRun(
            templates: templates, formats: OutputFormat.standard, options: WriterOptions(timestamp: job.timestamp),
            ledgerFolder: TestSupport.samples.path)
        return try run.outputs(for: job.meeting).outputs.map(\.data)
    }

    @Test func twoHundredRendersOnEveryCoreMatchOneByOne() async throws {
        let catalog = TemplateCatalog()
        let templates = try ["minutes", "minutes-classic", "speech", "accountability"].map { try catalog.template($0) }
        let meetings = try TestSupport.sampleFiles.map { try MeetingLoader().load(contentsOf: $0) }
        let jobs = meetings.flatMap { [Job(meeting: $0, timestamp: nil), Job(meeting: $0, timestamp: Self.stamp)] }
        let expected = try jobs.map { try Self.render($0, templates: templates) }

        let rounds = 200
        let mismatches = try await withThrowingTaskGroup(of: Int?.self) { group in
            for round in 0..<rounds {
                group.addTask {
                    let index = round % jobs.count
                    return try Self.render(jobs[index], templates: templates) == expected[index] ? nil : round
                }
            }
            return try await group.reduce(into: [Int]()) { if let round = $1 { $0.append(round) } }
        }
        #expect(mismatches.isEmpty, "rounds whose bytes differed from the one-by-one render: \(mismatches.sorted())")
        // Both kinds of job ran at once, so a mix-up between dated and undated packages would show.
        #expect(Set(jobs.map { $0.timestamp == nil }) == [true, false])
    }
}
