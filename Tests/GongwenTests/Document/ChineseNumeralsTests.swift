import Testing

@testable import Gongwen

@Suite("Chinese numerals and dates")
struct ChineseNumeralsTests {
    @Test(arguments: [
        (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九"),
        (100, "一百"), (101, "一百〇一"), (110, "一百一十"), (111, "一百一十一"), (1000, "一千"), (1001, "一千〇一"),
        (1010, "一千〇一十"), (2026, "二千〇二十六"),
    ])
    func cardinal(number: Int, text: String) {
        #expect(ChineseNumerals.cardinal(number) == text)
    }

    @Test func datesHaveNoLeadingZeros() {
        #expect(ChineseNumerals.date(CalendarDate(iso: "2026-01-05")!) == "2026年1月5日")
        #expect(ChineseNumerals.date(CalendarDate(iso: "2026-11-20")!) == "2026年11月20日")
    }

    @Test func headingNumbersPerLevel() {
        #expect(ChineseNumerals.headingNumber(2, level: 1) == "二、")
        #expect(ChineseNumerals.headingNumber(11, level: 2) == "（十一）")
        #expect(ChineseNumerals.headingNumber(3, level: 3) == "3.")
        #expect(ChineseNumerals.headingNumber(4, level: 4) == "（4）")
    }

    /// A number the clerk typed herself, which the document would otherwise print twice.
    @Test(
        arguments: [
            ("一要坚持问题导向", ChineseNumerals.OwnNumber.point, "一要"),
            ("\u{3000} 十二要抓好落实", .point, "十二要"),
            ("一二三四要", .point, nil),
            ("要坚持", .point, nil),
            ("一是坚持", .point, nil),
            ("一\u{301}要", .point, nil),
            ("一要\u{301}坚持", .point, nil),
            ("三、压实责任", .partHeading, "三、"),
            ("三要、", .partHeading, nil),
            ("（十一）聚焦重点", .sectionHeading, "（十一）"),
            ("(二)聚焦重点", .sectionHeading, "(二)"),
            ("（）聚焦", .sectionHeading, nil),
            ("（二聚焦", .sectionHeading, nil),
            ("", .point, nil),
        ] as [(String, ChineseNumerals.OwnNumber, String?)])
    func ownNumber(text: String, kind: ChineseNumerals.OwnNumber, number: String?) {
        #expect(ChineseNumerals.ownNumber(of: text, as: kind) == number)
    }

    @Test func withoutOwnNumberKeepsTheText() {
        #expect(ChineseNumerals.withoutOwnNumber(" 二要 狠抓落实 ", as: .point) == "狠抓落实")
        #expect(ChineseNumerals.withoutOwnNumber("狠抓落实", as: .point) == "狠抓落实")
    }
}
