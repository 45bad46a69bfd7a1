/// How far a task is from its due date on a day, as the notices and the dashboard write it.
public enum DeadlineText {
    /// `逾期12天`, `今日到期` or `还剩3天`.
    public static func text(due: CalendarDate, on day: CalendarDate) -> String {
        let days = due.days(to: day)
        return days > 0 ? "逾期\(days)天" : days == 0 ? "今日到期" : "还剩\(-days)天"
    }
}
