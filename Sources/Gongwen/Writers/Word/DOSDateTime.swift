import Foundation

/// A ZIP entry's modification time: MS-DOS date and time fields, in UTC.
///
/// Computed by calendar arithmetic rather than `gmtime`, whose one static buffer is shared by
/// every thread of the process: two archives written at once with different dates would mix
/// each other's fields (ZIPFoundation 0.9.20 converts dates that way).
struct DOSDateTime: Equatable, Sendable {
    /// Day, month and year since 1980, as bit fields.
    let date: UInt16
    /// Two-second units, minutes and hours, as bit fields.
    let time: UInt16

    init(date: UInt16, time: UInt16) {
        self.date = date
        self.time = time
    }

    init(_ instant: Date) {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = Self.civil(daysSinceEpoch: days)
        // The format's range is 1980–2107; like ZIPFoundation, clamp the year to 1980–2099.
        let dosYear = Int(min(max(year, 1980), 2099) - 1980)
        date = UInt16(day + month * 32 + dosYear * 512)
        time = UInt16(secondOfDay % 60 / 2 + (secondOfDay / 60 % 60) * 32 + (secondOfDay / 3600) * 2048)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    static func civil(daysSinceEpoch: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
