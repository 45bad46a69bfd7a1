import Foundation

/// A calendar month (`2026-11`), the period of a monthly summary.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// 1 to 12.
    public let month: Int

    /// Creates a month when the numbers are valid.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month of a day.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// The month that holds today's date in the local time zone.
    public static func current(now: Date = Date(), calendar: Calendar = .current) -> YearMonth {
        let parts = calendar.dateComponents([.year, .month], from: now)
        return YearMonth(year: parts.year!, month: parts.month!)!
    }

    /// The first day.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    /// The last day.
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }
    /// The month before.
    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)!
    }
    /// The month after.
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }

    /// Whether `date` falls in this month.
    public func contains(_ date: CalendarDate) -> Bool {
        date.year == year && date.month == month
    }

    /// `2026-11`.
    public var description: String {
        String(format: "%04d-%02d", year, month)
    }

    /// `2026年11月`.
    public var chinese: String { "\(year)年\(month)月" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
