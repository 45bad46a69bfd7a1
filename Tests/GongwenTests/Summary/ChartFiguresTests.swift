import Foundation
import Testing

@testable import Gongwen

/// Every chart shows its table's figures: read back from the HTML's SVG and from the Word chart
/// parts, for each month of a generated year and for its quarters and the year.
@Suite("Chart figures")
struct ChartFiguresTests {
    static let meetings = try! GeneratedYear.meetings()

    static var periods: [SummaryPeriod] {
        (1...12).map { SummaryPeriod.month(YearMonth(year: 2026, month: $0)!) }
            + (1...4).map { SummaryPeriod.quarter(year: 2026, quarter: $0) } + [.year(2026)]
    }

    /// `series → category → value` of every bar or point in the page's charts, in drawing order.
    static func svgFigures(_ html: String) -> [[String: [String: Int]]] {
        html.components(separatedBy: "<svg class=\"chart\"").dropFirst().map { chart in
            var figures: [String: [String: Int]] = [:]
            let pattern = #/data-series="([^"]*)" data-category="([^"]*)" data-value="(\d+)"/#
            for match in chart.matches(of: pattern) {
                figures[String(match.1), default: [:]][String(match.2)] = Int(match.3)!
            }
            return figures
        }
    }

    /// The same from a Word chart part: each series' name, its categories and its cached values.
    static func chartFigures(_ xml: String) -> [String: [String: Int]] {
        var figures: [String: [String: Int]] = [:]
        for series in xml.components(separatedBy: "<c:ser>").dropFirst() {
            func points(_ tag: String) -> [String] {
                guard let section = series.components(separatedBy: "<c:\(tag)>").dropFirst().first else { return [] }
                let body = section.components(separatedBy: "</c:\(tag)>")[0]
                return body.matches(of: #/<c:v>([^<]*)</c:v>/#).map { String($0.1) }
            }
            let name = points("tx").first ?? ""
            let categories = points("cat")
            let values = points("val").compactMap { Int($0) }
            #expect(categories.count == values.count)
            for (category, value) in zip(categories, values) { figures[name, default: [:]][category] = value }
        }
        return figures
    }

    /// The categories in drawing order and the labels beside them, from the page's first chart.
    static func svgOrder(_ html: String) -> (categories: [String], labels: [String]) {
        guard let chart = html.components(separatedBy: "<svg class=\"chart\"").dropFirst().first else {
            return ([], [])
        }
        var categories: [String] = []
        for match in chart.matches(of: #/data-category="([^"]*)"/#) where !categories.contains(String(match.1)) {
            categories.append(String(match.1))
        }
        let labels = chart.matches(of: #/>(完成率\d+%|—)</#).map { String($0.1) }
        return (categories, labels)
    }

    /// The rows of a chart's embedded workbook: each cell's text or number, in order.
    static func workbookRows(_ data: Data) throws -> [[String]] {
        let sheet = String(decoding: try WordParts.docx(data)["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        return sheet.components(separatedBy: "<row ").dropFirst().map { row in
            row.matches(of: #/<c [^>]*>(?:<is><t>([^<]*)</t></is>|<v>([^<]*)</v>)</c>/#).map {
                String($0.1 ?? $0.2 ?? "")
            }
        }
    }

    func expected(_ summary: MonthlySummary) -> (units: [String: [String: Int]], trend: [String: [String: Int]]) {
        var units: [String: [String: Int]] = [:]
        for unit in summary.units {
            let name = unit.unit ?? "未明确牵头单位"
            units["部署", default: [:]][name] = unit.assigned
            units["完成", default: [:]][name] = unit.completed
            units["逾期未完成", default: [:]][name] = unit.overdue
        }
        var trend: [String: [String: Int]] = [:]
        for (index, month) in summary.trend.enumerated() {
            let label = month.month.label(withYear: index == 0)
            trend["新部署", default: [:]][label] = month.assigned
            trend["完成", default: [:]][label] = month.completed
            trend["月底逾期未完成", default: [:]][label] = month.overdue
        }
        return (units, trend)
    }

    @Test(arguments: periods)
    func chartsShowTheirTablesFigures(period: SummaryPeriod) throws {
        let summary = MonthlySummary(period: period, meetings: Self.meetings)
        let document = try TemplateCatalog().template("monthly-summary").render(SummaryView(summary))
        let (units, trend) = expected(summary)
        let data = try document.write([.html, .docx, .markdown])
        let html = String(decoding: data[0], as: UTF8.self)
        let svg = Self.svgFigures(html)
        let parts = try WordParts.docx(data[1])
        let charts = parts.keys.filter { $0.hasPrefix("word/charts/chart") }.sorted()
        // A unit chart whenever a unit had a task; a trend whenever it spans two months or more.
        let wanted = (summary.units.isEmpty ? 0 : 1) + (summary.trend.count > 1 ? 1 : 0)
        #expect(svg.count == wanted, "\(period)")
        #expect(charts.count == wanted, "\(period)")
        var index = 0
        if !summary.units.isEmpty {
            #expect(svg[index] == units, "\(period) SVG units")
            let chartXML = String(decoding: parts[charts[index]]!, as: UTF8.self)
            #expect(Self.chartFigures(chartXML) == units)
            // In the table's order, each unit with its 完成率, in the drawing and in the workbook.
            let names = summary.units.map { $0.unit ?? "未明确牵头单位" }
            let rates = summary.units.map { $0.completionRate.map { "\($0)%" } ?? "—" }
            let order = Self.svgOrder(html)
            #expect(order.categories == names, "\(period)")
            #expect(order.labels == rates.map { $0 == "—" ? $0 : "完成率" + $0 }, "\(period)")
            for (unit, rate) in zip(summary.units, rates) where rate != "—" {
                let text = (unit.completed == 0 ? "" : "\(unit.completed)  ") + "完成率" + rate
                #expect(chartXML.contains("<a:t>\(text)</a:t>"), "\(period) \(text)")
            }
            let rows = try Self.workbookRows(parts["word/embeddings/Microsoft_Excel_Worksheet1.xlsx"]!)
            #expect(rows.first == ["牵头单位", "部署", "完成", "逾期未完成", "完成率"])
            #expect(
                Array(rows.dropFirst())
                    == zip(summary.units, rates).map { unit, rate in
                        [unit.unit ?? "未明确牵头单位", "\(unit.assigned)", "\(unit.completed)", "\(unit.overdue)", rate]
                    }, "\(period) workbook")
            index += 1
        }
        if summary.trend.count > 1 {
            #expect(svg[index] == trend, "\(period) SVG trend")
            #expect(Self.chartFigures(String(decoding: parts[charts[index]]!, as: UTF8.self)) == trend)
            // Each chart carries its workbook for 编辑数据, with the same figures in the same order.
            let rows = try Self.workbookRows(parts["word/embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx"]!)
            #expect(
                Array(rows.dropFirst())
                    == summary.trend.enumerated().map { offset, month in
                        [
                            month.month.label(withYear: offset == 0), "\(month.assigned)", "\(month.completed)",
                            "\(month.overdue)",
                        ]
                    }, "\(period) trend workbook")
        }
        // Markdown keeps the tables and draws nothing.
        #expect(!String(decoding: data[2], as: UTF8.self).contains("<svg"))
    }

    @Test func aQuarterCountsWhatItsMonthsCount() {
        let quarter = MonthlySummary(period: .quarter(year: 2026, quarter: 3), meetings: Self.meetings)
        let months = (7...9).map { MonthlySummary(month: YearMonth(year: 2026, month: $0)!, meetings: Self.meetings) }
        #expect(quarter.assigned.count == months.reduce(0) { $0 + $1.assigned.count })
        // A completion reported in a later month is dated back into its own: the quarter knows of
        // every one a month knew of, and of those reported after that month's end.
        let completedInMonths = Set(months.flatMap { $0.completed.map(\.task.id) })
        #expect(completedInMonths.isSubset(of: Set(quarter.completed.map(\.task.id))))
        let ledger = TaskLedger.records(Self.meetings, on: CalendarDate(iso: "2026-09-30")!)
        #expect(
            quarter.completed.count
                == ledger.count { $0.completedOn.map { (7...9).contains($0.month) && $0.year == 2026 } ?? false })
        #expect(quarter.meetings.count == months.reduce(0) { $0 + $1.meetings.count })
        // At the quarter's end it stands as September does at the month's end.
        #expect(quarter.overdue.map(\.task.id) == months[2].overdue.map(\.task.id))
        #expect(quarter.trend.map(\.month.description) == ["2026-07", "2026-08", "2026-09"])
        #expect(quarter.trend.map(\.assigned) == months.map(\.assigned.count))
    }

    /// The trend's one replay counts each month as that month's own summary does.
    @Test func theTrendCountsEachMonthAsItsSummaryDoes() {
        let year = MonthlySummary(period: .year(2026), meetings: Self.meetings)
        #expect(year.trend.count == 12)
        for figures in year.trend {
            let month = MonthlySummary(month: figures.month, meetings: Self.meetings)
            #expect(
                (figures.assigned, figures.completed, figures.overdue)
                    == (month.assigned.count, month.completed.count, month.overdue.count), "\(figures.month)")
        }
        // A day inside a month: the states of that day, as the ledger of that day has them.
        let day = CalendarDate(iso: "2026-06-15")!
        let running = MonthlySummary(period: .month(YearMonth(day)), meetings: Self.meetings, asOf: day)
        let ledger = TaskLedger.records(Self.meetings, on: day)
        #expect(running.trend.last?.overdue == ledger.count(where: \.overdue))
        #expect(running.overdue.count == ledger.count(where: \.overdue))
        #expect(running.meetings.allSatisfy { $0.info.date <= day })
    }

    @Test func chartsCanBeTurnedOff() throws {
        let summary = MonthlySummary(period: .month(YearMonth(year: 2026, month: 6)!), meetings: Self.meetings)
        let document = try TemplateCatalog().template("monthly-summary").render(SummaryView(summary))
        let data = try document.write([.html, .docx], options: WriterOptions(charts: false))
        #expect(!String(decoding: data[0], as: UTF8.self).contains("<svg"))
        #expect(try WordParts.docx(data[1]).keys.allSatisfy { !$0.hasPrefix("word/charts/") })
        // The tables stay.
        #expect(String(decoding: data[0], as: UTF8.self).contains("各单位任务落实情况如下"))
    }
}
