/// The span a summary covers: a month, a quarter or a year.
public enum SummaryPeriod: Hashable, Sendable, CustomStringConvertible {
    /// `2026-11`.
    case month(YearMonth)
    /// `2026-Q4`: the year and the quarter, 1 to 4.
    case quarter(year: Int, quarter: Int)
    /// `2026`.
    case year(Int)

    /// Parses `--quarter` (`2026-Q4`, `2026-q4`); nil for anything else.
    public init?(quarter text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(parts[0]), (1...9999).contains(year), parts[1].count == 2,
            parts[1].first == "Q" || parts[1].first == "q", let quarter = Int(parts[1].dropFirst()),
            (1...4).contains(quarter)
        else { return nil }
        self = .quarter(year: year, quarter: quarter)
    }

    /// Parses `--year` (`2026`); nil for anything else.
    public init?(year text: String) {
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
            (1...9999).contains(year)
        else { return nil }
        self = .year(year)
    }

    /// The months, in order.
    public var months: [YearMonth] {
        switch self {
        case .month(let month): return [month]
        case .quarter(let year, let quarter):
            return (1...3).compactMap { YearMonth(year: year, month: (quarter - 1) * 3 + $0) }
        case .year(let year): return (1...12).compactMap { YearMonth(year: year, month: $0) }
        }
    }

    /// The last month, whose last day closes the period.
    public var lastMonth: YearMonth { months[months.count - 1] }
    /// The first day.
    public var firstDay: CalendarDate { months[0].firstDay }
    /// The last day.
    public var lastDay: CalendarDate { lastMonth.lastDay }

    /// Whether `date` falls in the period.
    public func contains(_ date: CalendarDate) -> Bool {
        firstDay <= date && date <= lastDay
    }

    /// The period after, of the same kind; nil after 9999.
    public var next: SummaryPeriod? {
        switch self {
        case .month(let month): return month.next.map(SummaryPeriod.month)
        case .quarter(let year, let quarter):
            if quarter < 4 { return .quarter(year: year, quarter: quarter + 1) }
            return year < 9999 ? .quarter(year: year + 1, quarter: 1) : nil
        case .year(let year): return year < 9999 ? .year(year + 1) : nil
        }
    }

    /// The months the trend shows: the period's own, or for a month the twelve up to it.
    public var trendMonths: [YearMonth] {
        guard case .month(let month) = self else { return months }
        var result = [month]
        while result.count < 12, let previous = result[0].previous { result.insert(previous, at: 0) }
        return result
    }

    /// `2026-11`, `2026-Q4`, `2026`: as the command line takes it and file names carry it.
    public var description: String {
        switch self {
        case .month(let month): return month.description
        case .quarter(let year, let quarter): return "\(String(format: "%04d", year))-Q\(quarter)"
        case .year(let year): return String(format: "%04d", year)
        }
    }

    /// `month`, `quarter`, `year`: the JSON's `period_kind`.
    public var kind: String {
        switch self {
        case .month: return "month"
        case .quarter: return "quarter"
        case .year: return "year"
        }
    }

    /// `2026年11月`, `2026年第四季度`, `2026年全年`: the period in a sentence.
    public var chinese: String {
        switch self {
        case .month(let month): return month.chinese
        case .quarter(let year, let quarter): return "\(year)年第\(ChineseNumerals.cardinal(quarter))季度"
        case .year(let year): return "\(year)年全年"
        }
    }

    /// `2026年11月`, `2026年第四季度`, `2026年度`: the period in a title (…工作总结).
    public var titleName: String {
        if case .year(let year) = self { return "\(year)年度" }
        return chinese
    }

    /// `本月`, `本季度`, `本年度`.
    public var thisName: String {
        switch self {
        case .month: return "本月"
        case .quarter: return "本季度"
        case .year: return "本年度"
        }
    }

    /// `月底`, `季度末`, `年底`.
    public var endName: String {
        switch self {
        case .month: return "月底"
        case .quarter: return "季度末"
        case .year: return "年底"
        }
    }

    /// `往月`, `上季度及以前`, `以前年度`: the periods before, for tasks assigned earlier.
    public var earlierName: String {
        switch self {
        case .month: return "往月"
        case .quarter: return "上季度及以前"
        case .year: return "以前年度"
        }
    }
}
