import ArgumentParser
import Foundation
import Gongwen
import Synchronization

/// Puts errors on standard error in the contract's `FILE:LINE:COLUMN: error: MESSAGE` form, in the
/// chosen language.
enum ErrorReport {
    /// `--lang` (read from the arguments before they are parsed, so that usage errors speak it
    /// too), else `GONGWEN_LANG`, else the locale.
    static let language: Language = {
        let arguments = CommandLine.arguments
        var option: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { option = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { option = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.chosen(option: option, environment: ProcessInfo.processInfo.environment)
    }()

    /// On a terminal, each diagnostic is followed by its source line and a caret; piped, the lines
    /// stay one per problem for the scripts and editors that read them.
    static let showsSourceLines = isatty(STDERR_FILENO) == 1

    static func print(_ error: Error) {
        guard let error = error as? GongwenError else {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return
        }
        guard showsSourceLines, !error.diagnostics.isEmpty else {
            FileHandle.standardError.write(Data((error.text(in: language) + "\n").utf8))
            return
        }
        for diagnostic in error.diagnostics { warn(diagnostic) }
    }

    static func warn(_ diagnostic: Diagnostic) {
        var text = diagnostic.text(in: language) + "\n"
        // A note is about a whole file: its first line adds nothing.
        if showsSourceLines, diagnostic.severity != .note, let source = source(of: diagnostic.location.file),
            let excerpt = SourceExcerpt.excerpt(of: source, at: diagnostic.location)
        {
            text += excerpt + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The last file read for an excerpt, kept: a file's diagnostics come one after another.
    private static let lastSource = Mutex<(file: String, text: String?)?>(nil)

    private static func source(of file: String) -> String? {
        lastSource.withLock { last in
            if let last, last.file == file { return last.text }
            let text = try? String(contentsOfFile: file, encoding: .utf8)
            last = (file, text)
            return text
        }
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `已生成 8 个文件，在 out/`, the clerk's confirmation, only on a terminal: piped, a
    /// successful run prints nothing.
    static func wrote(_ count: Int, in folder: String) {
        guard isatty(STDERR_FILENO) == 1, count > 0 else { return }
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        warn(Message.wroteFiles(count: count, folder: shown).text(in: language))
    }

    /// Runs `body`; on a `GongwenError`, reports it and exits with status 1.
    static func orExit<T>(_ body: () throws(GongwenError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            print(error)
            throw ExitCode(error.exitCode)
        }
    }
}
