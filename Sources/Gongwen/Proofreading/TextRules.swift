/// The rules that read one text on its own: placeholders, web residue, punctuation, dates.
///
/// Each is written for precision: a rule that fires on correct official prose is worse than no
/// rule (the clean corpus in `ProofreaderTests` holds them to it).
struct TextRules {
    /// What a rule found: where in the text (Unicode scalars), the text found, and what to say.
    struct Finding {
        let rule: ProofreadingRule
        let offset: Int
        let found: String
        let message: Message
    }

    /// Phrases that a copied web page leaves behind, the office's own added, as scalars.
    let watermarks: [[Unicode.Scalar]]
    /// The first scalar of each phrase: most characters start none, and are passed over at once.
    let watermarkStarts: ScalarBitmap
    /// The meeting's year, for a weekday written without its year.
    let year: Int?

    init(watermarks: [String], year: Int?) {
        self.watermarks = watermarks.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        watermarkStarts = ScalarBitmap(self.watermarks.map { $0[0] })
        self.year = year
    }

    /// The phrases looked for when the office adds none.
    static let defaultWatermarks = [
        "原创发布", "文库", "公众号", "微信号", "扫码关注", "扫码", "扫一扫", "关注公众号", "关注我们", "欢迎关注", "点击关注", "长按识别", "转载请注明",
        "转载自", "版权所有", "版权归", "来源：", "点击阅读", "点击查看", "点击下载", "阅读原文", "免费下载",
    ]

    /// The findings in a text given as its scalars, offsets counted in them.
    func findings(in scalars: [Unicode.Scalar], isName: Bool) -> [Finding] {
        var found: [Finding] = []
        placeholders(scalars, into: &found)
        webResidue(scalars, into: &found)
        punctuation(scalars, isName: isName, into: &found)
        datesInText(scalars, into: &found)
        return found.sorted { $0.offset < $1.offset }
    }

    // MARK: Characters

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    private static func runEnd(_ scalars: [Unicode.Scalar], from start: Int, where test: (Unicode.Scalar) -> Bool)
        -> Int
    {
        var end = start
        while end < scalars.count, test(scalars[end]) { end += 1 }
        return end
    }

    // MARK: 1. Placeholders

    private func placeholders(_ s: [Unicode.Scalar], into found: inout [Finding]) {
        func mark(_ start: Int, _ end: Int) {
            let text = Self.string(s[start..<end])
            found.append(Finding(rule: .placeholder, offset: start, found: text, message: .placeholder(text)))
        }
        var index = 0
        while index < s.count {
            let scalar = s[index]
            let before = index > 0 ? s[index - 1] : nil
            switch scalar {
            case "*", "＊":
                // `第*次`, `*书记`, `为*各项工作`: a star next to Chinese text or a number stands for what was never filled in.
                let end = Self.runEnd(s, from: index) { $0 == "*" || $0 == "＊" }
                let after = end < s.count ? s[end] : nil
                if [before, after].contains(where: { $0.map { Self.isChinese($0) || Self.isDigit($0) } ?? false }) {
                    mark(index, end)
                }
                index = end
                continue
            case "×", "○", "□", "〇":
                let end = Self.runEnd(s, from: index) { $0 == scalar }
                // 〇 is also the zero of dates written in numerals (二〇〇八年): only a run not among numerals counts.
                let isNumeral =
                    scalar == "〇"
                    && ((before.map(Self.isChineseNumeral) ?? false)
                        || (end < s.count && (Self.isChineseNumeral(s[end]) || s[end] == "年")))
                if end - index >= 2, !isNumeral {
                    mark(index, end)
                }
                index = end
                continue
            case "X", "x":
                // `XX同志`, `xx单位`: two or more x's standing alone next to Chinese text.
                let end = Self.runEnd(s, from: index) { $0 == "X" || $0 == "x" }
                let after = end < s.count ? s[end] : nil
                let standsAlone =
                    !(before.map(Self.isLatinLetter) ?? false) && !(after.map(Self.isLatinLetter) ?? false)
                let nextToChinese = (before.map(Self.isChinese) ?? false) || (after.map(Self.isChinese) ?? false)
                if end - index >= 2, standsAlone, nextToChinese {
                    mark(index, end)
                }
                index = end
                continue
            case "某":
                if index + 1 < s.count, s[index + 1] == "某" {
                    let end = Self.runEnd(s, from: index) { $0 == "某" }
                    mark(index, end)
                    index = end
                    continue
                }
            case "（", "【", "(", "[", "〔":
                let closers: [Unicode.Scalar: Unicode.Scalar] = ["（": "）", "【": "】", "(": ")", "[": "]", "〔": "〕"]
                if index + 1 < s.count, s[index + 1] == closers[scalar] {
                    let pair = Self.string(s[index...(index + 1)])
                    found.append(Finding(rule: .placeholder, offset: index, found: pair, message: .emptyBrackets(pair)))
                    index += 2
                    continue
                }
                // `[待填]`, `【待补充】`, `（待定）`: a note to fill in later.
                if let close = s[(index + 1)...].prefix(12).firstIndex(of: closers[scalar]!) {
                    let inside = Self.string(s[(index + 1)..<close])
                    if inside.hasPrefix("待") && ["填", "补", "定", "完善", "核", "确认"].contains(where: inside.contains) {
                        let whole = Self.string(s[index...close])
                        mark(index, index + whole.unicodeScalars.count)
                        index = close + 1
                        continue
                    }
                }
            case "T", "F":
                for word in ["TODO", "TBD", "FIXME"] where Self.string(s[index...].prefix(word.count)) == word {
                    let after = index + word.count < s.count ? s[index + word.count] : nil
                    if !(before.map(Self.isLatinLetter) ?? false), !(after.map(Self.isLatinLetter) ?? false) {
                        mark(index, index + word.unicodeScalars.count)
                    }
                }
            default:
                break
            }
            index += 1
        }
    }

    // MARK: 2. Web residue

    private func webResidue(_ s: [Unicode.Scalar], into found: inout [Finding]) {
        var spans: [(start: Int, end: Int)] = []
        for start in s.indices where watermarkStarts.contains(s[start]) {
            for needle in watermarks where start + needle.count <= s.count && s[start] == needle[0] {
                if s[start..<start + needle.count].elementsEqual(needle) { spans.append((start, start + needle.count)) }
            }
        }
        // A URL or an e-mail address.
        var index = 0
        func starts(_ word: String, at index: Int) -> Bool {
            var position = index
            for expected in word.unicodeScalars {
                guard position < s.count, s[position].properties.lowercaseMapping == String(expected) else {
                    return false
                }
                position += 1
            }
            return true
        }
        while index < s.count {
            let first = s[index]
            // Most characters start neither a URL nor an address: test the first before building anything.
            let startsURL =
                (first == "h" || first == "H" || first == "w" || first == "W")
                && (starts("https://", at: index) || starts("http://", at: index) || starts("www.", at: index))
            if startsURL {
                let end = Self.runEnd(s, from: index) { $0.isASCII && $0 != " " && $0 != "\n" }
                spans.append((index, end))
                index = end
                continue
            }
            if s[index] == "@", index > 0, Self.isEmailCharacter(s[index - 1]) {
                var start = index
                while start > 0, Self.isEmailCharacter(s[start - 1]) { start -= 1 }
                let end = Self.runEnd(s, from: index + 1) { Self.isEmailCharacter($0) }
                if Self.string(s[(index + 1)..<end]).contains(".") { spans.append((start, end)) }
                index = end
                continue
            }
            index += 1
        }
        // Phrases pasted together (`…办公文库原创发布`) are one finding.
        for span in Self.merged(spans) {
            let quoted = Self.string(s[span.start..<span.end])
            found.append(Finding(rule: .watermark, offset: span.start, found: quoted, message: .watermark(quoted)))
        }
    }

    private static func isEmailCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLatinLetter(scalar) || isDigit(scalar) || "._%+-".unicodeScalars.contains(scalar)
    }

    private static func merged(_ spans: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, span.start <= last.end + 6 {
                result[result.count - 1].end = max(last.end, span.end)
            } else {
                result.append(span)
            }
        }
        return result
    }

    // MARK: 3. Punctuation

    private func punctuation(_ s: [Unicode.Scalar], isName: Bool, into found: inout [Finding]) {
        for index in s.indices {
            let scalar = s[index]
            let before = index > 0 ? s[index - 1] : nil
            let after = index + 1 < s.count ? s[index + 1] : nil
            let chineseBefore = before.map(Self.isChinese) ?? false
            let chineseAfter = after.map(Self.isChinese) ?? false
            if let fullWidth = Self.fullWidth(of: scalar), chineseBefore, chineseAfter {
                found.append(
                    Finding(
                        rule: .halfWidthPunctuation, offset: index, found: String(Character(scalar)),
                        message: .halfWidthPunctuation(String(Character(scalar)), fullWidth: fullWidth)))
            } else if scalar == "(" && chineseBefore || scalar == ")" && chineseAfter {
                let fullWidth = scalar == "(" ? "（" : "）"
                found.append(
                    Finding(
                        rule: .halfWidthPunctuation, offset: index, found: String(Character(scalar)),
                        message: .halfWidthPunctuation(String(Character(scalar)), fullWidth: fullWidth)))
            } else if scalar == "\"" || scalar == "'", chineseBefore || chineseAfter {
                found.append(
                    Finding(
                        rule: .straightQuotes, offset: index, found: String(Character(scalar)),
                        message: .straightQuote(String(Character(scalar)))))
            } else if Self.isSentenceMark(scalar), after == scalar {
                guard before != scalar else { continue }
                found.append(
                    Finding(
                        rule: .doubledPunctuation, offset: index,
                        found: String(Character(scalar)) + String(Character(scalar)),
                        message: .doubledPunctuation(String(Character(scalar)) + String(Character(scalar)))))
            } else if (scalar == " " || scalar == "\u{3000}"), !isName, chineseBefore {
                let end = Self.runEnd(s, from: index) { $0 == " " || $0 == "\u{3000}" }
                guard end < s.count, Self.isChinese(s[end]), before != " ", before != "\u{3000}" else { continue }
                found.append(
                    Finding(
                        rule: .spaceBetweenChinese, offset: index, found: Self.string(s[(index - 1)...end]),
                        message: .spaceBetweenChinese(Self.string(s[(index - 1)...end]))))
            } else if scalar == "的", after == "的", before != "的", index + 2 < s.count ? s[index + 2] != "确" : true {
                found.append(
                    Finding(rule: .repeatedCharacter, offset: index, found: "的的", message: .repeatedCharacter("的的")))
            } else if scalar == "了", after == "了", before != "了", before != "不" {
                found.append(
                    Finding(rule: .repeatedCharacter, offset: index, found: "了了", message: .repeatedCharacter("了了")))
            }
        }
        unbalanced(s, into: &found)
    }

    /// The full-width mark for a half-width one typed between Chinese characters.
    private static func fullWidth(of scalar: Unicode.Scalar) -> String? {
        // A switch, not a dictionary: this runs for every character of every text, and hashing
        // each was a tenth of a 10,000-meeting summary.
        switch scalar {
        case ",": "，"
        case ";": "；"
        case ":": "："
        case "?": "？"
        case "!": "！"
        default: nil
        }
    }

    /// The marks that are a slip when doubled (。。, ，，).
    private static func isSentenceMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "，", "、", "；", "：", "！", "？": true
        default: false
        }
    }

    /// Pairs that must match within one text: an opener without its closer is reported at the
    /// opener, a closer without its opener at the closer.
    private func unbalanced(_ s: [Unicode.Scalar], into found: inout [Finding]) {
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("【", "】")]
        // One pass for all five pairs: a stack of open places for each.
        var open: [[Int]] = Array(repeating: [], count: pairs.count)
        for (index, scalar) in s.enumerated() {
            let pair: Int
            switch scalar {
            case "“", "”": pair = 0
            case "‘", "’": pair = 1
            case "（", "）": pair = 2
            case "《", "》": pair = 3
            case "【", "】": pair = 4
            default: continue
            }
            let (opener, closer) = pairs[pair]
            if scalar == opener {
                open[pair].append(index)
            } else if open[pair].popLast() == nil {
                found.append(
                    Finding(
                        rule: .unbalancedBrackets, offset: index, found: String(Character(closer)),
                        message: .unbalanced(String(Character(closer)), partner: String(Character(opener)))))
            }
        }
        for (pair, (opener, closer)) in pairs.enumerated() {
            for index in open[pair] {
                found.append(
                    Finding(
                        rule: .unbalancedBrackets, offset: index, found: String(Character(opener)),
                        message: .unbalanced(String(Character(opener)), partner: String(Character(closer)))))
            }
        }
    }

    // MARK: 6. Dates in text

    private func datesInText(_ s: [Unicode.Scalar], into found: inout [Finding]) {
        var index = 0
        while index < s.count {
            guard Self.isDigit(s[index]), index == 0 || !Self.isDigit(s[index - 1]) else {
                index += 1
                continue
            }
            // [YYYY年]M月D日[（星期X）]
            let start = index
            var cursor = index
            func number() -> Int? {
                let end = Self.runEnd(s, from: cursor, where: Self.isDigit)
                guard end > cursor, end - cursor <= 4 else { return nil }
                defer { cursor = end }
                return Int(Self.string(s[cursor..<end]))
            }
            var year: Int?
            guard var first = number() else {
                index += 1
                continue
            }
            if cursor < s.count, s[cursor] == "年", first >= 1000 {
                year = first
                cursor += 1
                guard let month = number() else {
                    index = cursor
                    continue
                }
                first = month
            }
            guard cursor < s.count, s[cursor] == "月" else {
                index = max(cursor, index + 1)
                continue
            }
            cursor += 1
            guard let day = number(), cursor < s.count, s[cursor] == "日" else {
                index = max(cursor, index + 1)
                continue
            }
            cursor += 1
            let month = first
            let written = Self.string(s[start..<cursor])
            let checkYear = year ?? self.year ?? 2024
            guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: checkYear)).contains(day)
            else {
                found.append(
                    Finding(rule: .datesInText, offset: start, found: written, message: .noSuchDayInText(written)))
                index = cursor
                continue
            }
            // A weekday after the date: （星期三） or （周三）.
            let weekdays: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
            var weekday: (offset: Int, value: Int, text: String)?
            if cursor + 2 < s.count, s[cursor] == "（" || s[cursor] == "(" {
                var inner = cursor + 1
                if inner + 1 < s.count, s[inner] == "星", s[inner + 1] == "期" {
                    inner += 2
                } else if inner < s.count, s[inner] == "周" {
                    inner += 1
                } else {
                    inner = -1
                }
                if inner > 0, inner < s.count, let value = weekdays[s[inner]] {
                    weekday = (cursor, value, Self.string(s[start...min(inner + 1, s.count - 1)]))
                }
            }
            if let weekday, let knownYear = year ?? self.year,
                let date = CalendarDate(year: knownYear, month: month, day: day),
                Self.weekday(of: date) != weekday.value
            {
                found.append(
                    Finding(
                        rule: .datesInText, offset: start, found: weekday.text,
                        message: .wrongWeekday(weekday.text, actual: Self.weekday(of: date))))
            }
            index = cursor
        }
    }

    /// 1 = Monday … 7 = Sunday (Zeller's congruence on the Gregorian calendar).
    static func weekday(of date: CalendarDate) -> Int {
        var month = date.month
        var year = date.year
        if month < 3 {
            month += 12
            year -= 1
        }
        let h = (date.day + 13 * (month + 1) / 5 + year + year / 4 - year / 100 + year / 400) % 7
        // h: 0 = Saturday … 6 = Friday.
        return (h + 5) % 7 + 1
    }
}
