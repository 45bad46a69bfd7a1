/// The phrases swift-argument-parser writes for wrong usage (a missing argument, an unknown
/// option), in Chinese; the command line passes its usage errors through `chinese(_:)` when
/// the chosen language is Chinese, and its `--help` (whose own texts come from `CommandHelp`).
public enum UsageWords {
    /// Pattern pieces: the English before and after a quoted value, and the Chinese around it.
    static let phrases: [(english: String, chinese: String)] = [
        ("See 'gongwen help <subcommand>' for detailed help.", "各子命令的说明：gongwen help <子命令>"),
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
        ("OVERVIEW:", "概述："),
        ("USAGE:", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("Show help information.", "显示帮助。"),
        ("Show the version.", "显示版本。"),
    ]

    /// `text` with the parser's English phrases in Chinese; what it does not know stays as it is.
    public static func chinese(_ text: String) -> String {
        var result = text
        for (english, chinese) in phrases { result = result.replacingOccurrences(of: english, with: chinese) }
        return result.replacing(/\(default: ([^)]*)\)/) { "（默认：\($0.1)）" }
    }
}
