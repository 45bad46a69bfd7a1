import Foundation
import Mustache
import Testing

@testable import Gongwen

/// Every stored property of every view is answered by `child(named:)`, as reflection would have.
@Suite("View fields for templates")
struct ViewFieldTests {
    static func views() throws -> [Any] {
        let folder = TestSupport.samples.appendingPathComponent("monthly")
        let meetings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            try MeetingLoader().load(contentsOf: folder.appendingPathComponent($0))
        }
        let seed = try MeetingLoader().load(
            contentsOf: TestSupport.samples.appendingPathComponent("party-discipline-meeting.yaml"))
        let summary = SummaryView(MonthlySummary(month: YearMonth("2026-11")!, meetings: meetings))
        // `accountability` is computed on demand, so its view is walked on its own.
        return [MeetingView(seed), summary, summary.accountability, MeetingView(seed).accountability]
    }

    /// Walks a view and everything it holds, checking each value against its mirror.
    static func check(_ value: Any, path: String, seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, path: path + "[]", seen: &seen) }
            return
        }
        if mirror.displayStyle == .optional {
            if let child = mirror.children.first { check(child.value, path: path, seen: &seen) }
            return
        }
        guard mirror.displayStyle == .struct, let parent = value as? MustacheParent else { return }
        seen.insert(String(describing: type(of: value)))
        for child in mirror.children {
            // `_name` is private storage behind a computed field, not a field itself.
            guard let label = child.label, !label.hasPrefix("_") else { continue }
            // The answer must be this very field's value, not merely present: two swapped
            // cases of the hand-written switch answer with another field's value.
            let answer = parent.child(named: label)
            #expect(Self.dumped(answer) == Self.dumped(child.value), "\(path).\(label)")
            check(child.value, path: path + "." + label, seen: &seen)
        }
        if let computed = parent.child(named: "accountability") {
            #expect(computed is AccountabilityView, "\(path).accountability")
        }
    }

    /// The value's full dump, an optional's wrapped value in its place (`child(named:)` answers
    /// `nil` or the value itself).
    static func dumped(_ value: Any?) -> String {
        guard var value else { return "nil" }
        while Mirror(reflecting: value).displayStyle == .optional {
            guard let wrapped = Mirror(reflecting: value).children.first?.value else { return "nil" }
            value = wrapped
        }
        var text = ""
        dump(value, to: &text)
        return text
    }

    @Test func everyPropertyIsReachable() throws {
        var seen: Set<String> = []
        for view in try Self.views() { Self.check(view, path: String(describing: type(of: view)), seen: &seen) }
        #expect(seen.count >= 20, "\(seen.sorted())")
    }
}
