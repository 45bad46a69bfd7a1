import Foundation

/// How the form numbers a new task, so that the clerk never has to invent an id: the house
/// pattern with the meeting's day and a running number, e.g. `<date>-NN` → `2026-12-02-01`.
///
/// In a pattern `<date>` stands for the day (`2026-12-02`), `<year>`, `<month>`, `<day>` for its
/// parts (`2026`, `12`, `02`), and one run of `N` for the number, with at least as many digits as
/// there are `N`s. Everything else is written as it stands (`T-<year>-NNN` → `T-2026-001`).
public struct TaskIdPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as given.
    public let description: String
    private let before: String
    private let after: String
    private let width: Int

    /// The default pattern, `<date>-NN`.
    public static let standard = TaskIdPattern("<date>-NN")!

    /// The pattern `text`; nil when it has no run of `N` or more than one.
    public init?(_ text: String) {
        let runs = text.split(omittingEmptySubsequences: false) { $0 != "N" }.filter { !$0.isEmpty }
        guard runs.count == 1, let run = text.range(of: String(runs[0])) else { return nil }
        description = text
        before = String(text[..<run.lowerBound])
        after = String(text[run.upperBound...])
        width = runs[0].count
    }

    /// The next id for a task of a meeting held on `day`: one more than the highest number that
    /// the pattern gives for that day among `taken`, so that a deleted task's number is not given
    /// again to another; the first is 1.
    public func next(on day: CalendarDate, taken: some Sequence<String>) -> String {
        let prefix = Self.fill(before, day), suffix = Self.fill(after, day)
        var highest = 0
        for id in taken where id.hasPrefix(prefix) && id.hasSuffix(suffix) && id.count > prefix.count + suffix.count {
            let digits = id.dropFirst(prefix.count).dropLast(suffix.count)
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) {
                highest = max(highest, number)
            }
        }
        let number = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, width - number.count)) + number + suffix
    }

    private static func fill(_ text: String, _ day: CalendarDate) -> String {
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return text.replacingOccurrences(of: "<date>", with: day.description)
            .replacingOccurrences(of: "<year>", with: String(day.year))
            .replacingOccurrences(of: "<month>", with: two(day.month))
            .replacingOccurrences(of: "<day>", with: two(day.day))
    }
}
