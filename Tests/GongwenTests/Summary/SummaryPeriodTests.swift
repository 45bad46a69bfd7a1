import Testing

@testable import Gongwen

@Suite("Summary periods")
struct SummaryPeriodTests {
    @Test func quartersAndYearsAreReadAsWritten() {
        #expect(SummaryPeriod(quarter: "2026-Q4") == .quarter(year: 2026, quarter: 4))
        #expect(SummaryPeriod(quarter: "2026-q1") == .quarter(year: 2026, quarter: 1))
        for wrong in ["2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "2026-4", "2026-Q4 ", ""] {
            #expect(SummaryPeriod(quarter: wrong) == nil, "\(wrong)")
        }
        #expect(SummaryPeriod(year: "2026") == .year(2026))
        for wrong in ["26", "20266", "0000", "二〇二六", "2026-01"] {
            #expect(SummaryPeriod(year: wrong) == nil, "\(wrong)")
        }
    }

    @Test func aPeriodKnowsItsDaysMonthsAndWords() {
        let quarter = SummaryPeriod.quarter(year: 2026, quarter: 4)
        #expect(quarter.months.map(\.description) == ["2026-10", "2026-11", "2026-12"])
        #expect((quarter.firstDay.description, quarter.lastDay.description) == ("2026-10-01", "2026-12-31"))
        #expect(
            quarter.contains(CalendarDate(iso: "2026-11-30")!) && !quarter.contains(CalendarDate(iso: "2027-01-01")!))
        #expect((quarter.chinese, quarter.thisName, quarter.endName) == ("2026年第四季度", "本季度", "季度末"))
        #expect(quarter.next == .quarter(year: 2027, quarter: 1))
        #expect(quarter.description == "2026-Q4")
        let year = SummaryPeriod.year(2026)
        #expect((year.chinese, year.titleName, year.endName, year.description) == ("2026年全年", "2026年度", "年底", "2026"))
        #expect(year.months.count == 12 && year.trendMonths.count == 12)
        let month = SummaryPeriod.month(YearMonth("2026-03")!)
        // A month's trend is the twelve months up to it, across the year's turn.
        #expect(month.trendMonths.first?.description == "2025-04" && month.trendMonths.last?.description == "2026-03")
        #expect(month.trendMonths.count == 12)
    }

    @Test func daysAreAddedAcrossMonthsYearsAndLeapDays() {
        let start = CalendarDate(iso: "2024-02-27")!
        #expect(start.adding(days: 2)?.description == "2024-02-29")
        #expect(start.adding(days: 3)?.description == "2024-03-01")
        #expect(CalendarDate(iso: "2026-12-30")!.adding(days: 5)?.description == "2027-01-04")
        #expect(CalendarDate(iso: "2026-03-01")!.adding(days: -1)?.description == "2026-02-28")
        var random = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let day = CalendarDate(
                year: Int.random(in: 1900...2100, using: &random), month: Int.random(in: 1...12, using: &random),
                day: Int.random(in: 1...28, using: &random))!
            let count = Int.random(in: -2000...2000, using: &random)
            #expect(day.adding(days: count).map(day.days(to:)) == count, "\(day) + \(count)")
        }
        #expect(CalendarDate(iso: "9999-12-31")!.adding(days: 1) == nil)
    }

    @Test func summaryFilesNameTheirPeriod() {
        #expect(
            SummaryRun.fileName(period: .quarter(year: 2026, quarter: 4), template: nil, extension: "md")
                == "summary-2026-Q4.md")
        #expect(
            SummaryRun.fileName(period: .year(2026), template: "accountability", extension: "docx")
                == "summary-2026.accountability.docx")
        for name in ["summary-2026-11.md", "summary-2026-Q4.docx", "summary-2026.json", "催办通知-2026-12-10.办公室.docx"] {
            #expect(SummaryRun.isSummaryFileName(name), "\(name)")
        }
        for name in ["summary-2026-Q5.md", "summary-26.md", "summary.md", "2026-11-06-party-committee.yaml"] {
            #expect(!SummaryRun.isSummaryFileName(name), "\(name)")
        }
    }
}
