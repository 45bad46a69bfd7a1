/// How output file names name their template: `党委会.minutes.docx` or, for a clerk who reads no
/// English, `党委会.会议纪要.docx` (`--names zh`, or `GONGWEN_NAMES=zh` as the house default).
public enum OutputNaming: String, Sendable, CaseIterable {
    /// The template's English name, as the CLI contract writes it.
    case en
    /// The built-in template's Chinese name (会议纪要, 首部式纪要, 讲话稿, 责任清单, 月度总结); an
    /// organisation's own template keeps its file's name.
    case zh

    /// What a file name says for `template`.
    public func name(of template: String) -> String {
        self == .zh ? TemplateCatalog.chineseName(of: template) : template
    }
}
