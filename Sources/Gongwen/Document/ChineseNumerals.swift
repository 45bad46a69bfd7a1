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
