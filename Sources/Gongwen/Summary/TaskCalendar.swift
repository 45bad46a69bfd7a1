import Foundation

/// The tasks' deadlines as an iCalendar file (RFC 5545): one all-day event per task on its due
/// date, with an alarm three days before, for the calendars staff already use.
///
/// A task's UID is its id, so a second import updates the events instead of doubling them, and
/// `SEQUENCE` grows with the day of the latest meeting that assigned or updated the task (a client
/// keeps the higher one): a task reopened, noted or completed at a later meeting gets a higher one.
/// A task completed by the day stays, marked 已完成, without alarm and as free time: dropping it
/// would leave the event of an earlier import standing as if still open.
public struct TaskCalendar: Sendable {
    /// The tasks with a due date, as they stand on the ledger's day.
    public let records: [TaskRecord]
    /// The calendar's name (`任务时限`, `任务时限（组织处）`).
    public let name: String

    /// Days before the due date the alarm rings.
    public static let alarmDays = 3

    /// The deadlines of `meetings`' tasks as they stand on `day`, only those that `unit` leads or
    /// shares when it is given.
    public init(meetings: [Meeting], on day: CalendarDate, unit: String? = nil) {
        let wanted = unit.map(TextView.inline)
        records = TaskLedger.records(meetings, on: day).filter { record in
            guard record.task.due != nil else { return false }
            guard let wanted else { return true }
            return record.task.leadUnit.map(TextView.inline) == wanted
                || record.task.partners.map(TextView.inline).contains(wanted)
        }
        name = "任务时限" + (wanted.map { "（\($0)）" } ?? "")
    }

    /// The day the calendar's states are taken on: today, or the latest meeting's day when a file is
    /// dated ahead (a meeting recorded before it is held still assigns its tasks).
    public static func ledgerDay(_ meetings: [Meeting], today: CalendarDate = .today()) -> CalendarDate {
        max(today, meetings.map(\.info.date).max() ?? today)
    }

    /// The lead units and partners the tasks name, in order of first appearance (for `--unit`'s message).
    public static func units(_ meetings: [Meeting]) -> [String] {
        var names: [String] = []
        for task in meetings.flatMap(\.tasks) {
            for name in [task.leadUnit].compactMap({ $0 }) + task.partners {
                let inline = TextView.inline(name)
                if !names.contains(inline) { names.append(inline) }
            }
        }
        return names
    }

    /// The open tasks, whose events carry an alarm.
    public var open: [TaskRecord] { records.filter { !$0.isDone } }

    /// The file's text, `stamp` as every event's DTSTAMP (the time of writing, or `SOURCE_DATE_EPOCH`).
    public func text(stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gongwen//Gongwen//ZH", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escaped(name),
        ]
        let stampText = Self.utc(stamp)
        for record in records {
            let task = record.task
            guard let due = task.due, let end = due.adding(days: 1) else { continue }
            let unit = task.leadUnit.map(TextView.inline)
            let content = TextView.inline(task.content)
            let done = record.isDone
            let summary = (done ? "【已完成】" : "") + content + (unit.map { "（\($0)）" } ?? "")
            var description = ["部署会议：\(ChineseNumerals.date(record.assignedOn))\(TextView.inline(record.assignedAt))"]
            if let unit { description.append("牵头单位：\(unit)") }
            if let owner = task.owner?.name { description.append("责任人：\(owner)") }
            if !task.partners.isEmpty {
                description.append("配合单位：" + task.partners.map(TextView.inline).joined(separator: "、"))
            }
            description.append("完成时限：\(ChineseNumerals.date(due))")
            if let completed = record.completedOn { description.append("完成日期：\(ChineseNumerals.date(completed))") }
            if let note = record.note { description.append("最新进展：" + TextView.inline(note)) }
            description.append("任务编号：\(task.id)")
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escaped(Self.uid(task.id)),
                "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + Self.compact(due),
                "DTEND;VALUE=DATE:" + Self.compact(end),
                "SEQUENCE:\(Self.sequence(record.changedOn))",
                "LAST-MODIFIED:" + Self.compact(record.changedOn) + "T000000Z",
                "SUMMARY:" + Self.escaped(summary),
                "DESCRIPTION:" + Self.escaped(description.joined(separator: "\n")),
                "CATEGORIES:" + Self.escaped("督查任务"),
                "TRANSP:" + (done ? "TRANSPARENT" : "OPAQUE"),
                "X-GONGWEN-TASK-ID:" + Self.escaped(task.id),
                "X-GONGWEN-STATUS:" + record.status.rawValue,
            ]
            if !done {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escaped("\(Self.alarmDays)天后到期：\(content)"),
                    "TRIGGER:-P\(Self.alarmDays)D", "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `task-2026-1106-01@gongwen`: the id, with anything but letters, digits, `-` and `.` as `_XX` hex bytes,
    /// so that ids differing only in such characters stay apart.
    static func uid(_ id: String) -> String {
        var result = "task-"
        for byte in id.utf8 {
            let scalar = UnicodeScalar(byte)
            if byte < 0x80,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || byte == 0x2D || byte == 0x2E
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(byte, radix: 16, uppercase: true)
            }
        }
        return result + "@gongwen"
    }

    /// Days from 2000-01-01 to the latest meeting that changed the task: it only grows as meetings follow.
    static func sequence(_ day: CalendarDate) -> Int {
        max(0, CalendarDate(year: 2000, month: 1, day: 1)!.days(to: day))
    }

    /// `20261215`.
    static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// `20261203T091500Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }

    /// RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r", "\u{2028}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// §3.1: lines longer than 75 octets folded with CRLF and a space, never inside a character.
    static func folded(_ line: String) -> String {
        var result = ""
        var length = 0
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if length + size > 75 {
                result += "\r\n "
                length = 1
            }
            result.unicodeScalars.append(character)
            length += size
        }
        return result
    }
}
