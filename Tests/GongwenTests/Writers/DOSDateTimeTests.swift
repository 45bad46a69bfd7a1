import Foundation
import Testing

@testable import Gongwen

@Suite("ZIP entry dates")
struct DOSDateTimeTests {
    @Test func knownInstants() {
        // 1980-01-01 00:00:00: day 1, month 1, year 0.
        #expect(DOSDateTime(DocxArchive.fixedDate) == DOSDateTime(date: 33, time: 0))
        // 2023-11-14 22:13:20 UTC.
        let stamp = DOSDateTime(Date(timeIntervalSince1970: 1_700_000_000))
        let (day, month, year): (UInt16, UInt16, UInt16) = (14, 11, 2023 - 1980)
        let (hour, minute, second): (UInt16, UInt16, UInt16) = (22, 13, 20)
        #expect(stamp.date == day + month << 5 + year << 9)
        #expect(stamp.time == second / 2 + minute << 5 + hour << 11)
    }

    @Test func agreesWithTheReentrantLibcOnSeededInstants() {
        var generator = SeededGenerator(seed: 20_261_203)
        for _ in 0..<5_000 {
            let seconds = Int.random(in: 315_532_800...4_102_444_799, using: &generator)  // 1980–2099
            var time = time_t(seconds)
            var fields = tm()
            gmtime_r(&time, &fields)
            let year = Int(fields.tm_year) + 1900 - 1980
            let month = Int(fields.tm_mon) + 1
            let day = Int(fields.tm_mday)
            let (hour, minute, second) = (Int(fields.tm_hour), Int(fields.tm_min), Int(fields.tm_sec))
            let expected = DOSDateTime(
                date: UInt16(day + month * 32 + year * 512), time: UInt16(second / 2 + minute * 32 + hour * 2048))
            #expect(DOSDateTime(Date(timeIntervalSince1970: Double(seconds))) == expected, "\(seconds)")
        }
    }

    @Test func yearsOutsideTheFormatAreClamped() {
        #expect(DOSDateTime(Date(timeIntervalSince1970: 0)).date >> 9 == 0)
        #expect(DOSDateTime(Date(timeIntervalSince1970: 4_200_000_000)).date >> 9 == 119)
    }
}
