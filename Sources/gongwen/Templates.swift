import ArgumentParser
import Gongwen

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: CommandHelp.templatesAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("templates-dir"), help: CommandHelp.templatesDir.here)
    var templatesDirectory: String?

    func run() throws {
        for (name, summary) in TemplateCatalog.builtIns {
            let language = ErrorReport.language
            let chinese = TemplateCatalog.chineseNames.filter { $0.value == name }.map(\.key).sorted()
            let also =
                Label.alsoWritten.text(in: language) + (language == .zh ? "：" : ": ")
                + chinese.joined(separator: language == .zh ? "、" : ", ")
            let aside = language == .zh ? "（\(also)）" : " (\(also))"
            print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0))\(summary.text(in: language))\(aside)")
        }
        if let folder = Environment.templatesFolder(templatesDirectory) {
            let names = TemplateCatalog(overrideFolder: folder).folderTemplateNames()
            for name in names {
                print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0))(\(folder.path)/\(name).mustache)")
            }
        }
    }
}
