/// The language of every message and page: Chinese for the clerks who write meeting files, English otherwise.
public enum Language: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Chinese (简体中文).
    case zh

    /// Reads `--lang`: `zh`, `en`, or a locale name such as `zh_CN.UTF-8` or `en-US`; nil for anything else.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered.hasPrefix("zh") || lowered == "中文" {
            self = .zh
        } else if lowered.hasPrefix("en") || lowered == "c" || lowered == "posix" {
            self = .en
        } else {
            return nil
        }
    }

    /// The language `--lang` gives, else `GONGWEN_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`: the first one set decides, `zh*` is Chinese), else English.
    public static func chosen(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(name: option) { return language }
        if let value = environment["GONGWEN_LANG"], let language = Language(name: value) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `english` or `chinese`, as this language reads.
    public func pick(_ english: String, _ chinese: String) -> String {
        self == .zh ? chinese : english
    }

    /// Items joined as a list reads: `a, b` or `a、b`.
    func list(_ items: [String]) -> String {
        items.joined(separator: self == .zh ? "、" : ", ")
    }
}
