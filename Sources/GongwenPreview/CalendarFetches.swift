import Gongwen
import Synchronization

/// The day each account's calendar subscription was last fetched, so that the audit trail records
/// a calendar program's polling once a day rather than every quarter hour.
final class CalendarFetches: Sendable {
    private let days = Mutex<[String: CalendarDate]>([:])

    /// Whether this is `account`'s first fetch today (and notes it).
    func isFirstToday(_ account: String, today: CalendarDate = .today()) -> Bool {
        days.withLock { days in
            guard days[account] != today else { return false }
            days[account] = today
            return true
        }
    }
}
