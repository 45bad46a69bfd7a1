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

    /// The month that holds today's date in the local time zone (clamped to the years 1 to 9999).
    public static func current(now: Date = Date(), calendar: Calendar = .current) -> YearMonth {
        let parts = calendar.dateComponents([.year, .month], from: now)
        let year = min(max(parts.year ?? 1, 1), 9999)
        return YearMonth(year: year, month: parts.month ?? 1) ?? YearMonth(year: year, month: 1)!
    }

    /// Reads a `--month` value: `YYYY-MM`, `current` or `previous` (from `now` in local time).
    /// Nil for any other text, and for `previous` in January of year 1.
    public init?(argument: String, now: Date = Date(), calendar: Calendar = .current) {
        switch argument {
        case "current": self = YearMonth.current(now: now, calendar: calendar)
        case "previous":
            guard let month = YearMonth.current(now: now, calendar: calendar).previous else { return nil }
            self = month
        default: self.init(argument)
        }
    }

    /// The first day.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    /// The last day.
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }
    /// The month before, or nil before 0001-01.
    public var previous: YearMonth? {
        month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1)
    }
    /// The month after, or nil after 9999-12 (no meeting file can hold a later date).
    public var next: YearMonth? {
        month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1)
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

    /// `2026年1月` with the year, else `2月`: a month along a trend, the year at its start and each January.
    public func label(withYear: Bool) -> String {
        withYear || month == 1 ? chinese : "\(month)月"
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
