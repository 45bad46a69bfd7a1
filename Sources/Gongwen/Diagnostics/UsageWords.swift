/// The phrases swift-argument-parser writes for wrong usage (a missing argument, an unknown
/// option), in Chinese; the command line passes its usage errors through `chinese(_:)` when
/// the chosen language is Chinese. `--help` itself stays English (its texts are fixed strings).
public enum UsageWords {
    /// Pattern pieces: the English before and after a quoted value, and the Chinese around it.
    static let phrases: [(english: String, chinese: String)] = [
        ("Missing expected argument", "缺少必需的参数"),
        ("Unknown option", "不认识的选项"),
        ("Unexpected argument", "多余的参数"),
        ("Unexpected arguments", "多余的参数"),
        ("Missing value for", "缺少这个选项的值："),
        ("is invalid for", "不能用于"),
        ("The value", "值"),
        ("Usage:", "用法："),
        ("See '", "详见 '"),
        ("' for more information.", "'。"),
        ("Help:", "说明："),
    ]

    /// `text` with the parser's English phrases in Chinese; what it does not know stays as it is.
    public static func chinese(_ text: String) -> String {
        var result = text
        for (english, chinese) in phrases { result = result.replacingOccurrences(of: english, with: chinese) }
        return result
    }
}
