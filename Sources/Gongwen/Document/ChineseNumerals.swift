/// Numbers and dates written the way official documents write them.
public enum ChineseNumerals {
    private static let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百〇一, 110 → 一百一十 (as `chineseCountingThousand`).
    public static func cardinal(_ number: Int) -> String {
        guard number > 0 else { return number == 0 ? "〇" : "负" + cardinal(-number) }
        guard number < 10_000 else { return String(number) }
        let units = ["", "十", "百", "千"]
        let parts = [number / 1000 % 10, number / 100 % 10, number / 10 % 10, number % 10]
        var result = ""
        var pendingZero = false
        for (index, digit) in parts.enumerated() {
            let unit = units[3 - index]
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero {
                result += "〇"
                pendingZero = false
            }
            // 十一 rather than 一十一 when the number starts in the tens.
            if !(digit == 1 && unit == "十" && result.isEmpty) { result += digits[digit] }
            result += unit
        }
        return result
    }

    /// `2026年11月20日`: Arabic digits, year in full, no leading zeros (GB/T 9704 §7.3.5.2).
    public static func date(_ date: CalendarDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }

    /// What a document puts before a text it numbers itself.
    public enum OwnNumber: Sendable {
        /// A point's 一要, 二要….
        case point
        /// A level-1 heading's 一、.
        case partHeading
        /// A level-2 heading's （一）.
        case sectionHeading
    }

    /// The number `text` already starts with in the form the document would give it (`一要`,
    /// `一、`, `（一）` or `(一)`), or nil: the clerk typed it, and the document would print it twice.
    public static func ownNumber(of text: String, as kind: OwnNumber) -> String? {
        // By scalars from the start: every text of a meeting is asked, and counting a long text's
        // characters for each numeral was a twentieth of a summary's loading.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, [" ", "\t", "\u{3000}"].contains(scalars[index]) {
            index = scalars.index(after: index)
        }
        let start = index
        func take(_ accepted: (Unicode.Scalar) -> Bool) -> Bool {
            guard index < scalars.endIndex, accepted(scalars[index]) else { return false }
            index = scalars.index(after: index)
            return true
        }
        var numerals = 0
        switch kind {
        case .point, .partHeading:
            let mark: Unicode.Scalar = kind == .point ? "要" : "、"
            while numerals < 3, take(isNumeral) { numerals += 1 }
            guard numerals > 0, take({ $0 == mark }) else { return nil }
        case .sectionHeading:
            guard take({ $0 == "（" || $0 == "(" }) else { return nil }
            while take(isNumeral) { numerals += 1 }
            guard numerals > 0, take({ $0 == "）" || $0 == ")" }) else { return nil }
        }
        // A mark that a combining scalar extends is another character: no number.
        guard String.Index(index, within: text) != nil else { return nil }
        return String(scalars[start..<index])
    }

    /// The numerals of a number a clerk types before a point or heading (一 to 十).
    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    /// `text` without the number it starts with (see `ownNumber`).
    public static func withoutOwnNumber(_ text: String, as kind: OwnNumber) -> String {
        guard let number = ownNumber(of: text, as: kind) else { return text }
        let trimmed = text.trimmingCharacters(in: [" ", "\t", "\u{3000}"])
        return String(trimmed.dropFirst(number.count)).trimmingCharacters(in: [" ", "\t", "\u{3000}"])
    }

    /// The heading number for a level: 一、 （一） 1. （1）.
    public static func headingNumber(_ number: Int, level: Int) -> String {
        switch level {
        case 1: return cardinal(number) + "、"
        case 2: return "（" + cardinal(number) + "）"
        case 3: return "\(number)."
        default: return "（\(number)）"
        }
    }
}
