/// A proofreading rule: what `gongwen check` looks for, by the name `--allow` switches it off with.
public enum ProofreadingRule: String, Sendable, CaseIterable, Comparable {
    /// `*` / `＊`, `×××`, `XX`, `某某`, `[待填]`, `TODO`, empty brackets: something never filled in.
    case placeholder
    /// 原创发布, 公众号, 扫码关注, a URL or e-mail address: residue of the web page a text was copied from.
    case watermark
    /// Half-width `, ; : ? ! ( )` between Chinese characters.
    case halfWidthPunctuation = "half-width-punctuation"
    /// Straight quotes `"` `'` in Chinese text.
    case straightQuotes = "straight-quotes"
    /// A “ ‘ （ 《 【 without its partner, or the other way round.
    case unbalancedBrackets = "unbalanced-brackets"
    /// `。。`, `，，`: the same punctuation twice.
    case doubledPunctuation = "doubled-punctuation"
    /// `的的`, `了了`: a character typed twice.
    case repeatedCharacter = "repeated-character"
    /// A space between two Chinese characters.
    case spaceBetweenChinese = "space-between-chinese"
    /// A lead or heading that starts with the number the document gives it.
    case ownNumbering = "own-numbering"
    /// A person both 出席 and 请假 or 列席; the host or speaker not among 出席.
    case attendance
    /// A due date before the meeting; a completion date before the task was assigned or after the
    /// meeting that reports it.
    case taskDates = "task-dates"
    /// A task that the accountability list prints without its lead unit or owner.
    case taskOwner = "task-owner"
    /// A date written in the text that is not on the calendar (`2月30日`) or whose weekday is wrong.
    case datesInText = "dates-in-text"
    /// 我, 我们, 咱们 in text the minutes print: a 纪要 reports in the third person (会议强调……).
    case firstPerson = "first-person"
    /// `[张三，李四]` in a list of people: several names read as one, because full-width commas do
    /// not separate YAML list items.
    case peopleList = "people-list"
    /// A name or unit one character off the office's directory (`.gongwen/directory.yaml`).
    case directory

    public static func < (lhs: ProofreadingRule, rhs: ProofreadingRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
