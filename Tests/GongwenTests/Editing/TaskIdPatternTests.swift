import Testing

@testable import Gongwen

@Suite("Task ids the form gives")
struct TaskIdPatternTests {
    let day = CalendarDate(year: 2026, month: 12, day: 2)!

    @Test func theFirstTaskOfADayIsNumberOne() {
        #expect(TaskIdPattern.standard.next(on: day, taken: []) == "2026-12-02-01")
    }

    /// One more than the highest of the day, so that a deleted task's number is never given again;
    /// other days' and other patterns' ids do not count.
    @Test func theNextIsOneMoreThanTheHighestOfTheDay() {
        let taken = ["2026-12-02-01", "2026-12-02-07", "2026-11-20-09", "T-2026-11-01", "2026-12-02-x"]
        #expect(TaskIdPattern.standard.next(on: day, taken: taken) == "2026-12-02-08")
    }

    @Test func aNumberOutgrowsItsWidth() {
        #expect(TaskIdPattern.standard.next(on: day, taken: ["2026-12-02-99"]) == "2026-12-02-100")
    }

    @Test func aHousePatternNamesItsParts() throws {
        let pattern = try #require(TaskIdPattern("T-<year>-<month>NNN"))
        #expect(pattern.next(on: day, taken: ["T-2026-12007"]) == "T-2026-12008")
    }

    @Test(arguments: ["<date>", "N-<date>-NN", ""])
    func aPatternNeedsOneRunOfN(text: String) {
        #expect(TaskIdPattern(text) == nil)
    }
}
