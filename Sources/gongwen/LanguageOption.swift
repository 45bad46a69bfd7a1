import ArgumentParser
import Gongwen

/// `--lang zh|en`, which every command takes. `ErrorReport.language` reads it from the arguments
/// before they are parsed, so that usage errors are in the chosen language too.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: CommandHelp.lang.here)
    var lang: String?

    func validate() throws {
        if let lang, Language(name: lang) == nil {
            throw ValidationError(Message.unknownLanguage(lang).text(in: ErrorReport.language))
        }
    }
}

extension CommandHelp {
    /// The help text for an `@Option(help:)`, in the language of this run (`ErrorReport.language`).
    var here: ArgumentHelp { ArgumentHelp(text(in: ErrorReport.language)) }
}
